import { collapseWhitespace, hasUnreadableCharacters, quoteTyped, withoutFormatCharacters } from './typed-text';

/**
 * A lead's contact details and the keys we match customers by (first-time-order rule).
 * Keys are for comparison only; the address or number as typed is what we show and send.
 */

/** Stripe's limit for `customer.email`. */
const MAX_EMAIL_LENGTH = 512;
const MAX_NAME_LENGTH = 200;
const MIN_PHONE_DIGITS = 7;
/** E.164 maximum. */
const MAX_PHONE_DIGITS = 15;
/** Stripe's limits for `customer.phone` and `customer.name`, in UTF-16 units as the contract counts them. */
const STRIPE_MAX_PHONE_LENGTH = 20;
const STRIPE_MAX_NAME_LENGTH = 256;
/** Longer input is refused before any normalization work. */
const MAX_PHONE_INPUT = 64;
const PHONE_PUNCTUATION = /[\s.()\-\u2010-\u2015\u2212]/g;

/**
 * The comparison key of an email address: NFKC, invisible format characters removed (a pasted
 * zero-width space must not make a returning customer look new), trimmed, lower-cased.
 * We compare case-insensitively although Stripe's customer list filter by email is case-sensitive:
 * keep the address as typed for display and for Stripe.
 * @returns null unless plausible: one "@", a non-empty local part, a dotted domain without empty
 *   labels, no spaces, control characters or lone surrogates, at most 512 characters.
 */
export function normalizeEmail(text: string): string | null {
  if (text.length > MAX_EMAIL_LENGTH * 2) return null;
  const s = withoutFormatCharacters(text.normalize('NFKC')).trim().toLowerCase();
  if (s === '' || s.length > MAX_EMAIL_LENGTH || /[\s\p{Cc}]/u.test(s) || hasUnreadableCharacters(s)) return null;
  const parts = s.split('@');
  if (parts.length !== 2) return null;
  const [local = '', domain = ''] = parts;
  const labels = domain.split('.');
  if (local === '' || labels.length < 2 || labels.some((label) => label === '')) return null;
  return s;
}

/**
 * The comparison key of a phone number: its digits, with a leading "+" kept when typed.
 * Spaces, dots, dashes, parentheses and invisible format characters (bidi marks a phone's contacts
 * copy along) are dropped: "+1 (555) 010-2000" → "+15550102000".
 * No country is inferred, so "555 010 2000" and "+1 555 010 2000" are different keys.
 * @returns null for any other character, or fewer than 7 or more than 15 digits.
 */
export function normalizePhone(text: string): string | null {
  const read = readPhone(text);
  return read.ok ? read.key : null;
}

type PhoneProblem = 'characters' | 'unreadable' | 'too_short' | 'too_long';
type PhoneRead = { ok: true; key: string } | { ok: false; problem: PhoneProblem };

function readPhone(text: string): PhoneRead {
  if (text.length > MAX_PHONE_INPUT) return { ok: false, problem: 'too_long' };
  // NFKC turns full-width digits and "＋" into ASCII.
  const s = withoutFormatCharacters(text.normalize('NFKC')).trim();
  if (hasUnreadableCharacters(s)) return { ok: false, problem: 'unreadable' };
  const plus = s.startsWith('+');
  const body = (plus ? s.slice(1) : s).replace(PHONE_PUNCTUATION, '');
  if (!/^[0-9]*$/.test(body)) return { ok: false, problem: 'characters' };
  if (body.length < MIN_PHONE_DIGITS) return { ok: false, problem: 'too_short' };
  if (body.length > MAX_PHONE_DIGITS) return { ok: false, problem: 'too_long' };
  return { ok: true, key: (plus ? '+' : '') + body };
}

export interface LeadContactInput {
  name: string;
  email?: string | null;
  phone?: string | null;
}

export interface LeadContact {
  /** trimmed, whitespace runs as one space, format characters other than joiners removed */
  name: string;
  /**
   * trimmed, as typed but in NFKC (full-width "＠" and digits as ASCII, which Stripe requires) and
   * without invisible format characters (for display and Stripe); null when not given
   */
  email: string | null;
  /** the same, whitespace runs as one space, at most 20 characters (Stripe's limit) */
  phone: string | null;
  /** see normalizeEmail / normalizePhone */
  emailKey: string | null;
  phoneKey: string | null;
}

