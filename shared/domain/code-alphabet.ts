/**
 * The symbols of generated referral codes.
 *
 * Crockford's base32 without I, L, O, U (look-alikes of 1, 1, 0, V) and also without S (look-alike
 * of 5), which leaves 31 symbols. 31 is prime, so the weighted check character in
 * `check-character.ts` catches every single substitution and adjacent transposition.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRTVWXYZ';

/** Random symbols in a generated code; the check character makes it 9. */
export const CODE_BODY_LENGTH = 8;

/**
 * Letters that are not in the alphabet, mapped to the symbol people mean when they type them.
 * Only the generated part of a code is folded: prefixes and vanity codes are matched exactly.
 * Q is in the alphabet and is never folded to 0.
 */
export const LOOKALIKE_FOLDS: Readonly<Record<string, string>> = Object.freeze({
  O: '0',
  I: '1',
  L: '1',
  U: 'V',
  S: '5',
});

/** The longest promotion code string Stripe accepts. */
export const MAX_CODE_LENGTH = 500;

/** Index of `symbol` in CODE_ALPHABET, or -1 when it is not an alphabet symbol. */
export function symbolValue(symbol: string): number {
  return symbol.length === 1 ? CODE_ALPHABET.indexOf(symbol) : -1;
}
