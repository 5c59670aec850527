import { CODE_ALPHABET, CODE_BODY_LENGTH, symbolValue } from './code-alphabet';

const MODULUS = CODE_ALPHABET.length; // 31, prime
/** Weight 9 of the check position, inverted mod 31: 9 × 7 = 63 ≡ 1. */
const INVERSE_OF_CHECK_WEIGHT = 7;

/**
 * Σ (i+1)·value(text[i]) mod 31, or null when a symbol is outside the alphabet.
 * Weights 1..9 are distinct, non-zero and below the prime modulus, so changing one symbol always
 * changes the sum, and swapping neighbours a,b changes it by (a−b)·1, never 0.
 */
function weightedSum(text: string): number | null {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const value = symbolValue(text.charAt(i));
    if (value < 0) return null;
    sum = (sum + (i + 1) * value) % MODULUS;
  }
  return sum;
}

/**
 * The check character that makes `body` + check sum to 0 (mod 31) with weights 1..9.
 * @param body exactly CODE_BODY_LENGTH (8) symbols of CODE_ALPHABET
 * @throws RangeError on a wrong length or a foreign symbol (a programmer error, not user input)
 */
export function checkCharacter(body: string): string {
  if (body.length !== CODE_BODY_LENGTH) {
    throw new RangeError(`A code body has ${CODE_BODY_LENGTH} symbols, got ${body.length}`);
  }
  const sum = weightedSum(body);
  if (sum === null) throw new RangeError(`Code body "${body}" has a symbol outside the alphabet`);
  const checkValue = (MODULUS - ((sum * INVERSE_OF_CHECK_WEIGHT) % MODULUS)) % MODULUS;
  return CODE_ALPHABET.charAt(checkValue);
}

/**
 * True when `bodyWithCheck` is 9 alphabet symbols whose last one is the right check character.
 * Never throws: any other text is simply not a valid generated code.
 */
export function hasValidCheckCharacter(bodyWithCheck: string): boolean {
  if (bodyWithCheck.length !== CODE_BODY_LENGTH + 1) return false;
  return weightedSum(bodyWithCheck) === 0;
}