export type ContactField = 'name' | 'email' | 'phone';
export interface ContactError {
  field: ContactField;
  message: string;
}

/**
 * Checks a lead's details: a name (1–200 characters) and at least one of email or phone, each
 * given one valid. Lists every problem, each with a message for the person at the counter.
 * The "neither email nor phone" problem is reported on the email field. Invisible format
 * characters are dropped first (a name keeps its joiners); a name of nothing visible is no name,
 * and control characters, U+FFFD or lone surrogates are refused in every field.
 */
export function validateLeadContact(
  input: LeadContactInput,
): { ok: true; value: LeadContact } | { ok: false; errors: ContactError[] } {
  const name = collapseWhitespace(withoutFormatCharacters(input.name, true)).trim();
  const email = withoutFormatCharacters((input.email ?? '').normalize('NFKC')).trim();
  const phone = collapseWhitespace(withoutFormatCharacters((input.phone ?? '').normalize('NFKC'))).trim();
  const errors: ContactError[] = [];
  if (name.replace(JOINERS, '').trim() === '') errors.push({ field: 'name', message: "Enter the customer's name." });
  else if (hasUnreadableCharacters(name)) errors.push({ field: 'name', message: `The name ${UNREADABLE_TAIL}` });
  else if ([...name].length > MAX_NAME_LENGTH) {
    errors.push({ field: 'name', message: `The name is too long (at most ${MAX_NAME_LENGTH} characters).` });
  } else if (name.length > STRIPE_MAX_NAME_LENGTH) {
    errors.push({ field: 'name', message: `The name is too long for Stripe: emoji and some other characters count twice there (at most ${STRIPE_MAX_NAME_LENGTH}).` });
  }
  if (email === '' && phone === '') {
    errors.push({ field: 'email', message: "Enter the customer's email or phone number." });
  }
  const emailKey = email === '' ? null : normalizeEmail(email);
  if (email !== '' && emailKey === null) errors.push({ field: 'email', message: emailMessage(email) });
  const phoneRead = phone === '' ? null : readPhone(phone);
  const phoneTooWide = phoneRead?.ok === true && phone.length > STRIPE_MAX_PHONE_LENGTH;
  if (phoneTooWide) errors.push({ field: 'phone', message: `${quoteTyped(phone)} has too many spaces and signs: a phone number is kept with at most ${STRIPE_MAX_PHONE_LENGTH} characters, so leave some out.` });
  if (phoneRead && !phoneRead.ok) errors.push({ field: 'phone', message: phoneMessage(phone, phoneRead.problem) });
  const phoneKey = phoneRead?.ok ? phoneRead.key : null;
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { name, email: email || null, phone: phone || null, emailKey, phoneKey } };
}

const JOINERS = /[\u200C\u200D]/g;
const UNREADABLE_TAIL = 'contains unreadable characters (was it pasted from a file?)';

function emailMessage(email: string): string {
  if (hasUnreadableCharacters(email)) return `That email address ${UNREADABLE_TAIL}`;
  if (email.length > MAX_EMAIL_LENGTH) return `That email address is too long (at most ${MAX_EMAIL_LENGTH} characters).`;
  return `${quoteTyped(email)} is not a complete email address.`;
}

function phoneMessage(phone: string, problem: PhoneProblem): string {
  if (hasUnreadableCharacters(phone)) return `That phone number ${UNREADABLE_TAIL}`;
  switch (problem) {
    case 'unreadable':
      return `That phone number ${UNREADABLE_TAIL}`;
    case 'characters':
      return `${quoteTyped(phone)} is not a phone number: use digits, spaces, dashes, dots, parentheses and a leading +.`;
    case 'too_short':
      return `${quoteTyped(phone)} is too short for a phone number (at least ${MIN_PHONE_DIGITS} digits).`;
    case 'too_long':
      return `${quoteTyped(phone)} is too long for a phone number (at most ${MAX_PHONE_DIGITS} digits).`;
  }
}
