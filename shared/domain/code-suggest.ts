import { CODE_ALPHABET, CODE_BODY_LENGTH } from './code-alphabet';
import { hasValidCheckCharacter } from './check-character';

/**
 * Canonical codes one typing slip away from a mistyped generated code, for "Did you mean …?".
 *
 * Returns every prefix + 9 symbols that is exactly one symbol substitution or one adjacent
 * transposition away from `bodyWithCheck` and has a valid check character; sorted, no duplicates.
 * The check character admits at most one substitute per position, so there are at most 9 + 8.
 * Since single substitutions and adjacent swaps never keep a check valid, the code the cashier
 * meant is always among them when they made one such slip.
 * @throws RangeError when `bodyWithCheck` is not 9 characters long (a programmer error)
 */
export function typoCandidates(shape: { prefix: string; bodyWithCheck: string }): string[] {
  const { prefix, bodyWithCheck } = shape;
  if (bodyWithCheck.length !== CODE_BODY_LENGTH + 1) {
    throw new RangeError(`A generated code has ${CODE_BODY_LENGTH + 1} symbols, got ${bodyWithCheck.length}`);
  }
  const found = new Set<string>();
  for (const variant of [...substitutions(bodyWithCheck), ...adjacentSwaps(bodyWithCheck)]) {
    if (hasValidCheckCharacter(variant)) found.add(prefix + variant);
  }
  return [...found].sort();
}

function substitutions(text: string): string[] {
  const variants: string[] = [];
  for (let position = 0; position < text.length; position++) {
    for (const symbol of CODE_ALPHABET) {
      if (symbol !== text[position]) variants.push(replaceAt(text, position, symbol));
    }
  }
  return variants;
}

function adjacentSwaps(text: string): string[] {
  const variants: string[] = [];
  for (let position = 0; position + 1 < text.length; position++) {
    const left = text.charAt(position);
    const right = text.charAt(position + 1);
    if (left !== right) variants.push(replaceAt(replaceAt(text, position, right), position + 1, left));
  }
  return variants;
}

function replaceAt(text: string, position: number, symbol: string): string {
  return text.slice(0, position) + symbol + text.slice(position + 1);
}
