import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { PermissionDeniedError } from '../../../../shared/domain/permissions';
import { checkIdleMinutes } from '../../../../shared/domain/staff';
import { db } from '../../db/db';
import { idleMinutes, saveIdleMinutes } from '../../db/repos/manager-settings';
import { actorContext } from '../../session/actor-context';

/** Manager setting: how long a till may sit untouched before the signed-in person is signed out. */
export function IdleTimeForm() {
  const saved = useLiveQuery(() => idleMinutes(db), [], undefined);
  const [text, setText] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const shown = text ?? (saved === undefined ? '' : String(saved));
  const save = async () => {
    const parsed = checkIdleMinutes(shown);
    if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.message });
    try {
      await saveIdleMinutes(db, parsed.minutes, await actorContext());
      setText(null);
      setMessage({ kind: 'saved', text: `Saved: whoever is signed in is signed out after ${parsed.minutes} idle minute${parsed.minutes === 1 ? '' : 's'}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof PermissionDeniedError ? error.message : `Not saved: ${String(error)}` });
    }
  };
  return (
    <form
      aria-label="Idle sign-out"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Idle sign-out</h3>
      <label htmlFor="idle-minutes">Sign out after this many idle minutes</label>
      <input id="idle-minutes" inputMode="numeric" value={shown} onChange={(e) => setText(e.target.value)} />
      <button type="submit">Save idle time</button>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}
