import type { CampaignDraft, CampaignField, FieldError } from '../../../../shared/domain/campaign';

/** The draft being edited, how to change one field, and the problems found on the last save. */
export interface FieldsProps {
  draft: CampaignDraft;
  set: <K extends CampaignField>(field: K, value: CampaignDraft[K]) => void;
  errors: readonly FieldError[];
}

function errorOf(errors: readonly FieldError[], field: CampaignField): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

type TextKey = { [K in CampaignField]: CampaignDraft[K] extends string ? K : never }[CampaignField];

/** A labelled text input whose hint and problem are its accessible description. */
export function TextField(props: FieldsProps & { field: TextKey; label: string; hint?: string; type?: 'text' | 'date' | 'url'; inputMode?: 'decimal' | 'numeric'; list?: string; disabled?: boolean }) {
  const { field, label, hint, draft, set, errors } = props;
  const id = `campaign-${field}`;
  const error = errorOf(errors, field);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        list={props.list}
        disabled={props.disabled}
        value={draft[field]}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => set(field, e.target.value)}
      />
      {hint && (
        <span id={`${id}-hint`} className="muted hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </p>
  );
}

type FlagKey = 'firstTimeOnly' | 'qualifyWhenCodeUsed' | 'generateCodeOnAdd';

export function CheckField({ field, label, draft, set }: FieldsProps & { field: FlagKey; label: string }) {
  return (
    <label className="consent">
      <input type="checkbox" checked={draft[field]} onChange={(e) => set(field, e.target.checked)} />
      {label}
    </label>
  );
}
