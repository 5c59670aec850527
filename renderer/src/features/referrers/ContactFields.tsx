import type { ContactError, ContactField } from '../../../../shared/domain/contact';

export interface ContactDraft {
  name: string;
  email: string;
  phone: string;
}

export const EMPTY_CONTACT: ContactDraft = { name: '', email: '', phone: '' };

const LABELS: Record<ContactField, string> = { name: 'Name', email: 'Email', phone: 'Phone' };

/** Name, email and phone inputs, each with its own error message under it. */
export function ContactFields({ idPrefix, draft, errors, onChange }: { idPrefix: string; draft: ContactDraft; errors: ContactError[]; onChange: (draft: ContactDraft) => void }) {
  return (
    <div className="contact-fields">
      {(['name', 'email', 'phone'] as const).map((field) => {
        const id = `${idPrefix}-${field}`;
        const fieldErrors = errors.filter((e) => e.field === field);
        return (
          <div key={field} className="field">
            <label htmlFor={id}>{LABELS[field]}</label>
            <input
              id={id}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              value={draft[field]}
              aria-invalid={fieldErrors.length > 0}
              aria-describedby={fieldErrors.length > 0 ? `${id}-error` : undefined}
              onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
            />
            {fieldErrors.length > 0 && (
              <p id={`${id}-error`} className="field-error" role="alert">
                {fieldErrors.map((e) => e.message).join(' ')}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
