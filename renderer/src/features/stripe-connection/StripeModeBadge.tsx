import { modeLabelOf, useStripeStatus } from './stripe-status-store';

/** The header's mode badge: sandbox, or test/live mode with the connected account's name; `fallback` until main answered (or if it failed). */
export function StripeModeBadge({ fallback }: { fallback: string }) {
  const stripe = useStripeStatus((s) => s.stripe);
  const text = stripe ? [modeLabelOf(stripe), stripe.account?.name].filter(Boolean).join(' · ') : fallback;
  return (
    <span className={`mode mode-${stripe?.mode ?? 'unknown'}`} aria-label="Mode">
      {text}
    </span>
  );
}
