import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET } from '../../../shared/domain/code-alphabet';
import { phoneticGroups, phoneticReadBack, spellCharacter } from '../../../shared/domain/phonetic';

describe('reading a code back over the phone', () => {
  it.each([
    ['K', 'K as in Kilo'],
    ['q', 'Q as in Quebec'],
    ['X', 'X as in X-ray'],
    ['7', '7 seven'],
    ['0', '0 zero'],
    ['9', '9 nine'],
  ])('says %s as “%s”', (char, said) => {
    expect(spellCharacter(char)).toBe(said);
  });

  it('reads K7QM-X4PD-R in the groups printed on the card', () => {
    expect(phoneticGroups('K7QM-X4PD-R')).toEqual([
      ['K as in Kilo', '7 seven', 'Q as in Quebec', 'M as in Mike'],
      ['X as in X-ray', '4 four', 'P as in Papa', 'D as in Delta'],
      ['R as in Romeo'],
    ]);
    expect(phoneticReadBack('K7QM-X4PD-R')).toBe(
      'K as in Kilo, 7 seven, Q as in Quebec, M as in Mike — X as in X-ray, 4 four, P as in Papa, D as in Delta — R as in Romeo',
    );
  });

  it('keeps a campaign prefix as its own group and a vanity code as one group', () => {
    expect(phoneticGroups('SPRING-K7QM-X4PD-K')[0]).toEqual(['S as in Sierra', 'P as in Papa', 'R as in Romeo', 'I as in India', 'N as in November', 'G as in Golf']);
    expect(phoneticGroups('SARAH10')).toEqual([['S as in Sierra', 'A as in Alfa', 'R as in Romeo', 'A as in Alfa', 'H as in Hotel', '1 one', '0 zero']]);
  });

  it('gives every symbol of generated codes a spoken word that names it first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODE_ALPHABET), (symbol) => {
        const said = spellCharacter(symbol);
        expect(said.startsWith(`${symbol} `)).toBe(true);
        expect(said.length).toBeGreaterThan(3);
      }),
    );
  });

  it('says one word per character, whatever the grouping', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{1,12}(-[A-Z0-9]{1,12}){0,3}$/), (code) => {
        expect(phoneticGroups(code).flat()).toHaveLength(code.replaceAll('-', '').length);
      }),
    );
  });
});
