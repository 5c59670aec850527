import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CODE_ALPHABET } from '../../../shared/domain/code-alphabet';
import { hasValidCheckCharacter } from '../../../shared/domain/check-character';
import {
  displayCode,
  generateCode,
  validateCodePrefix,
  validateVanityCode,
} from '../../../shared/domain/code-format';

const cryptoBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** Hands out `bytes` in order, as many as asked for, cycling. */
function byteSource(bytes: readonly number[]): (n: number) => Uint8Array {
  let next = 0;
  return (n) => Uint8Array.from({ length: n }, () => bytes[next++ % bytes.length] ?? 0);
}

const prefix = fc.stringMatching(/^[A-Z0-9]{1,12}$/);
/** Any byte stream with at least one byte the sampler accepts (< 248). */
const usableBytes = fc
  .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 40 })
  .filter((bytes) => bytes.some((b) => b < 248));

describe('generating a referral code', () => {
  it('always gives prefix + 8 alphabet symbols + a valid check character', () => {
    fc.assert(
      fc.property(fc.option(prefix), usableBytes, (p, bytes) => {
        const code = generateCode(p, byteSource(bytes));
        const ownPrefix = p ?? '';
        expect(code.startsWith(ownPrefix)).toBe(true);
        const tail = code.slice(ownPrefix.length);
        expect(tail).toHaveLength(9);
        expect([...tail].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
        expect(hasValidCheckCharacter(tail)).toBe(true);
      }),
    );
  });

  it('upper-cases a lower-case prefix and treats an empty prefix as none', () => {
    const source = () => byteSource([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(generateCode('spring', source())).toBe(`SPRING${generateCode(null, source())}`);
    expect(generateCode('', source())).toBe(generateCode(null, source()));
  });

  it.each(['SPRING-', 'TOOLONGPREFIX', 'ÉTÉ'])('refuses to generate codes with the invalid prefix %s', (p) => {
    expect(() => generateCode(p, cryptoBytes)).toThrow(RangeError);
  });

  it('redraws bytes 248..255 instead of folding them onto some symbols (rejection sampling)', () => {
    let calls = 0;
    const mixed = byteSource([248, 0, 1, 2, 255, 3, 4, 5, 6, 7]);
    const rejectedFirst = (n: number) => (calls++ < 3 ? new Uint8Array(n).fill(255) : mixed(n));
    expect(generateCode(null, rejectedFirst).slice(0, 8)).toBe('01234567');
  });

  it('maps a byte stream with each accepted value once to each symbol exactly 8 times', () => {
    const source = byteSource(Array.from({ length: 248 }, (_, b) => b));
    const counts = new Map<string, number>();
    for (let i = 0; i < 31; i++) {
      for (const c of generateCode(null, source).slice(0, 8)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect([...counts.values()]).toEqual(Array(31).fill(8));
  });

  it('draws symbols uniformly from a CSPRNG (chi-square over 100,000 symbols, lenient bound)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 12_500; i++) {
      for (const c of generateCode(null, cryptoBytes).slice(0, 8)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const expected = 100_000 / 31;
    const chiSquare = [...CODE_ALPHABET].reduce((sum, c) => sum + ((counts.get(c) ?? 0) - expected) ** 2 / expected, 0);
    // 30 degrees of freedom: mean 30; 100 is beyond p = 1e-9, while `byte % 31` without redraws gives ~280.
    expect(chiSquare).toBeLessThan(100);
  });

  it('fails loudly instead of looping forever when the random source only gives rejected bytes', () => {
    expect(() => generateCode(null, (n) => new Uint8Array(n).fill(250))).toThrow(Error);
    expect(() => generateCode(null, () => new Uint8Array(0))).toThrow(Error);
  });
});

describe('displaying a referral code', () => {
  it.each([
    ['K7QMX4PDK', 'generated', 'K7QM-X4PD-K'],
    ['SPRINGK7QMX4PDK', 'generated', 'SPRING-K7QM-X4PD-K'],
    ['SARAH10', 'vanity', 'SARAH10'],
    ['SPRINGK7QMX4PDK', 'vanity', 'SPRINGK7QMX4PDK'],
    ['ABC', 'generated', 'ABC'],
  ] as const)('shows %s (%s) as %s', (canonical, kind, shown) => {
    expect(displayCode(canonical, kind)).toBe(shown);
  });

  it('gives back the canonical code when the dashes are removed', () => {
    fc.assert(
      fc.property(fc.option(prefix), usableBytes, (p, bytes) => {
        const code = generateCode(p, byteSource(bytes));
        expect(displayCode(code, 'generated').replaceAll('-', '')).toBe(code);
      }),
    );
  });
});

describe('campaign code prefix', () => {
  it.each([
    ['SPRING', 'SPRING'],
    ['spring', 'SPRING'],
    [' Spring26 ', 'SPRING26'],
    ['SOLO', 'SOLO'],
    ['ＳＰＲＩＮＧ', 'SPRING'],
    ['ABCDEFGHIJKL', 'ABCDEFGHIJKL'],
  ])('accepts %j as %s', (text, expected) => {
    expect(validateCodePrefix(text)).toEqual({ ok: true, prefix: expected });
  });

  it.each([
    ['', 'A code prefix needs at least 1 letter or digit.'],
    ['   ', 'A code prefix needs at least 1 letter or digit.'],
    ['SPRING-', 'A code prefix can only contain letters A–Z and digits; found “-”.'],
    ['SPR ING', 'A code prefix can only contain letters A–Z and digits; found a space.'],
    ['ÉTÉ', 'A code prefix can only contain letters A–Z and digits; found “É”.'],
    ['ABCDEFGHIJKLM', 'A code prefix is too long: 13 characters, the most is 12.'],
  ])('rejects %j: %s', (text, message) => {
    expect(validateCodePrefix(text)).toEqual({ ok: false, message });
  });
});

describe('vanity referral code', () => {
  it.each([
    ['SARAH10', 'SARAH10'],
    ['sarah-10', 'SARAH10'],
    ['Sarah 10', 'SARAH10'],
    ['so-lo–10', 'SOLO10'],
    ['BOB', 'BOB'],
  ])('accepts %j as %s, never folding look-alike letters', (text, code) => {
    expect(validateVanityCode(text)).toEqual({ ok: true, code });
  });

  it('accepts a code of 500 characters, the most Stripe accepts', () => {
    expect(validateVanityCode('X'.repeat(500))).toEqual({ ok: true, code: 'X'.repeat(500) });
  });

  it('rejects a code of 612 characters, naming the length and the limit', () => {
    expect(validateVanityCode('a'.repeat(612))).toEqual({
      ok: false,
      message: 'This referral code is too long: 612 characters, the most Stripe accepts is 500.',
    });
  });

  it.each([
    ['', 'Enter a referral code.'],
    [' - ', 'Enter a referral code.'],
    ['SARAH#10', 'A referral code can only contain letters, digits and dashes; found “#”.'],
    ['SARAH_10', 'A referral code can only contain letters, digits and dashes; found “_”.'],
    ['SARAH\u000710', 'A referral code can only contain letters, digits and dashes; found an invisible character (U+0007).'],
    ['ab', 'A referral code needs at least 3 letters or digits; “AB” has 2.'],
  ])('rejects %j: %s', (text, message) => {
    expect(validateVanityCode(text)).toEqual({ ok: false, message });
  });
});
