import fc from 'fast-check';
import { displayCode } from '../../../shared/domain/code-format';

/*
 * What people, USB scanners and pastes put into a field: the arbitraries shared by the code field,
 * phone and kiosk fuzz tests. Every one mixes realistic input with junk, so that a run covers both
 * correct results and refusals.
 */

const CONTROLS = ['\u0000', '\u0001', '\u0007', '\b', '\u001b', '\u007f', '\u0085', '\u009b', '\r', '\n', '\t', '\v', '\f'];
/** Bidi marks, embeddings, overrides and isolates; Arabic and Hebrew letters and digits. */
const RTL = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', 'ש', 'ל', 'م', 'ح', '٣', '۴'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u00A0', '\u3000', '\u180E'];
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧', '🇺🇸', '❤️', '\uD83D', '\uDE00', '\uFFFD', '\uFFFF', '\uE000'];
const PASTED = [
  '<b>K7QM</b>',
  '{"code":"K7QM-X4PD-K"}',
  "'; DROP TABLE codes; --",
  '=HYPERLINK("http://evil.test")',
  '%00',
  '%ZZ',
  'javascript:alert(1)',
  'https://evil.test/r/K7QMX4PDK',
  'https://shop.test/?ref=',
  'mailto:a@b.test',
  'Name,Email,Phone\r\nDana,dana@example.com,+1 555',
  'JVBERi0xLjQKJcOkw7zDtsOf',
  '\uFEFF\uFEFF',
  '${jndi:ldap://x}',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e308',
  '0x1F',
  '\\u0000',
];
const PLAIN_PIECES = ['A', 'k', '7', 'Q', 'O', 'I', 'l', 'S', 'u', '0', '1', '5', '-', '–', ' ', '.', ',', '@', '+', '(', ')', '$', '#', '%', '&', '=', '?', '/', ':', 'é', 'ß', 'Ｋ', '１', '＠'];

/** One piece of a typed, pasted or scanned string. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAIN_PIECES) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 2, arbitrary: fc.constantFrom(...RTL) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...PASTED) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** A lone UTF-16 unit: any BMP character, lone surrogates and noncharacters included. */
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/**
 * Anything at all: full Unicode, lone surrogates, control characters, RTL marks, emoji, NUL,
 * pasted snippets and very long text (past every field's cut-off).
 */
export const junk: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: utf16Unit, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 500, maxLength: 2_500 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('K', '9', ' ', '\u0000', '😀', '-'), fc.integer({ min: 500, max: 100_000 })).map(([c, n]) => c.repeat(n)) },
);

/** How a scanner or a paste wraps a value: AIM identifier, CR LF, Tab, a doubled burst, stray spaces. */
export function scannerBurst(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(value, fc.constantFrom('', ']Q1', ']C0', ']E0', ' ', '\t'), fc.constantFrom('', '\r', '\n', '\r\n', '\t', '\r\n\r\n', '\t\r')).chain(([v, before, after]) =>
    fc.constantFrom(before + v + after, `${v}\r${v}\r`, `${v}\t${v}`, `\u0000${v}`, `${v}\u0000`, `\u202E${v}\u202C`, `${v}${v}`),
  );
}

/** Slips of the hand or the ear on a value: one character replaced, dropped, doubled or swapped, or junk inserted. */
export function mangled(value: string): fc.Arbitrary<string> {
  const chars = [...value];
  const at = fc.nat({ max: Math.max(0, chars.length - 1) });
  return fc.oneof(
    fc.tuple(at, fc.constantFrom(...PLAIN_PIECES, ...INVISIBLE, ...CONTROLS, ...RTL)).map(([i, c]) => [...chars.slice(0, i), c, ...chars.slice(i + 1)].join('')),
    at.map((i) => [...chars.slice(0, i), ...chars.slice(i + 1)].join('')),
    at.map((i) => [...chars.slice(0, i + 1), ...chars.slice(i)].join('')),
    at.map((i) => {
      const swapped = [...chars];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1] ?? '', swapped[i] ?? ''];
      return swapped.join('');
    }),
    fc.tuple(at, piece).map(([i, p]) => [...chars.slice(0, i), p, ...chars.slice(i)].join('')),
  );
}

