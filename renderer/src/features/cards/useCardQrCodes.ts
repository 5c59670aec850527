import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import type { ReferralCard } from '../../../../shared/domain/referral-card';

const CHUNK = 100;

export interface QrProgress {
  svgs: (string | null)[];
  done: number;
  total: number;
}

/**
 * Each card's QR code as SVG, made a chunk at a time with a pause for the page between chunks, so
 * that a run of thousands shows its progress and never freezes the screen.
 */
export function useCardQrCodes(cards: ReferralCard[] | null): QrProgress {
  const [progress, setProgress] = useState<QrProgress>({ svgs: [], done: 0, total: 0 });
  useEffect(() => {
    if (!cards) return;
    let stopped = false;
    const svgs: (string | null)[] = new Array<string | null>(cards.length).fill(null);
    setProgress({ svgs, done: 0, total: cards.length });
    void (async () => {
      for (let start = 0; start < cards.length && !stopped; start += CHUNK) {
        const chunk = cards.slice(start, start + CHUNK);
        // error correction M and a 2-module quiet zone (the card's white padding adds more) keep the code small enough for a business card
        const made = await Promise.all(chunk.map((card) => QRCode.toString(card.qrText, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })));
        made.forEach((svg, i) => (svgs[start + i] = svg));
        if (stopped) return;
        setProgress({ svgs: [...svgs], done: Math.min(cards.length, start + CHUNK), total: cards.length });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [cards]);
  return progress;
}
