import { expect } from 'vitest';

/** Controls, format characters (bidi overrides, zero-width), lone surrogates and U+FFFD: what garbles a message on screen. */
const GARBLING = /[\p{Cc}\p{Cf}\p{Cs}\uFFFD]/u;

/**
 * Messages a person can read: each a non-empty sentence, with no character that would garble it
 * on screen (a pasted right-to-left override would turn the rest of the line around).
 */
export function expectReadable(messages: readonly string[]): void {
  for (const message of messages) {
    expect(message.trim().length, `an empty message among ${JSON.stringify(messages)}`).toBeGreaterThan(5);
    expect(GARBLING.test(message), `an unreadable character in ${JSON.stringify(message)}`).toBe(false);
  }
}

const INVISIBLE_OR_SPACE = /[\p{Cf}\s]/gu;

/**
 * A stored name as the product keeps it: trimmed, one space between words, no control or invisible
 * character but the joiners scripts and emoji need, and every visible character that was typed.
 */
export function expectCleanName(stored: string, typed: string): void {
  expect(stored).toBe(stored.trim());
  expect(/\s{2}|[^\S ]/u.test(stored), `odd whitespace in ${JSON.stringify(stored)}`).toBe(false);
  expect(/[\p{Cc}\p{Cs}\uFFFD]|(?![\u200C\u200D])\p{Cf}/u.test(stored), `an invisible character in ${JSON.stringify(stored)}`).toBe(false);
  expect(stored.replace(INVISIBLE_OR_SPACE, '')).toBe(typed.replace(INVISIBLE_OR_SPACE, ''));
  expect(stored.replace(INVISIBLE_OR_SPACE, '').length).toBeGreaterThan(0);
}
