import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ensureLocationArgs } from '../../../../shared/api/terminal-calls';
import { db } from '../../db/db';
import { saveShopAddress } from '../../db/repos/manager-settings';
import { shopLocation } from '../../db/repos/reader-settings';
import { actorContext } from '../../session/actor-context';
import { useRefusal } from '../../session/useCan';
import { restartCounterReader, type ShopLocation } from '../../terminal/counter-reader';
import { messageOfSettingError } from './setting-errors';

type Fields = Record<'displayName' | 'line1' | 'city' | 'postalCode' | 'state' | 'country', string>;

const LABELS: Record<keyof Fields, string> = {
  displayName: 'Shop name',
  line1: 'Street address',
  city: 'City',
  postalCode: 'Postal code',
  state: 'State or region (optional)',
  country: 'Country (two letters, e.g. US)',
};

const EMPTY: Fields = { displayName: '', line1: '', city: '', postalCode: '', state: '', country: '' };

/** Manager setting: the shop's name and address, which Stripe Terminal needs to register card readers. */
export function ShopLocationForm() {
  const saved = useLiveQuery(() => shopLocation(db), [], undefined);
  const [edited, setEdited] = useState<Fields | null>(null);
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const refusal = useRefusal('settings.change');
  const fields = edited ?? (saved ? fieldsOf(saved) : EMPTY);
  const save = async () => {
    const parsed = ensureLocationArgs.safeParse(locationOf(fields));
    if (!parsed.success) return setMessage({ kind: 'error', text: problemOf(parsed.error.issues[0]) });
    try {
      await saveShopAddress(db, parsed.data, await actorContext());
    } catch (error) {
      return setMessage({ kind: 'error', text: messageOfSettingError(error) });
    }
    setEdited(null);
    setMessage({ kind: 'saved', text: `Saved: card readers are registered to ${parsed.data.displayName}.` });
    await restartCounterReader();
  };
  return (
    <form
      aria-label="Shop address for card readers"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Shop address for card readers</h3>
      {(Object.keys(LABELS) as (keyof Fields)[]).map((key) => (
        <p key={key}>
          <label htmlFor={`shop-${key}`}>{LABELS[key]}</label>
          <input
            id={`shop-${key}`}
            value={fields[key]}
            onChange={(e) => setEdited({ ...fields, [key]: e.target.value })}
            disabled={refusal !== null}
            aria-describedby={refusal ? 'settings-refusal' : undefined}
          />
        </p>
      ))}
      <button type="submit" disabled={refusal !== null} aria-describedby={refusal ? 'settings-refusal' : undefined}>
        Save address
      </button>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}

function fieldsOf(location: ShopLocation): Fields {
  const { address } = location;
  return { displayName: location.displayName, line1: address.line1, city: address.city, postalCode: address.postalCode, state: address.state ?? '', country: address.country };
}

function locationOf(f: Fields): ShopLocation {
  const state = f.state.trim();
  return {
    displayName: f.displayName.trim(),
    address: { line1: f.line1.trim(), city: f.city.trim(), postalCode: f.postalCode.trim(), country: f.country.trim().toUpperCase(), state: state === '' ? null : state },
  };
}

const NAMES: Record<keyof Fields, string> = {
  displayName: 'Shop name',
  line1: 'Street address',
  city: 'City',
  postalCode: 'Postal code',
  state: 'State or region',
  country: 'Country',
};

/** The first problem, named by the field the manager sees. */
function problemOf(issue: { path: PropertyKey[]; message: string; code: string } | undefined): string {
  if (!issue) return 'The address is not complete.';
  const name = NAMES[String(issue.path[issue.path.length - 1]) as keyof Fields] ?? 'The address';
  if (issue.code === 'too_small') return `${name} is required.`;
  if (issue.code === 'too_big') return `${name} is too long.`;
  return `${name} must be ${issue.message}.`;
}
