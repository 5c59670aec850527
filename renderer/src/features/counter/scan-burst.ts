/**
 * Tells a USB scanner acting as a keyboard from a person typing. A scanner sends a whole code in a
 * burst (a few ms per key, jitter from USB and a busy machine included) and ends it with Enter;
 * people type slower and rarely keep a fast pace for several keys in a row.
 */

/** A longer pause ends a burst: what follows is a new one. */
export const MAX_KEY_GAP_MS = 80;
/** A burst is a scan only if its keys came this fast on average. */
export const MAX_AVERAGE_GAP_MS = 35;
/** Fewer characters than this ending in Enter is typing, however fast. */
export const MIN_SCAN_LENGTH = 4;

export interface BurstState {
  text: string;
  firstAt: number;
  lastAt: number;
}

/** The burst after one printable key arrived at `at` (ms). */
export function addKey(burst: BurstState | null, key: string, at: number): BurstState {
  if (!burst || at - burst.lastAt > MAX_KEY_GAP_MS) return { text: key, firstAt: at, lastAt: at };
  return { text: burst.text + key, firstAt: burst.firstAt, lastAt: at };
}

/** When Enter arrives at `at`: the scanned text, or null when this was a person typing. */
export function scannedText(burst: BurstState | null, at: number): string | null {
  if (!burst || burst.text.length < MIN_SCAN_LENGTH || at - burst.lastAt > MAX_KEY_GAP_MS) return null;
  const averageGap = (at - burst.firstAt) / burst.text.length;
  return averageGap <= MAX_AVERAGE_GAP_MS ? burst.text : null;
}
