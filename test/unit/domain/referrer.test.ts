import { describe, expect, it } from 'vitest';
import { ContactIndex, matchesReferrer, referrerQuery, validateReferrer } from '../../../shared/domain/referrer';

describe('a referrer’s details', () => {
  it.each([
    [{ name: '', email: 'a@example.com' }, [{ field: 'name', message: "Enter the referrer's name." }]],
    [{ name: 'Dana', email: ' ', phone: '' }, [{ field: 'email', message: "Enter the referrer's email or phone number (at least one)." }]],
    [{ name: 'Dana', email: 'dana@example' }, [{ field: 'email', message: '“dana@example” is not a complete email address.' }]],
    [{ name: 'Dana', phone: 'call me' }, [{ field: 'phone', message: '“call me” is not a phone number: use digits, spaces, dashes, dots, parentheses and a leading +.' }]],
  ])('refuses %j with a message per field', (input, errors) => {
    expect(validateReferrer(input)).toEqual({ ok: false, errors });
  });

  it('accepts a name with an email or a phone, trimmed, with comparison keys', () => {
    expect(validateReferrer({ name: ' Dana ', email: ' Dana@Example.com ' })).toEqual({
      ok: true,
      value: { name: 'Dana', email: 'Dana@Example.com', phone: null, emailKey: 'dana@example.com', phoneKey: null },
    });
  });
});

describe('one person, one referrer', () => {
  it('finds a referrer by email first, then by phone', () => {
    const index = new ContactIndex<string>();
    index.add({ emailKey: 'a@example.com', phoneKey: '5550100' }, 'A');
    index.add({ emailKey: 'b@example.com', phoneKey: '5550200' }, 'B');
    expect(index.find({ emailKey: 'b@example.com', phoneKey: '5550100' })).toEqual({ by: 'email', existing: 'B' });
    expect(index.find({ emailKey: 'c@example.com', phoneKey: '5550100' })).toEqual({ by: 'phone', existing: 'A' });
    expect(index.find({ emailKey: 'c@example.com', phoneKey: null })).toBeNull();
  });
});

describe('searching referrers', () => {
  const dana = { name: 'Dana Whitfield', email: 'dana@shop.example', phone: '+1 (555) 010-2000' };
  it.each([
    ['whit', true],
    ['DANA@SHOP', true],
    ['555 0102', true],
    ['010-2000', true],
    ['marco', false],
    ['12', false],
  ])('“%s” matches Dana: %s', (text, expected) => {
    expect(matchesReferrer(dana, referrerQuery(text)!)).toBe(expected);
  });

  it('ignores blank searches', () => {
    expect(referrerQuery('   ')).toBeNull();
  });
});
