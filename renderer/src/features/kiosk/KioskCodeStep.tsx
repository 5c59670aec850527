import { useCallback, useState } from 'react';
import { CameraScanner } from './CameraScanner';
import { checkKioskCode } from './kiosk-code-check';
import { useKioskStore } from './kiosk-store';
import { Keypad } from './Keypad';

/** The customer types the code on the keypad (or any keyboard), or shows its QR code to the camera. */
export function KioskCodeStep({ campaignId }: { campaignId: string }) {
  const { codeText, setCodeText, judged, reset } = useKioskStore();
  const [message, setMessage] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  const [busy, setBusy] = useState(false);
  const check = useCallback(
    async (text: string) => {
      setBusy(true);
      setMessage(null);
      const result = await checkKioskCode(text, campaignId, Date.now()).finally(() => setBusy(false));
      if (result.kind === 'locked') return setMessage('Too many codes were tried. Please wait a minute, or ask a member of staff.');
      if (result.kind === 'input') return setMessage(result.message);
      if (result.verdict.accepted) return judged(result.verdict, result.code);
      setMessage(result.verdict.headline);
    },
    [campaignId, judged],
  );
  const scanned = useCallback(
    (text: string) => {
      setCamera(false);
      void check(text);
    },
    [check],
  );
  if (camera) return <CameraScanner onCode={scanned} onClose={() => setCamera(false)} />;
  return (
    <section className="kiosk-code" aria-label="Enter your code">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void check(codeText);
        }}
      >
        <label htmlFor="kiosk-code">Referral code</label>
        <input id="kiosk-code" className="kiosk-code-field" value={codeText} autoComplete="off" autoCapitalize="characters" spellCheck={false} onChange={(e) => setCodeText(e.target.value)} />
        {message && <p role="alert">{message}</p>}
        <Keypad onKey={(key) => setCodeText(codeText + key)} onDelete={() => setCodeText(codeText.slice(0, -1))} onClear={() => setCodeText('')} />
        <button type="submit" className="kiosk-primary" disabled={busy || codeText.trim() === ''}>
          Check my code
        </button>
      </form>
      <button type="button" onClick={() => setCamera(true)}>
        Scan a QR code instead
      </button>
      <button type="button" onClick={reset}>
        Start again
      </button>
    </section>
  );
}
