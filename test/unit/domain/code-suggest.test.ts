import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CODE_ALPHABET } from '../../../shared/domain/code-alphabet';
import { checkCharacter, hasValidCheckCharacter } from '../../../shared/domain/check-character';
import { typoCandidates } from '../../../shared/domain/code-suggest';

const SYMBOLS = [...CODE_ALPHABET];
const body = fc.array(fc.constantFrom(...SYMBOLS), { minLength: 8, maxLength: 8 }).map((s) => s.join(''));
const validTail = body.map((b) => b + checkCharacter(b));
const prefix = fc.option(fc.stringMatching(/^[A-Z0-9]{1,6}$/), { nil: '' });

function replaceAt(text: string, position: number, symbol: string): string {
  return text.slice(0, position) + symbol + text.slice(position + 1);
}

/** Every single substitution and every adjacent transposition of `tail`. */
function slipsOf(tail: string): string[] {
  const slips: string[] = [];
  for (let position = 0; position < tail.length; position++) {
    for (const symbol of SYMBOLS) if (symbol !== tail[position]) slips.push(replaceAt(tail, position, symbol));
  }
  for (let position = 0; position + 1 < tail.length; position++) {
    const [left = '', right = ''] = [tail[position], tail[position + 1]];
    if (left !== right) slips.push(replaceAt(replaceAt(tail, position, right), position + 1, left));
  }
  return slips;
}

describe('suggesting the code a cashier meant', () => {
  it('suggests K7QM-X4PD-K for K7QM-X4DP-K (the P and D swapped)', () => {
    expect(typoCandidates({ prefix: '', bodyWithCheck: 'K7QMX4DPK' })).toContain('K7QMX4PDK');
  });

  it('keeps the campaign prefix in every suggestion', () => {
    const suggestions = typoCandidates({ prefix: 'SPRING', bodyWithCheck: 'K7QMX4DPK' });
    expect(suggestions).toContain('SPRINGK7QMX4PDK');
    expect(suggestions.every((s) => s.startsWith('SPRING'))).toBe(true);
  });

  it('suggests nothing for a code whose check character holds: no valid code is one slip away', () => {
    fc.assert(
      fc.property(validTail, (tail) => {
        expect(typoCandidates({ prefix: '', bodyWithCheck: tail })).toEqual([]);
      }),
    );
  });

  it('finds the original code for every single substitution and adjacent swap of random valid codes', () => {
    let cases = 0;
    fc.assert(
      fc.property(prefix, validTail, (p, tail) => {
        for (const slip of slipsOf(tail)) {
          expect(typoCandidates({ prefix: p, bodyWithCheck: slip })).toContain(p + tail);
          cases++;
        }
      }),
      { numRuns: 20 },
    );
    expect(cases).toBeGreaterThanOrEqual(20 * 9 * 30);
  });

  it('only suggests valid codes one slip away, sorted, without duplicates, at most 9 + 8', () => {
    fc.assert(
      fc.property(prefix, validTail, fc.nat(), (p, tail, pick) => {
        const slips = slipsOf(tail);
        const typed = slips[pick % slips.length] ?? tail;
        const suggestions = typoCandidates({ prefix: p, bodyWithCheck: typed });
        const neighbours = new Set(slipsOf(typed).map((s) => p + s));
        expect(suggestions.length).toBeLessThanOrEqual(17);
        expect(suggestions).toEqual([...new Set(suggestions)].sort());
        for (const suggestion of suggestions) {
          expect(neighbours.has(suggestion)).toBe(true);
          expect(hasValidCheckCharacter(suggestion.slice(p.length))).toBe(true);
        }
      }),
    );
  });

  it('can repair a single symbol from outside the alphabet', () => {
    expect(typoCandidates({ prefix: '', bodyWithCheck: 'K7QMX4P!K' })).toEqual(['K7QMX4PDK']);
  });

  it.each(['K7QMX4PD', 'K7QMX4PDKK', ''])('refuses a generated part of the wrong length: %j', (text) => {
    expect(() => typoCandidates({ prefix: '', bodyWithCheck: text })).toThrow(RangeError);
  });
});
