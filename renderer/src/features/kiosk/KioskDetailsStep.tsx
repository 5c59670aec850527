import { validateLeadContact } from '../../../../shared/domain/contact';
import { firstName } from '../../../../shared/domain/kiosk-verdict';
import { db } from '../../db/db';
import { checkInAtKiosk, CheckInRefusedError } from '../../db/repos/kiosk-checkin';
import { ensureDeviceId } from '../../db/repos/settings-repo';
import { useKioskStore } from './kiosk-store';

/** The customer's own words for the counter's field messages. */
const FIELD_WORDS: Record<string, string> = {
  "Enter the customer's name.": 'Enter your name.',
  "Enter the customer's email or phone number.": 'Enter your email or your phone number.',
};

/** Name and email or phone, with explicit consent and the privacy notice one touch away. */
export function KioskDetailsStep({ campaignId }: { campaignId: string }) {
  const { details, setDetails, errors, setErrors, code, checkedIn, go, reset } = useKioskStore();
  const submit = async () => {
    const contact = validateLeadContact(details);
    const problems = [...(contact.ok ? [] : contact.errors.map((e) => FIELD_WORDS[e.message] ?? e.message)), ...(details.consent ? [] : ['Please tick the box to agree, so that we can save your details.'])];
    if (problems.length > 0 || !contact.ok || !code) return setErrors(problems);
    try {
      await checkInAtKiosk(db, { code, campaignId, details: contact.value, consentGiven: details.consent }, { now: Date.now(), deviceId: await ensureDeviceId(db), online: navigator.onLine, actor: 'kiosk' });
      checkedIn(firstName(contact.value.name));
    } catch (error) {
      setErrors([error instanceof CheckInRefusedError ? error.message : 'Your details could not be saved. Please ask a member of staff.']);
    }
  };
  return (
    <section className="kiosk-details" aria-label="Your details">
      <form
        // the app checks every field itself and lists each problem; the browser's own email check would block that list
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h1>Your details</h1>
        <label htmlFor="kiosk-name">Your name</label>
        <input id="kiosk-name" autoComplete="off" value={details.name} onChange={(e) => setDetails({ name: e.target.value })} />
        <label htmlFor="kiosk-email">Email</label>
        <input id="kiosk-email" type="email" autoComplete="off" inputMode="email" value={details.email} onChange={(e) => setDetails({ email: e.target.value })} />
        <label htmlFor="kiosk-phone">Phone</label>
        <input id="kiosk-phone" type="tel" autoComplete="off" inputMode="tel" value={details.phone} onChange={(e) => setDetails({ phone: e.target.value })} />
        <label className="kiosk-consent">
          <input type="checkbox" checked={details.consent} onChange={(e) => setDetails({ consent: e.target.checked })} /> I agree that this shop may save my details and contact me about its referral program.
        </label>
        <button type="button" className="link" onClick={() => go('privacy')}>
          Read the privacy notice
        </button>
        {errors.length > 0 && (
          <ul role="alert" aria-label="Problems">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        <button type="submit" className="kiosk-primary">
          Save my details
        </button>
        <button type="button" onClick={reset}>
          Cancel
        </button>
      </form>
    </section>
  );
}
