/** The phone screen's fields, by id: shortcuts and "focus moves on" use these. */
export const FIELD = {
  code: 'phone-code',
  amount: 'phone-amount',
  suggestions: 'phone-suggestions',
  referrer: 'phone-referrer',
  callerName: 'phone-caller-name',
  note: 'phone-note',
} as const;

export type FieldId = (typeof FIELD)[keyof typeof FIELD];

/** Moves the keyboard to a field once React has drawn it. */
export function focusField(id: FieldId): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
