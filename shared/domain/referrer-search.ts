/**
 * Finding a referrer when the caller does not have their code: by part of the name (any word,
 * case and accents ignored), of the email address, or of the phone number (digits only, so that
 * "555 010" finds "+1 (555) 010-2000").
 */

/** Shorter queries match too much to be useful on the phone. */
export const MIN_QUERY_LENGTH = 2;
/** A phone query needs this many digits before digits alone are compared. */
const MIN_PHONE_DIGITS = 3;

export interface Searchable {
  name: string;
  email: string | null;
  phone: string | null;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * A predicate for referrers matching the query, or null when the query is too short to search.
 * Names match at the start of any word ("whit" finds "Dana Whitfield"); emails anywhere.
 */
export function referrerMatcher(query: string): ((referrer: Searchable) => boolean) | null {
  const text = fold(query);
  if (text.length < MIN_QUERY_LENGTH) return null;
  const digits = digitsOf(text);
  const phoneLike = digits.length >= MIN_PHONE_DIGITS && /^[\d\s+().-]+$/.test(text);
  return (referrer) => {
    if (phoneLike) return referrer.phone !== null && digitsOf(referrer.phone).includes(digits);
    const name = fold(referrer.name);
    if (name.startsWith(text) || name.includes(` ${text}`)) return true;
    return referrer.email !== null && fold(referrer.email).includes(text);
  };
}
