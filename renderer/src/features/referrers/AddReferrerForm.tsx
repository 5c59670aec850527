import { useState } from 'react';
import { displayCode } from '../../../../shared/domain/code-format';
import type { ContactError } from '../../../../shared/domain/contact';
import type { Campaign } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { addReferrer } from '../../db/repos/referrer-repo';
import { managerAction } from './action-context';
import { ContactFields, EMPTY_CONTACT, type ContactDraft } from './ContactFields';
import { NoEmailNote } from './NoEmailNote';

/** "Add referrer": required name plus email or phone, and the campaign's "generate referral code" default. */
export function AddReferrerForm({ campaign }: { campaign: Campaign }) {
  const [draft, setDraft] = useState<ContactDraft>(EMPTY_CONTACT);
  const [generate, setGenerate] = useState<{ campaignId: string; on: boolean } | null>(null);
  const [errors, setErrors] = useState<ContactError[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const withCode = generate?.campaignId === campaign.id ? generate.on : campaign.generateCodeOnAdd;
  const submit = async () => {
    // the last attempt's messages go at once: what shows next is about this attempt
    setAdded(null);
    setErrors([]);
    const result = await addReferrer(db, campaign.id, draft, withCode, await managerAction());
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    setDraft(EMPTY_CONTACT);
    const code = result.code ? ` with referral code ${displayCode(result.code.code, result.code.kind)}` : ' without a referral code';
    setAdded(`Added ${result.referrer.name}${code}.`);
  };
  return (
    <form
      className="add-referrer"
      aria-label="Add referrer"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Add referrer</h3>
      <ContactFields idPrefix="add-referrer" draft={draft} errors={errors} onChange={setDraft} />
      <label className="toggle">
        <input type="checkbox" checked={withCode} onChange={(e) => setGenerate({ campaignId: campaign.id, on: e.target.checked })} />
        Generate referral code
      </label>
      <button type="submit" className="primary">
        Add Referrer
      </button>
      {added && <p role="status">{added}</p>}
      <NoEmailNote />
    </form>
  );
}
