import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addKey, MAX_KEY_GAP_MS, scannedText, type BurstState } from '../../../renderer/src/features/counter/scan-burst';

/** Feeds keys at the given times, then Enter at `enterAt`; returns what the detector calls a scan. */
function feed(keys: [string, number][], enterAt: number): string | null {
  let burst: BurstState | null = null;
  for (const [key, at] of keys) burst = addKey(burst, key, at);
  return scannedText(burst, enterAt);
}

const evenly = (text: string, start: number, gap: number): [string, number][] => [...text].map((k, i) => [k, start + i * gap]);

describe('telling a barcode scan from typing', () => {
  it('takes a fast burst ending in Enter as a scan', () => {
    expect(feed(evenly('K7QMX4PDK', 0, 4), 40)).toBe('K7QMX4PDK');
  });

  it('still takes a scan whose keys were delayed now and then by a busy machine', () => {
    const keys = evenly('K7QMX4PDK', 0, 5);
    keys[4]![1] += 60;
    for (let i = 5; i < keys.length; i++) keys[i]![1] += 60;
    expect(feed(keys, keys.at(-1)![1] + 5)).toBe('K7QMX4PDK');
  });

  it('does not count what a person typed before the scan as part of it', () => {
    const keys = [...evenly('Jo', 0, 150), ...evenly('MARCO10', 450, 3)];
    expect(feed(keys, 475)).toBe('MARCO10');
  });

  it('leaves a person typing at a normal pace alone', () => {
    expect(feed(evenly('MARCO10', 0, 70), 7 * 70)).toBeNull();
  });

  it('leaves a short fast burst alone: three keys and Enter is typing', () => {
    expect(feed(evenly('ABC', 0, 2), 6)).toBeNull();
  });

  it('does not take a burst as a scan when Enter came after a pause', () => {
    expect(feed(evenly('MARCO10', 0, 3), 18 + MAX_KEY_GAP_MS + 1)).toBeNull();
  });

  it('never calls anyone typing slower than 40 ms a key a scanner', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 40, max: 400 }), { minLength: 1, maxLength: 30 }), (gaps) => {
        let at = 0;
        const keys: [string, number][] = gaps.map((gap) => ['A', (at += gap)]);
        return feed(keys, at + 40) === null;
      }),
    );
  });
});
