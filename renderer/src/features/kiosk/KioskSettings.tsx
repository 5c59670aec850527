import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/db';
import { IDLE_SECONDS_RANGE, saveKioskOptions, startKioskMode } from '../../db/repos/kiosk-settings';
import { getSetting, SETTING } from '../../db/repos/settings-repo';
import { enterKioskWindow } from '../../platform/kiosk-window';
import { actorContext } from '../../session/actor-context';
import { useSessionStore } from '../../session/session-store';
import { useRefusal } from '../../session/useCan';
import { messageOfSettingError } from '../settings/setting-errors';
import { DEFAULT_IDLE_SECONDS, DEFAULT_PRIVACY_NOTICE } from './KioskApp';

/** Manager settings for customer self-entry, and the switch that turns this device into a kiosk. */
export function KioskSettings() {
  const saved = useLiveQuery(async () => ({
    idleSeconds: (await getSetting<number>(db, SETTING.kioskIdleSeconds)) ?? DEFAULT_IDLE_SECONDS,
    requiresApproval: (await getSetting<boolean>(db, SETTING.kioskRequiresApproval)) ?? false,
    privacyNotice: (await getSetting<string>(db, SETTING.kioskPrivacyNotice)) || DEFAULT_PRIVACY_NOTICE,
  }));
  const [edited, setEdited] = useState<{ idle: string; approval: boolean; privacy: string } | null>(null);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const refusal = useRefusal('settings.change');
  if (!saved) return null;
  const form = edited ?? { idle: String(saved.idleSeconds), approval: saved.requiresApproval, privacy: saved.privacyNotice };
  const attempt = async (step: () => Promise<void>, done: string) => {
    try {
      await step();
      setMessage({ kind: 'status', text: done });
    } catch (error) {
      setMessage({ kind: 'alert', text: messageOfSettingError(error) });
    }
  };
  const save = () =>
    attempt(async () => {
      const idleSeconds = Number(form.idle.trim());
      await saveKioskOptions(db, { idleSeconds: Number.isFinite(idleSeconds) ? idleSeconds : NaN, requiresApproval: form.approval, privacyNotice: form.privacy }, await actorContext());
      setEdited(null);
    }, 'Saved the kiosk settings.');
  const start = () =>
    attempt(async () => {
      await enterKioskWindow();
      await startKioskMode(db, await actorContext());
      // nobody stays signed in behind a kiosk that faces customers
      useSessionStore.getState().signOut();
    }, 'Kiosk mode started.');
  return (
    <form
      aria-label="Kiosk"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Kiosk (customer self-entry)</h3>
      <label htmlFor="kiosk-idle">Forget the customer’s entries after this many seconds without a touch ({IDLE_SECONDS_RANGE.min}–{IDLE_SECONDS_RANGE.max})</label>
      <input id="kiosk-idle" inputMode="numeric" value={form.idle} disabled={refusal !== null} onChange={(e) => setEdited({ ...form, idle: e.target.value })} />
      <label className="checkbox">
        <input type="checkbox" checked={form.approval} disabled={refusal !== null} onChange={(e) => setEdited({ ...form, approval: e.target.checked })} /> Staff approve a kiosk discount with their PIN at the counter
      </label>
      <label htmlFor="kiosk-privacy">Privacy notice shown on the kiosk</label>
      <textarea id="kiosk-privacy" rows={4} value={form.privacy} disabled={refusal !== null} onChange={(e) => setEdited({ ...form, privacy: e.target.value })} />
      <button type="submit" disabled={refusal !== null}>
        Save kiosk settings
      </button>
      <button type="button" disabled={refusal !== null} onClick={() => void start()}>
        Start kiosk mode on this device
      </button>
      {message && <p role={message.kind}>{message.text}</p>}
    </form>
  );
}
