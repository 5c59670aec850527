import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CODE_ALPHABET } from '../../../shared/domain/code-alphabet';
import { checkCharacter } from '../../../shared/domain/check-character';
import { displayCode } from '../../../shared/domain/code-format';
import { parseCodeInput, type CodeInputError } from '../../../shared/domain/code-input';

const UNREADABLE =
  "That doesn't look like a referral code: it contains unreadable characters (was it pasted from a file?)";
const WEB_LINK = 'This QR code is a web link, not a referral code.';

const body = fc.array(fc.constantFrom(...CODE_ALPHABET), { minLength: 8, maxLength: 8 }).map((s) => s.join(''));
const generatedCode = fc
  .tuple(fc.option(fc.stringMatching(/^[A-Z0-9]{1,12}$/), { nil: '' }), body)
  .map(([prefix, b]) => prefix + b + checkCharacter(b));

const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const withZeroWidths = (text: string) => [...text].join('\u200B').concat('\uFEFF', '\u00AD');

function expectCandidates(raw: string, candidates: string[], linkTemplates?: readonly string[]) {
  const result = parseCodeInput(raw, { linkTemplates });
  expect(result).toMatchObject({ ok: true, candidates });
}

describe('reading a typed, pasted or scanned generated code', () => {
  const variants: Array<[string, (code: string) => string]> = [
    ['its display form', (c) => displayCode(c, 'generated')],
    ['lower case', (c) => displayCode(c, 'generated').toLowerCase()],
    ['spaces between groups', (c) => displayCode(c, 'generated').replaceAll('-', ' ')],
    ['no-break and ideographic spaces', (c) => `\u00A0${displayCode(c, 'generated').replaceAll('-', '\u3000')}`],
    ['en dashes and minus signs', (c) => displayCode(c, 'generated').replace('-', '–').replace('-', '−')],
    ['full-width characters', (c) => fullWidth(displayCode(c, 'generated'))],
    ['zero-width characters', (c) => withZeroWidths(c)],
    ['an AIM QR identifier and a trailing CR LF', (c) => `]Q1${c}\r\n`],
    ['an AIM Code 128 identifier and a trailing tab', (c) => `]C0${displayCode(c, 'generated')}\t`],
  ];

  it.each(variants)('reads the canonical code back from %s', (_, variant) => {
    fc.assert(
      fc.property(generatedCode, (code) => {
        const result = parseCodeInput(variant(code));
        expect(result).toMatchObject({ ok: true, candidates: [code] });
        expect(result.ok && result.generated?.checkValid).toBe(true);
      }),
    );
  });

  it.each([
    ['HOTI-USPO-D', ['HOTIUSPOD', 'H0T1V5P0D']],
    ['hotl uspo d', ['HOTLUSPOD', 'H0T1V5P0D']],
    ['SOLO-HOTI-USPO-D', ['SOLOHOTIUSPOD', 'SOLOH0T1V5P0D']],
    ['K7QM-X4PD-K', ['K7QMX4PDK']],
  ])('folds look-alikes in the generated part only: %s → %j', (typed, candidates) => {
    expectCandidates(typed, candidates);
  });

  it('finds a generated code typed with O for 0, I or L for 1, U for V and S for 5', () => {
    const typedLike: Record<string, string[]> = { '0': ['O'], '1': ['I', 'L'], V: ['U'], '5': ['S'] };
    fc.assert(
      fc.property(generatedCode, fc.infiniteStream(fc.nat()), (code, picks) => {
        const tailStart = code.length - 9;
        const typed = [...code]
          .map((c, i) => (i >= tailStart && typedLike[c] ? typedLike[c][picks.next().value % typedLike[c].length] : c))
          .join('');
        const result = parseCodeInput(typed);
        expect(result).toMatchObject({ ok: true, candidates: typed === code ? [code] : [typed, code] });
      }),
    );
  });

  it('reports a generated-looking code whose check character fails, for typo suggestions', () => {
    const result = parseCodeInput('K7QM-X4DP-K');
    expect(result).toEqual({
      ok: true,
      candidates: ['K7QMX4DPK'],
      generated: { prefix: '', bodyWithCheck: 'K7QMX4DPK', checkValid: false },
    });
  });
});

describe('reading a vanity code', () => {
  it.each([
    ['SOLO10', ['SOLO10']],
    ['solo-10', ['SOLO10']],
    ['Sarah 10', ['SARAH10']],
    ['SUMMERSALE', ['SUMMERSALE']],
    ['LOUIS2026SUMMER', ['LOUIS2026SUMMER']],
  ])('never folds %s: the exact text %j comes first', (typed, candidates) => {
    expectCandidates(typed, candidates);
  });
});

describe('reading links', () => {
  const templates = [
    'https://example.shop/r/{code}',
    'https://shop.test/?ref={code}',
    'https://example.shop/invite/ref-{code}.html',
  ];

  it.each([
    ['https://example.shop/r/K7QM-X4PD-K', 'K7QMX4PDK'],
    ['HTTPS://EXAMPLE.SHOP/R/K7QMX4PDK', 'K7QMX4PDK'],
    ['https://example.shop/r/sarah10/?utm_source=flyer', 'SARAH10'],
    ['https://shop.test/?ref=SARAH10', 'SARAH10'],
    ['https://shop.test?utm=a&ref=sarah%2010', 'SARAH10'],
    ['https://example.shop/invite/ref-K7QMX4PDK.html', 'K7QMX4PDK'],
    ['https://anywhere.test/join?referral=SARAH10', 'SARAH10'],
    ['http://anywhere.test/?CODE=sarah-10#top', 'SARAH10'],
    ['  https://anywhere.test/?ref=SARAH10\r\n', 'SARAH10'],
    [']Q1https://example.shop/r/K7QMX4PDK\r', 'K7QMX4PDK'],
  ])('takes the code out of %s', (link, code) => {
    expectCandidates(link, [code], templates);
  });

  it.each([
    ['https://evil.example/r/K7QMX4PDK', `${WEB_LINK} It opens evil.example.`],
    ['https://example.shop/p/K7QMX4PDK', `${WEB_LINK} It opens example.shop.`],
    ['http://example.shop/r/K7QMX4PDK', `${WEB_LINK} It opens example.shop.`],
    ['https://shop.test/?ref=', `${WEB_LINK} It opens shop.test.`],
    [`https://${'a'.repeat(80)}.test/x`, WEB_LINK],
  ])('refuses a link that carries no code of ours: %s', (link, message) => {
    expect(parseCodeInput(link, { linkTemplates: templates })).toEqual({ ok: false, error: 'foreign_link', message });
  });
});

