import { CODE_ALPHABET, CODE_BODY_LENGTH, MAX_CODE_LENGTH } from './code-alphabet';
import { checkCharacter } from './check-character';

/** Largest multiple of 31 that fits in a byte: bytes at or above it are redrawn, so no symbol is favoured. */
const ACCEPTED_BYTE_LIMIT = CODE_ALPHABET.length * Math.floor(256 / CODE_ALPHABET.length);
/** A CSPRNG rejects 8 bytes in 256; this many empty-handed rounds means the source is broken. */
const MAX_DRAW_ROUNDS = 1_000;
const MAX_PREFIX_LENGTH = 12;
const MIN_VANITY_LENGTH = 3;

/** Zero-width and other format characters (U+200B, U+FEFF, soft hyphen, bidi marks...): never meaningful. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** Spaces of any kind and dash-like characters: people and printers put them between groups. */
const SEPARATORS = /[\s\p{Zs}\p{Pd}\u2212]/gu;
const CANONICAL_TEXT = /^[A-Z0-9]*$/;
const FIRST_NON_CANONICAL = /[^A-Z0-9]/u;

/**
 * A generated referral code in canonical form: prefix (if any) + 8 random symbols + check character.
 * @param prefix a campaign prefix (see validateCodePrefix); null or '' for none
 * @param randomBytes a CSPRNG (crypto.getRandomValues based); symbols are drawn by rejection sampling
 * @throws RangeError on an invalid prefix; Error when randomBytes keeps returning only rejected bytes
 */
export function generateCode(prefix: string | null, randomBytes: (n: number) => Uint8Array): string {
  let canonicalPrefix = '';
  if (prefix !== null && prefix !== '') {
    const checked = validateCodePrefix(prefix);
    if (!checked.ok) throw new RangeError(checked.message);
    canonicalPrefix = checked.prefix;
  }
  const body = drawSymbols(CODE_BODY_LENGTH, randomBytes);
  return canonicalPrefix + body + checkCharacter(body);
}

function drawSymbols(count: number, randomBytes: (n: number) => Uint8Array): string {
  let symbols = '';
  for (let round = 0; symbols.length < count; round++) {
    if (round >= MAX_DRAW_ROUNDS) throw new Error('randomBytes returned no usable bytes');
    // Ask only for what is missing, so every byte drawn is either used or rejected.
    for (const byte of randomBytes(count - symbols.length)) {
      if (byte < ACCEPTED_BYTE_LIMIT && symbols.length < count) {
        symbols += CODE_ALPHABET.charAt(byte % CODE_ALPHABET.length);
      }
    }
  }
  return symbols;
}

/**
 * How a code is shown and printed. Generated codes are grouped 4-4-1 (`SPRING-K7QM-X4PD-K`) so the
 * check character stands apart; vanity codes, and text too short to be generated, are shown unchanged.
 */
export function displayCode(canonical: string, kind: 'generated' | 'vanity'): string {
  const generatedLength = CODE_BODY_LENGTH + 1;
  if (kind === 'vanity' || canonical.length < generatedLength) return canonical;
  const split = canonical.length - generatedLength;
  const prefix = canonical.slice(0, split);
  const tail = canonical.slice(split);
  const groups = [tail.slice(0, 4), tail.slice(4, 8), tail.slice(8)];
  return (prefix === '' ? '' : `${prefix}-`) + groups.join('-');
}

/** Result of checking a campaign's code prefix; `prefix` is upper-case A-Z and 0-9. */
export type PrefixCheck = { ok: true; prefix: string } | { ok: false; message: string };

/**
 * A campaign prefix for generated codes: 1–12 letters A-Z or digits, upper-cased. Any letter is
 * allowed (also O, I, L, S, U) because prefixes are matched exactly, never folded.
 */
export function validateCodePrefix(text: string): PrefixCheck {
  const prefix = text.normalize('NFKC').trim().toUpperCase();
  if (prefix === '') return { ok: false, message: 'A code prefix needs at least 1 letter or digit.' };
  const foreign = FIRST_NON_CANONICAL.exec(prefix);
  if (foreign) {
    return {
      ok: false,
      message: `A code prefix can only contain letters A–Z and digits; found ${quoteCharacter(prefix, foreign.index)}.`,
    };
  }
  if (prefix.length > MAX_PREFIX_LENGTH) {
    return {
      ok: false,
      message: `A code prefix is too long: ${prefix.length} characters, the most is ${MAX_PREFIX_LENGTH}.`,
    };
  }
  return { ok: true, prefix };
}

/** Result of checking a manager-chosen code; `code` is canonical (upper case, no separators). */
export type VanityCheck = { ok: true; code: string } | { ok: false; message: string };

/**
 * A manager-chosen referral code such as `SARAH10` or `sarah-10`: upper-cased, spaces and dashes
 * dropped, then 3–500 letters and digits. Stripe also accepts dashes, but codes are stored without
 * separators so that typed, printed and scanned forms all meet in one canonical string.
 */
export function validateVanityCode(text: string): VanityCheck {
  const code = normalizeCodeText(text);
  if (code === '') return { ok: false, message: 'Enter a referral code.' };
  const foreign = FIRST_NON_CANONICAL.exec(code);
  if (foreign) {
    return {
      ok: false,
      message: `A referral code can only contain letters, digits and dashes; found ${quoteCharacter(code, foreign.index)}.`,
    };
  }
  if (code.length > MAX_CODE_LENGTH) {
    return {
      ok: false,
      message: `This referral code is too long: ${code.length} characters, the most Stripe accepts is ${MAX_CODE_LENGTH}.`,
    };
  }
  if (code.length < MIN_VANITY_LENGTH) {
    return {
      ok: false,
      message: `A referral code needs at least ${MIN_VANITY_LENGTH} letters or digits; “${code}” has ${code.length}.`,
    };
  }
  return { ok: true, code };
}

/**
 * The canonical spelling of typed or pasted code text: NFKC (full-width → ASCII), format characters
 * and separators (spaces, dashes) removed, upper case. The result is not checked; it may still
 * contain foreign characters.
 */
export function normalizeCodeText(text: string): string {
  return text.normalize('NFKC').replace(FORMAT_CHARACTERS, '').replace(SEPARATORS, '').toUpperCase();
}

/** True when `text` has only the characters of a canonical code (A-Z, 0-9); '' included. */
export function isCanonicalText(text: string): boolean {
  return CANONICAL_TEXT.test(text);
}

/**
 * The character at `index`, quoted for a cashier-readable message: `“#”`, or its code point when it
 * would be invisible or garbled on screen (controls, marks, spaces, unassigned, lone surrogates).
 */
export function quoteCharacter(text: string, index: number): string {
  const codePoint = text.codePointAt(index) ?? 0;
  const character = String.fromCodePoint(codePoint);
  if (/^\p{Zs}$/u.test(character)) return 'a space';
  if (/^[\p{C}\p{M}\p{Z}]$/u.test(character)) {
    const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
    return `an invisible character (U+${hex})`;
  }
  return `“${character}”`;
}
