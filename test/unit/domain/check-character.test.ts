import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CODE_ALPHABET, CODE_BODY_LENGTH } from '../../../shared/domain/code-alphabet';
import { checkCharacter, hasValidCheckCharacter } from '../../../shared/domain/check-character';

const SYMBOLS = [...CODE_ALPHABET];
const CODE_LENGTH = CODE_BODY_LENGTH + 1;
const symbol = fc.constantFrom(...SYMBOLS);
const body = fc.array(symbol, { minLength: CODE_BODY_LENGTH, maxLength: CODE_BODY_LENGTH }).map((s) => s.join(''));
const validCode = body.map((b) => b + checkCharacter(b));
/** A few random valid codes, fixed by seed so a failure is reproducible. */
const BASE_CODES = ['000000000', ...fc.sample(validCode, { seed: 20_260_101, numRuns: 4 })];

/** Σ (i+1)·index mod 31 computed here, independently of the implementation. */
function weightedSum(code: string): number {
  return [...code].reduce((sum, c, i) => (sum + (i + 1) * CODE_ALPHABET.indexOf(c)) % 31, 0);
}

/** `base` with the given symbols pinned at positions, made valid again by changing one free position. */
function validCodeWith(base: string, pinned: ReadonlyArray<readonly [number, string]>): string {
  const symbols = [...base];
  for (const [position, s] of pinned) symbols[position] = s;
  const pinnedPositions = new Set(pinned.map(([position]) => position));
  if (!pinnedPositions.has(CODE_BODY_LENGTH)) {
    const b = symbols.slice(0, CODE_BODY_LENGTH).join('');
    return b + checkCharacter(b);
  }
  // The check character is pinned: the check is a bijection of any one body symbol, so one fits.
  const free = SYMBOLS.findIndex((_, position) => !pinnedPositions.has(position));
  for (const s of SYMBOLS) {
    symbols[free] = s;
    const b = symbols.slice(0, CODE_BODY_LENGTH).join('');
    if (checkCharacter(b) === symbols[CODE_BODY_LENGTH]) return symbols.join('');
  }
  throw new Error('no valid code with these pinned symbols');
}

function replaceAt(text: string, position: number, s: string): string {
  return text.slice(0, position) + s + text.slice(position + 1);
}

describe('check character', () => {
  it('uses 31 distinct symbols, a prime count, with no I, L, O, U or S', () => {
    expect(new Set(SYMBOLS).size).toBe(31);
    expect(CODE_ALPHABET).not.toMatch(/[ILOUS]/);
  });

  it('makes the weighted sum (weights 1..9) of every generated code 0 mod 31', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(weightedSum(code)).toBe(0);
        expect(hasValidCheckCharacter(code)).toBe(true);
      }),
    );
  });

  it.each([
    ['00000000', '0'],
    ['K7QMX4PD', 'K'],
    ['ZZZZZZZZ', '4'],
    ['ABCDEFGH', 'R'],
  ])('gives %s the check character %s', (b, check) => {
    expect(checkCharacter(b)).toBe(check);
  });

  // The checksum is linear, so whether an error is caught depends only on (position, a, b), not on
  // the other symbols. We still run ALL cases (not a sample) over several random base codes.
  it('detects every single substitution: all 9 positions × all 31×30 ordered symbol pairs', () => {
    let cases = 0;
    for (const base of BASE_CODES) {
      for (let position = 0; position < CODE_LENGTH; position++) {
        for (const a of SYMBOLS) {
          const original = validCodeWith(base, [[position, a]]);
          expect(original[position]).toBe(a);
          expect(hasValidCheckCharacter(original)).toBe(true);
          for (const b of SYMBOLS) {
            if (b === a) continue;
            if (hasValidCheckCharacter(replaceAt(original, position, b))) {
              throw new Error(`undetected ${a}→${b} at ${position} in ${original}`);
            }
            cases++;
          }
        }
      }
    }
    expect(cases).toBe(BASE_CODES.length * 9 * 31 * 30);
  });

  it('detects every adjacent transposition, including with the check character: 8 pairs × 31×30', () => {
    let cases = 0;
    for (const base of BASE_CODES) {
      for (let position = 0; position + 1 < CODE_LENGTH; position++) {
        for (const a of SYMBOLS) {
          for (const b of SYMBOLS) {
            if (b === a) continue;
            const original = validCodeWith(base, [[position, a], [position + 1, b]]);
            expect(original.slice(position, position + 2)).toBe(a + b);
            expect(hasValidCheckCharacter(original)).toBe(true);
            const swapped = replaceAt(replaceAt(original, position, b), position + 1, a);
            if (hasValidCheckCharacter(swapped)) throw new Error(`undetected swap at ${position} in ${original}`);
            cases++;
          }
        }
      }
    }
    expect(cases).toBe(BASE_CODES.length * 8 * 31 * 30);
  });

  it.each([
    ['too short', 'K7QMX4P'],
    ['too long', 'K7QMX4PDK'],
    ['a letter outside the alphabet (O)', 'K7QMO4PD'],
    ['lower case', 'k7qmx4pd'],
    ['empty', ''],
  ])('refuses to compute a check character for a body that is %s', (_, b) => {
    expect(() => checkCharacter(b)).toThrow(RangeError);
  });

  it.each([
    ['8 characters', 'K7QMX4PD'],
    ['10 characters', 'K7QMX4PDK0'],
    ['a foreign symbol', 'K7QMX4PD!'],
    ['an excluded letter', 'K7QMX4PDS'],
    ['lower case', 'k7qmx4pdk'],
    ['nothing', ''],
  ])('reports %s as not a valid generated code', (_, text) => {
    expect(hasValidCheckCharacter(text)).toBe(false);
  });

  it('never throws while checking any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        expect(typeof hasValidCheckCharacter(text)).toBe('boolean');
      }),
    );
  });
});
