/**
 * Text people type or paste into a field, before a field's own rules read it: what copy and paste
 * bring along unseen, and what no keyboard types. Pure.
 */

/**
 * Format characters that travel with copied text unseen: bidi marks and embeddings (a phone's
 * contacts wrap numbers in U+202A … U+202C), zero-width spaces, the BOM, soft hyphens.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** The same, except the joiners that scripts and emoji need inside a name (U+200C, U+200D). */
const FORMAT_CHARACTERS_BUT_JOINERS = /(?![\u200C\u200D])\p{Cf}/gu;
/** Controls other than tab/CR/LF/VT/FF, U+FFFD and lone surrogates: a file pasted, not text typed. */
const UNREADABLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]|\p{Cs}/u;
const WHITESPACE_RUN = /\s+/gu;

/** The text without invisible format characters; `keepJoiners` for names ("Ana‍Maria", emoji families). */
export function withoutFormatCharacters(text: string, keepJoiners = false): string {
  return text.replace(keepJoiners ? FORMAT_CHARACTERS_BUT_JOINERS : FORMAT_CHARACTERS, '');
}

/** True when the text holds a control character, U+FFFD or a lone surrogate: nothing a person types. */
export function hasUnreadableCharacters(text: string): boolean {
  return UNREADABLE.test(text);
}

/** Tabs, line breaks and runs of spaces as one space: how a pasted spreadsheet cell is meant. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ');
}

/**
 * What was typed, quoted for a message: “…”, whitespace collapsed, shortened so that a huge paste
 * does not flood the screen. Callers quote only text without format or unreadable characters, which
 * would garble the message (a right-to-left override turns the rest of the line around).
 */
export function quoteTyped(text: string, maxCharacters = 40): string {
  const chars = [...collapseWhitespace(text)];
  return `“${chars.length > maxCharacters ? `${chars.slice(0, maxCharacters - 1).join('')}…` : chars.join('')}”`;
}
