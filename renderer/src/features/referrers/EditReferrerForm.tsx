import { useState } from 'react';
import type { ContactError } from '../../../../shared/domain/contact';
import type { Referrer } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { updateReferrer } from '../../db/repos/referrer-repo';
import { managerAction } from './action-context';
import { ContactFields, type ContactDraft } from './ContactFields';

/** Changing a referrer's name, email or phone, with the same checks as adding one. */
export function EditReferrerForm({ referrer, onDone }: { referrer: Referrer; onDone: () => void }) {
  const [draft, setDraft] = useState<ContactDraft>({ name: referrer.name, email: referrer.email ?? '', phone: referrer.phone ?? '' });
  const [errors, setErrors] = useState<ContactError[]>([]);
  const save = async () => {
    const result = await updateReferrer(db, referrer.id, draft, await managerAction());
    if (!result.ok) return setErrors(result.errors);
    onDone();
  };
  return (
    <form
      className="edit-referrer"
      aria-label={`Edit ${referrer.name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ContactFields idPrefix={`edit-${referrer.id}`} draft={draft} errors={errors} onChange={setDraft} />
      <button type="submit" className="primary">
        Save
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