const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A stored code as a cashier, a caller or a customer may enter it: printed, lower case, look-alikes, spaced, full width, in a link. */
export function codeSpelling(code: string, kind: 'generated' | 'vanity', linkTemplate: string | null): fc.Arbitrary<string> {
  const shown = displayCode(code, kind);
  const spellings = [
    shown,
    code,
    shown.toLowerCase(),
    shown.replaceAll('-', ' '),
    shown.replace(/0/g, 'O').replace(/1/g, 'I'),
    fullWidth(shown),
    [...code].join('\u200B'),
    `\u00A0${shown}\u3000`,
    ...(linkTemplate ? [linkTemplate.replace('{code}', shown)] : []),
  ];
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...spellings) }, { weight: 2, arbitrary: fc.constantFrom(...spellings).chain(mangled) });
}

/** Phone numbers as typed or pasted: separators, country codes, full-width digits, extensions, bidi marks from a phone's contacts. */
export const phoneText: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^\+?[0-9]{5,17}$/),
  fc.tuple(fc.constantFrom('+1 ', '+44 ', '0', '', '＋４９ ', '(+33) '), fc.stringMatching(/^[0-9]{3}$/), fc.constantFrom(' ', '-', '.', '–', '', ') '), fc.stringMatching(/^[0-9]{3,4}$/), fc.constantFrom(' ', '-', '', ' ext 12', 'x5')).map((p) => p.join('')),
  fc.stringMatching(/^[0-9]{7,12}$/).map((d) => `\u202A+${d}\u202C`),
  fc.stringMatching(/^[0-9]{7,12}$/).map((d) => `\u200E${d}`),
  fc.stringMatching(/^[0-9]{7,12}$/).chain(mangled),
  junk,
);

/** Email addresses: valid ones in any case and spacing, then broken, padded and junk ones. */
export const emailText: fc.Arbitrary<string> = fc.oneof(
  fc.emailAddress(),
  fc.emailAddress().map((e) => ` ${e.toUpperCase()}\t`),
  fc.emailAddress().map((e) => fullWidth(e)),
  fc.emailAddress().chain(mangled),
  fc.emailAddress().map((e) => e.replace('@', '\u200B@')),
  fc.emailAddress().map((e) => `\u202E${e}`),
  fc.constantFrom('dana@', '@example.com', 'dana@@example.com', 'dana@example', 'dana@example.', 'da na@example.com', 'dana@exa\u0000mple.com', `${'a'.repeat(600)}@example.com`),
  junk,
);

/** People's names: ordinary, accented, right-to-left, CJK, with emoji; then blank, invisible, control-laden and huge ones. */
export const nameText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Dana Whitfield', 'José Ñúñez', 'محمد علي', 'דנה כהן', '李小龙', 'Zoë O’Brien-Smith', 'Kim 👍🏽', 'Ana\u200DMaria', 'Mehdi\u200Cpour', '  Jo  '),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom('', '   ', '\u200B', '\u200F\u200E', '\u0000', 'Da\u0000na', 'Dana\u001b[31m', '\uFEFF', '\uD800', 'Dana\uFFFD', 'Dana\r\nSmith', 'x'.repeat(201)),
  junk,
);

/** Order amounts: plain, with currency marks and grouping, then malformed and junk ones. */
export const amountText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 200_000 }).map((cents) => (cents / 100).toFixed(2)),
  fc.integer({ min: 1, max: 99_999 }).map((n) => `$${n.toLocaleString('en-US')}`),
  fc.constantFrom('45', ' 20 ', 'USD 12.50', '12,50', '1,2345', '-5', '0', '0.001', '１２', '99999999999', '4 5', '4e3', '.5', '5.', '$', 'NaN', 'Infinity'),
  junk,
);

/**
 * Runs `work` and fails when one case takes longer than `budgetMs`: these functions answer in
 * microseconds, so only a hang or a super-linear path on some input comes near the budget.
 * Synchronous code cannot be interrupted, hence a check per case; async properties use fc.timeout.
 * fc.interruptAfterTimeLimit is not used: it passes a run cut short, which would hide a slow input.
 */
export function quickly<T>(work: () => T, budgetMs = 1_000): T {
  const started = performance.now();
  const result = work();
  const took = performance.now() - started;
  if (took > budgetMs) throw new Error(`One input took ${Math.round(took)} ms: a hang or a super-linear path`);
  return result;
}
