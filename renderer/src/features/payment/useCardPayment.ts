import { useCallback, useRef, useState } from 'react';
import { db } from '../../db/db';
import { getPosApi } from '../../platform/api';
import { takeCardPayment } from '../../payments/card-sale';
import type { CardReader } from '../../terminal/card-reader';
import { messageOf, tillContext } from './till-context';

export type CardAttempt =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'failed'; message: string; retryable: boolean }
  | { phase: 'unconfirmed'; message: string };

export interface CardPaymentControl {
  attempt: CardAttempt;
  start(): void;
  cancel(): void;
}

/**
 * One sale's card attempts on the counter's reader. A paid attempt needs no state here: the sale
 * turns paid in the store and the panel shows it.
 */
export function useCardPayment(redemptionId: string, reader: CardReader | null): CardPaymentControl {
  const [attempt, setAttempt] = useState<CardAttempt>({ phase: 'idle' });
  const cancelRef = useRef<AbortController | null>(null);
  const start = useCallback(() => {
    if (!reader) return;
    setAttempt({ phase: 'running' });
    const controller = new AbortController();
    cancelRef.current = controller;
    takeCardPayment({ db, api: getPosApi(), reader, till: tillContext, signal: controller.signal }, redemptionId).then(
      (outcome) => setAttempt(outcome.outcome === 'paid' ? { phase: 'idle' } : outcome.outcome === 'failed' ? { phase: 'failed', message: outcome.message, retryable: outcome.retryable } : { phase: 'unconfirmed', message: outcome.message }),
      (error: unknown) => setAttempt({ phase: 'failed', message: messageOf(error), retryable: true }),
    );
  }, [reader, redemptionId]);
  const cancel = useCallback(() => {
    cancelRef.current?.abort();
    void reader?.cancel();
  }, [reader]);
  return { attempt, start, cancel };
}
