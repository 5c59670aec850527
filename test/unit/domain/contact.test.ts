import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizeEmail, normalizePhone, validateLeadContact } from '../../../shared/domain/contact';

describe('email keys', () => {
  it.each([
    ['dana@example.com', 'dana@example.com'],
    ['  Dana.Smith@Example.COM ', 'dana.smith@example.com'],
    ['ＤＡＮＡ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'dana@example.com'],
    ['dana+fair@mail.example.co.uk', 'dana+fair@mail.example.co.uk'],
    [`${'a'.repeat(500)}@example.com`, `${'a'.repeat(500)}@example.com`],
  ])('matches %j as %j', (text, key) => {
    expect(normalizeEmail(text)).toBe(key);
  });

  it.each([
    ['', 'empty'],
    ['dana', 'no @'],
    ['dana@', 'no domain'],
    ['@example.com', 'no local part'],
    ['dana@example', 'a domain without a dot'],
    ['dana@example.', 'an empty last label'],
    ['dana@@example.com', 'two @'],
    ['da na@example.com', 'a space'],
    ['dana@exa\u0000mple.com', 'a control character'],
    [`${'a'.repeat(501)}@example.com`, 'more than 512 characters'],
  ])('refuses %j: %s', (text) => {
    expect(normalizeEmail(text)).toBeNull();
  });

  it('gives the same key to addresses that differ only in case and surrounding spaces', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        expect(normalizeEmail(` ${email.toUpperCase()} `)).toBe(normalizeEmail(email));
      }),
    );
  });
});

describe('phone keys', () => {
  it.each([
    ['+1 (555) 010-2000', '+15550102000'],
    ['+15550102000', '+15550102000'],
    ['555.010.2000', '5550102000'],
    ['020 7946 0000', '02079460000'],
    ['＋４４ ２０ ７９４６ ００００', '+442079460000'],
    ['555–010–2000', '5550102000'],
    ['1234567', '1234567'],
    ['123456789012345', '123456789012345'],
  ])('matches %j as %j', (text, key) => {
    expect(normalizePhone(text)).toBe(key);
  });

  it.each([
    ['', 'empty'],
    ['123456', 'fewer than 7 digits'],
    ['1234567890123456', 'more than 15 digits'],
    ['555-CALL-NOW', 'letters'],
    ['555 010 2000 ext 12', 'an extension'],
    ['5+55 010 2000', 'a + that is not leading'],
    ['9'.repeat(1000), 'a huge paste'],
  ])('refuses %j: %s', (text) => {
    expect(normalizePhone(text)).toBeNull();
  });

  it('treats a number typed with and without the country code as different customers', () => {
    expect(normalizePhone('+1 555 010 2000')).not.toBe(normalizePhone('555 010 2000'));
  });

  it('ignores how the digits are grouped', () => {
    const digits = fc.stringMatching(/^[0-9]{7,15}$/);
    const separator = fc.constantFrom(' ', '-', '.', '');
    fc.assert(
      fc.property(digits, fc.array(separator, { minLength: 15, maxLength: 15 }), (d, seps) => {
        const typed = [...d].map((c, i) => c + (seps[i] ?? '')).join('');
        expect(normalizePhone(`+${typed}`)).toBe(`+${d}`);
      }),
    );
  });
});

describe('capturing a lead', () => {
  it('accepts a name with an email, keeping what was typed and the comparison key', () => {
    expect(validateLeadContact({ name: ' Dana Smith ', email: ' Dana@Example.com ', phone: '' })).toEqual({
      ok: true,
      value: { name: 'Dana Smith', email: 'Dana@Example.com', phone: null, emailKey: 'dana@example.com', phoneKey: null },
    });
  });

  it('accepts a name with only a phone number', () => {
    expect(validateLeadContact({ name: 'Dana', phone: '+1 (555) 010-2000' })).toEqual({
      ok: true,
      value: { name: 'Dana', email: null, phone: '+1 (555) 010-2000', emailKey: null, phoneKey: '+15550102000' },
    });
  });

  it.each([
    ['no name', { name: '  ', email: 'dana@example.com' }, [['name', "Enter the customer's name."]]],
    ['a name over 200 characters', { name: 'x'.repeat(201), email: 'dana@example.com' }, [['name', 'The name is too long (at most 200 characters).']]],
    ['neither email nor phone', { name: 'Dana', email: ' ', phone: '' }, [['email', "Enter the customer's email or phone number."]]],
    ['an incomplete email', { name: 'Dana', email: 'dana@' }, [['email', '“dana@” is not a complete email address.']]],
    [
      'an incomplete email even when the phone is fine',
      { name: 'Dana', email: 'dana@', phone: '5550102000' },
      [['email', '“dana@” is not a complete email address.']],
    ],
    ['a short phone', { name: 'Dana', phone: '555-01' }, [['phone', '“555-01” is too short for a phone number (at least 7 digits).']]],
    ['a long phone', { name: 'Dana', phone: '1234567890123456' }, [['phone', '“1234567890123456” is too long for a phone number (at most 15 digits).']]],
    [
      'letters in the phone',
      { name: 'Dana', phone: '555-CALL' },
      [['phone', '“555-CALL” is not a phone number: use digits, spaces, dashes, dots, parentheses and a leading +.']],
    ],
    [
      'everything wrong at once',
      { name: '', email: 'dana', phone: '12' },
      [
        ['name', "Enter the customer's name."],
        ['email', '“dana” is not a complete email address.'],
        ['phone', '“12” is too short for a phone number (at least 7 digits).'],
      ],
    ],
  ])('refuses %s, saying exactly what to fix', (_, input, expected) => {
    const result = validateLeadContact(input);
    expect(result).toEqual({ ok: false, errors: expected.map(([field, message]) => ({ field, message })) });
  });

  it('quotes only the start of a huge pasted email', () => {
    const result = validateLeadContact({ name: 'Dana', email: 'x'.repeat(300) });
    expect(result).toEqual({ ok: false, errors: [{ field: 'email', message: `“${'x'.repeat(39)}…” is not a complete email address.` }] });
  });

  it('accepts exactly the inputs whose given contacts all normalize', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5 }), fc.option(fc.emailAddress()), fc.option(fc.string({ maxLength: 20 })), (name, email, phone) => {
        const result = validateLeadContact({ name, email, phone });
        const given = (s: string | null) => s !== null && s.trim() !== '';
        const expectOk =
          name.trim() !== '' &&
          (given(email) || given(phone)) &&
          (!given(email) || normalizeEmail(email!) !== null) &&
          (!given(phone) || normalizePhone(phone!) !== null);
        expect(result.ok).toBe(expectOk);
      }),
    );
  });
});

