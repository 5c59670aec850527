import { describe, expect, it } from 'vitest';
import { referrerMatcher, type Searchable } from '../../../shared/domain/referrer-search';

const dana: Searchable = { name: 'Dana Whitfield', email: 'dana.w@shop.example', phone: '+1 (555) 010-2000' };
const zoe: Searchable = { name: 'Zoë Ångström', email: null, phone: null };
const marco: Searchable = { name: 'Marco Rossi', email: 'marco@example.com', phone: '020 7946 0000' };

function found(query: string, people: Searchable[] = [dana, zoe, marco]): string[] {
  const matches = referrerMatcher(query);
  return matches ? people.filter(matches).map((p) => p.name) : [];
}

describe('finding a referrer by name, email or phone', () => {
  it.each([
    ['dana', ['Dana Whitfield']],
    ['WHIT', ['Dana Whitfield']],
    ['dana whit', ['Dana Whitfield']],
    ['zoe', ['Zoë Ångström']],
    ['angstrom', ['Zoë Ångström']],
    ['shop.example', ['Dana Whitfield']],
    ['marco@', ['Marco Rossi']],
    ['555 010', ['Dana Whitfield']],
    ['(555) 010-2000', ['Dana Whitfield']],
    ['7946', ['Marco Rossi']],
  ])('“%s” finds %j', (query, names) => {
    expect(found(query)).toEqual(names);
  });

  it('matches names at the start of a word only, not in the middle', () => {
    expect(found('field')).toEqual([]);
    expect(found('ossi')).toEqual([]);
  });

  it('does not search on one character or blanks', () => {
    expect(referrerMatcher('d')).toBeNull();
    expect(referrerMatcher('   ')).toBeNull();
  });

  it('finds nobody by phone when a referrer has no phone number', () => {
    expect(found('000', [zoe])).toEqual([]);
  });
});
