import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { db } from '../../db/db';
import { useCampaigns } from '../../db/hooks/useActiveCampaign';
import { getSetting, SETTING } from '../../db/repos/settings-repo';
import { KioskCodeStep } from './KioskCodeStep';
import { KioskDetailsStep } from './KioskDetailsStep';
import { KioskExit } from './KioskExit';
import { useKioskStore } from './kiosk-store';
import { useIdleReset } from './useIdleReset';
import { useKioskLockdown } from './useKioskLockdown';

export const DEFAULT_IDLE_SECONDS = 60;
export const DEFAULT_PRIVACY_NOTICE =
  'We use your name and your email or phone number only to run our referral program: to record that you were referred, to give you and your referrer the reward, and to contact you about it. We do not sell your details. Ask a member of staff to see, correct or delete them.';

/** The customer-facing kiosk: the whole screen, nothing of the till behind it. */
export function KioskApp() {
  useKioskLockdown();
  const { active } = useCampaigns();
  const settings = useLiveQuery(async () => ({
    idleSeconds: (await getSetting<number>(db, SETTING.kioskIdleSeconds)) ?? DEFAULT_IDLE_SECONDS,
    privacy: (await getSetting<string>(db, SETTING.kioskPrivacyNotice)) || DEFAULT_PRIVACY_NOTICE,
    approval: (await getSetting<boolean>(db, SETTING.kioskRequiresApproval)) ?? false,
  }));
  const { step, reset } = useKioskStore();
  const [exiting, setExiting] = useState(false);
  const idle = useCallback(() => {
    reset();
    setExiting(false);
  }, [reset]);
  useIdleReset(settings?.idleSeconds ?? DEFAULT_IDLE_SECONDS, step !== 'welcome' || exiting, idle);
  return (
    <main className="kiosk" aria-label="Kiosk">
      {exiting ? (
        <KioskExit onCancel={() => setExiting(false)} />
      ) : !active ? (
        <p role="status" className="kiosk-big">This kiosk is not set up yet. Please ask a member of staff.</p>
      ) : (
        <KioskSteps campaignId={active.id} privacy={settings?.privacy ?? DEFAULT_PRIVACY_NOTICE} approval={settings?.approval ?? false} />
      )}
      {!exiting && (
        <button type="button" className="kiosk-staff" onClick={() => setExiting(true)}>
          Staff
        </button>
      )}
    </main>
  );
}

function KioskSteps({ campaignId, privacy, approval }: { campaignId: string; privacy: string; approval: boolean }) {
  const { step, go, verdict, thanked, reset } = useKioskStore();
  switch (step) {
    case 'welcome':
      return (
        <section className="kiosk-welcome" aria-label="Welcome">
          <h1>Were you referred by a friend?</h1>
          <p className="kiosk-big">Enter their referral code to get your discount.</p>
          <button type="button" className="kiosk-primary" onClick={() => go('code')}>
            Start
          </button>
        </section>
      );
    case 'code':
      return <KioskCodeStep campaignId={campaignId} />;
    case 'verdict':
      if (!verdict?.accepted) return null;
      return (
        <section className="kiosk-verdict" aria-label="Your code">
          <h1 role="status">{verdict.headline}</h1>
          <p className="kiosk-big">{verdict.offer}</p>
          <p>{verdict.referredBy}</p>
          <ul>
            {verdict.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <button type="button" className="kiosk-primary" onClick={() => go('details')}>
            Continue
          </button>
          <button type="button" onClick={reset}>
            Cancel
          </button>
        </section>
      );
    case 'details':
      return <KioskDetailsStep campaignId={campaignId} />;
    case 'privacy':
      return (
        <section className="kiosk-privacy" aria-label="Privacy notice">
          <h1>Privacy notice</h1>
          <p>{privacy}</p>
          <button type="button" className="kiosk-primary" onClick={() => go('details')}>
            Back to your details
          </button>
        </section>
      );
    case 'done':
      return (
        <section className="kiosk-done" aria-label="Checked in">
          <h1 role="status">Thank you{thanked ? `, ${thanked}` : ''}!</h1>
          <p className="kiosk-big">Show this screen to a member of staff when you pay: your discount is taken off at the till{approval ? ' once staff approve it' : ''}.</p>
          <p>If you pay by card, the total with your discount is shown on the card reader.</p>
          <button type="button" className="kiosk-primary" onClick={reset}>
            Done
          </button>
        </section>
      );
  }
}