describe('refusing what cannot be a referral code', () => {
  const refusals: Array<[string, string, CodeInputError, string]> = [
    ['nothing', '', 'empty', 'Scan or type a referral code.'],
    ['only a scanner Enter', '\r\n', 'empty', 'Scan or type a referral code.'],
    ['only dashes', '- –', 'empty', 'Scan or type a referral code.'],
    ['a huge paste', 'A'.repeat(2_001), 'too_long', 'That is 2001 characters long; a referral code is at most 500 characters.'],
    ['501 letters', 'A'.repeat(501), 'too_long', 'That code is too long: 501 characters; a referral code is at most 500.'],
    ['a NUL byte', 'K7QM\u0000X4PDK', 'binary', UNREADABLE],
    ['an escape sequence', '\u001b[A', 'binary', UNREADABLE],
    ['replacement characters', 'K7\uFFFD\uFFFD', 'binary', UNREADABLE],
    ['a lone surrogate', '\uD800K7QM', 'binary', UNREADABLE],
    ['a C1 control', 'ABC\u0085', 'binary', UNREADABLE],
    ['a NUL inside a link', 'https://shop.test/?ref=%00ABC', 'binary', UNREADABLE],
    ['a hash', 'SARAH#10', 'invalid_characters', 'A referral code can only contain letters, digits and dashes; found “#”.'],
    ['dots', 'K7QM.X4PD.K', 'invalid_characters', 'A referral code can only contain letters, digits and dashes; found “.”.'],
    ['an umlaut', 'könig', 'invalid_characters', 'A referral code can only contain letters, digits and dashes; found “Ö”.'],
    ['an emoji', 'SARAH😀', 'invalid_characters', 'A referral code can only contain letters, digits and dashes; found “😀”.'],
    ['a private-use character', '\uE000ABC', 'invalid_characters', 'A referral code can only contain letters, digits and dashes; found an invisible character (U+E000).'],
    ['another kind of link', 'mailto:a@b.test', 'invalid_characters', 'A referral code can only contain letters, digits and dashes; found “:”.'],
    ['a broken escape in a link', 'https://shop.test/?ref=AB%ZZ', 'invalid_characters', 'A referral code can only contain letters, digits and dashes; found “%”.'],
    ['two letters', 'ab', 'too_short', '“AB” is too short: a referral code has at least 3 letters or digits.'],
  ];

  it.each(refusals)('refuses %s', (_, raw, error, message) => {
    expect(parseCodeInput(raw)).toEqual({ ok: false, error, message });
  });
});

describe('robustness on every scan', () => {
  const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
  const codeLikePiece = fc.constantFrom(
    ...CODE_ALPHABET, 'O', 'I', 'L', 'U', 'S', 'o', '-', '–', ' ', '\u200B', '\u00A0', ']Q1', '\r\n', '\t',
    'https://', 'shop.test/', '?ref=', '&', '%', '%2', 'Ｋ', '\u0000', '\uD800', '😀', 'ß',
  );
  // Short and long (size 'max' reaches past the 2,000-character cut-off) inputs alike.
  const anyText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'binary', maxLength: 2_100, size: 'max' }),
    fc.string({ unit: utf16Unit, maxLength: 600, size: 'medium' }),
    fc.uint8Array({ maxLength: 2_100, size: 'max' }).map((bytes) => new TextDecoder('latin1').decode(bytes)),
    fc.array(codeLikePiece, { maxLength: 60, size: 'medium' }).map((pieces) => pieces.join('')),
  );

  it('never throws, and answers with 1–2 distinct canonical candidates or a non-empty message (10,000 cases)', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const result = parseCodeInput(raw, { linkTemplates: ['https://shop.test/r/{code}'] });
        if (result.ok) {
          expect(result.candidates.length).toBeGreaterThanOrEqual(1);
          expect(result.candidates.length).toBeLessThanOrEqual(2);
          expect(new Set(result.candidates).size).toBe(result.candidates.length);
          for (const candidate of result.candidates) expect(candidate).toMatch(/^[A-Z0-9]{3,500}$/);
        } else {
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    ['a 2,000-character run of colons after a scheme', `https://${':1'.repeat(996)}`],
    ['a 2,000-character query of empty pairs', `https://shop.test/?${'&='.repeat(990)}`],
    ['2,000 slashes', `https://shop.test${'/'.repeat(1_980)}`],
    ['2,000 dashes', '-'.repeat(2_000)],
    ['2,000 letters', 'K'.repeat(2_000)],
    ['10 million characters', 'K'.repeat(10_000_000)],
  ])('stays fast on %s', (_, raw) => {
    const started = performance.now();
    for (let i = 0; i < 100; i++) parseCodeInput(raw, { linkTemplates: ['https://shop.test/r/{code}'] });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
