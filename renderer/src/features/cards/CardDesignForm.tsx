import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { db } from '../../db/db';
import { getSetting, putSetting, SETTING } from '../../db/repos/settings-repo';
import type { CardBranding } from './CardFace';

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml', 'image/webp'];
const LOGO_MAX_BYTES = 300_000;

/** The business name and logo every card prints at the top, kept on this device. */
export function useCardBranding(fallbackName: string): CardBranding {
  const saved = useLiveQuery(async () => ({ name: await getSetting<string>(db, SETTING.cardBusinessName), logo: await getSetting<string | null>(db, SETTING.cardLogo) }), []);
  const businessName = saved?.name || fallbackName;
  const logo = saved?.logo ?? null;
  return useMemo(() => ({ businessName, logo }), [businessName, logo]);
}

export function CardDesignForm({ branding }: { branding: CardBranding }) {
  const [name, setName] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const saveName = async () => {
    const trimmed = (name ?? branding.businessName).trim();
    if (trimmed === '' || trimmed.length > 60) return setMessage({ kind: 'error', text: 'The business name must be 1 to 60 characters.' });
    await putSetting(db, SETTING.cardBusinessName, trimmed);
    setName(null);
    setMessage({ kind: 'saved', text: `Cards will show “${trimmed}”.` });
  };
  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) return setMessage({ kind: 'error', text: `The logo must be a PNG, JPEG, SVG or WebP image; “${file.name}” is not.` });
    if (file.size > LOGO_MAX_BYTES) return setMessage({ kind: 'error', text: `The logo must be under 300 KB; “${file.name}” is ${Math.ceil(file.size / 1000)} KB.` });
    await putSetting(db, SETTING.cardLogo, await dataUrlOf(file));
    setMessage({ kind: 'saved', text: 'Logo saved.' });
  };
  return (
    <form
      aria-label="Card design"
      className="card-design"
      onSubmit={(e) => {
        e.preventDefault();
        void saveName();
      }}
    >
      <h3>Card design</h3>
      <label htmlFor="card-business">Business name on the cards</label>
      <input id="card-business" value={name ?? branding.businessName} onChange={(e) => setName(e.target.value)} />
      <button type="submit">Save name</button>
      <label htmlFor="card-logo">Logo (PNG, JPEG, SVG or WebP, under 300 KB)</label>
      <input id="card-logo" type="file" accept={LOGO_TYPES.join(',')} onChange={(e) => void chooseLogo(e.target.files?.[0])} />
      {branding.logo && (
        <button type="button" onClick={() => void putSetting(db, SETTING.cardLogo, null).then(() => setMessage({ kind: 'saved', text: 'Logo removed.' }))}>
          Remove logo
        </button>
      )}
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}

function dataUrlOf(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The logo could not be read.'));
    reader.readAsDataURL(file);
  });
}