describe('pasted contact details (found by fuzzing)', () => {
  it('reads a number copied from a phone’s contacts, wrapped in invisible bidi marks, and keeps it without them', () => {
    expect(validateLeadContact({ name: 'Dana', phone: '\u202A+1 (555) 010-2000\u202C' })).toEqual({
      ok: true,
      value: { name: 'Dana', email: null, phone: '+1 (555) 010-2000', emailKey: null, phoneKey: '+15550102000' },
    });
  });

  it('gives an address with a pasted zero-width space the key of the address, so a returning customer stays returning', () => {
    expect(normalizeEmail('dana\u200B@example.com')).toBe('dana@example.com');
    expect(validateLeadContact({ name: 'Dana', email: '\u200Fdana@example.com\u200B' })).toMatchObject({ ok: true, value: { email: 'dana@example.com', emailKey: 'dana@example.com' } });
  });

  it.each([
    ['a name of invisible characters only', { name: '\u200B\u200F\u200D', email: 'dana@example.com' }, [['name', "Enter the customer's name."]]],
    ['a NUL in the name', { name: 'Da\u0000na', email: 'dana@example.com' }, [['name', 'The name contains unreadable characters (was it pasted from a file?)']]],
    ['a lone surrogate in the email', { name: 'Dana', email: 'dana\uD800@example.com' }, [['email', 'That email address contains unreadable characters (was it pasted from a file?)']]],
    ['an escape sequence in the phone', { name: 'Dana', phone: '555 010\u001b[2000' }, [['phone', 'That phone number contains unreadable characters (was it pasted from a file?)']]],
    ['a right-to-left override in a short phone', { name: 'Dana', phone: '\u202E555-01' }, [['phone', '“555-01” is too short for a phone number (at least 7 digits).']]],
  ])('refuses %s in words that show no invisible character', (_, input, expected) => {
    expect(validateLeadContact(input)).toEqual({ ok: false, errors: expected.map(([field, message]) => ({ field, message })) });
  });

  it('keeps the joiners a name needs, and one space where a paste brought a line break', () => {
    expect(validateLeadContact({ name: ' Mehdi\u200Cpour\r\nKim 👨‍👩‍👧 ', email: 'm@example.com' })).toMatchObject({ ok: true, value: { name: 'Mehdi\u200Cpour Kim 👨‍👩‍👧' } });
  });
});

describe('contact details Stripe would refuse at sync (found by fuzzing)', () => {
  it('keeps a full-width address and number in the ASCII that Stripe takes', () => {
    expect(validateLeadContact({ name: 'Dana', email: 'ｄａｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ', phone: '＋４４ ２０ ７９４６ ００００' })).toEqual({
      ok: true,
      value: { name: 'Dana', email: 'dana@example.com', phone: '+44 20 7946 0000', emailKey: 'dana@example.com', phoneKey: '+442079460000' },
    });
  });

  it('refuses a number whose spaces and signs make it longer than Stripe’s 20 characters', () => {
    expect(validateLeadContact({ name: 'Dana', phone: '+44 (0) 20 - 7946 - 0000' })).toEqual({
      ok: false,
      errors: [{ field: 'phone', message: '“+44 (0) 20 - 7946 - 0000” has too many spaces and signs: a phone number is kept with at most 20 characters, so leave some out.' }],
    });
  });

  it('refuses a name of 200 emoji: Stripe counts each twice', () => {
    expect(validateLeadContact({ name: '😀'.repeat(200), email: 'dana@example.com' })).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'The name is too long for Stripe: emoji and some other characters count twice there (at most 256).' }],
    });
  });
});
