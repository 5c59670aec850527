import { CODE_ALPHABET, CODE_BODY_LENGTH, LOOKALIKE_FOLDS, MAX_CODE_LENGTH } from './code-alphabet';
import { hasValidCheckCharacter } from './check-character';
import { normalizeCodeText, quoteCharacter } from './code-format';
import { codeFromLink, parseLink } from './referral-link';

/** Why typed, pasted or scanned text cannot be a referral code. */
export type CodeInputError = 'empty' | 'too_long' | 'binary' | 'foreign_link' | 'invalid_characters' | 'too_short';

/** Lookup candidates for the text, best first, or a cashier-readable reason why it is no code. */
export type CodeInput =
  | { ok: true; candidates: string[]; generated: GeneratedShape | null }
  | { ok: false; error: CodeInputError; message: string };

/** The text read as a generated code: exact prefix + the last 9 symbols, look-alikes folded. */
export interface GeneratedShape {
  prefix: string;
  bodyWithCheck: string;
  checkValid: boolean;
}

export interface CodeInputOptions {
  /** link templates like 'https://example.shop/r/{code}' whose {code} part carries a code */
  linkTemplates?: readonly string[];
}

/** Bounds the work done per scan: anything longer is no code, whatever it contains. */
const MAX_RAW_LENGTH = 2_000;
const MIN_CODE_LENGTH = 3;
const GENERATED_TAIL_LENGTH = CODE_BODY_LENGTH + 1;
/** AIM symbology identifier that scanners may send first: `]Q1` (QR), `]C0` (Code 128), `]E0`, `]d2`. */
const AIM_IDENTIFIER = /^\][A-Za-z][0-9]/;
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** Controls other than tab/CR/LF/VT/FF (those are trimmed as whitespace), U+FFFD, lone surrogates. */
const UNREADABLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]|\p{Cs}/u;
const FIRST_FOREIGN = /[^A-Z0-9]/u;
const UNREADABLE_MESSAGE =
  "That doesn't look like a referral code: it contains unreadable characters (was it pasted from a file?)";

/**
 * Reads whatever the cashier typed or pasted, or a scanner sent, as referral code candidates.
 * Scanner artefacts, separators, invisible characters and full-width forms are removed; links to our
 * shop give up their code. The exact text is always the first candidate (vanity codes are never
 * folded); a generated code typed with look-alikes (O for 0 …) follows when its check character holds.
 * Runs in time linear in the input and never throws.
 */
export function parseCodeInput(raw: string, options: CodeInputOptions = {}): CodeInput {
  if (raw.length > MAX_RAW_LENGTH) {
    return failure('too_long', `That is ${raw.length} characters long; a referral code is at most ${MAX_CODE_LENGTH} characters.`);
  }
  let text = stripScannerArtefacts(raw.normalize('NFKC').replace(FORMAT_CHARACTERS, ''));
  if (UNREADABLE.test(text)) return failure('binary', UNREADABLE_MESSAGE);
  const link = parseLink(text);
  if (link !== null) {
    const code = codeFromLink(link, options.linkTemplates ?? []);
    if (code === null) return failure('foreign_link', foreignLinkMessage(link.host));
    if (UNREADABLE.test(code)) return failure('binary', UNREADABLE_MESSAGE);
    text = code;
  }
  return checkCode(normalizeCodeText(text));
}

function failure(error: CodeInputError, message: string): CodeInput {
  return { ok: false, error, message };
}

function stripScannerArtefacts(text: string): string {
  return text.trim().replace(AIM_IDENTIFIER, '').trim();
}

function checkCode(code: string): CodeInput {
  if (code === '') return failure('empty', 'Scan or type a referral code.');
  const foreign = FIRST_FOREIGN.exec(code);
  if (foreign) {
    return failure(
      'invalid_characters',
      `A referral code can only contain letters, digits and dashes; found ${quoteCharacter(code, foreign.index)}.`,
    );
  }
  if (code.length > MAX_CODE_LENGTH) {
    return failure('too_long', `That code is too long: ${code.length} characters; a referral code is at most ${MAX_CODE_LENGTH}.`);
  }
  if (code.length < MIN_CODE_LENGTH) {
    return failure('too_short', `“${code}” is too short: a referral code has at least ${MIN_CODE_LENGTH} letters or digits.`);
  }
  const generated = generatedShape(code);
  const candidates = [code];
  const folded = generated === null ? code : generated.prefix + generated.bodyWithCheck;
  if (generated?.checkValid && folded !== code) candidates.push(folded);
  return { ok: true, candidates, generated };
}

/** The prefix stays exact (it may hold any letter); only the generated tail can carry look-alikes. */
function generatedShape(code: string): GeneratedShape | null {
  if (code.length < GENERATED_TAIL_LENGTH) return null;
  const split = code.length - GENERATED_TAIL_LENGTH;
  let tail = '';
  for (const typed of code.slice(split)) {
    const symbol = LOOKALIKE_FOLDS[typed] ?? typed;
    if (!CODE_ALPHABET.includes(symbol)) return null;
    tail += symbol;
  }
  return { prefix: code.slice(0, split), bodyWithCheck: tail, checkValid: hasValidCheckCharacter(tail) };
}

/** Names at most the host, never the whole link: links can be long and carry personal data. */
function foreignLinkMessage(host: string): string {
  const message = 'This QR code is a web link, not a referral code.';
  return /^[a-z0-9.-]{1,63}$/.test(host) ? `${message} It opens ${host}.` : message;
}
