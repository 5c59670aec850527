import type { ReactNode } from 'react';
import { displayCode } from '../../../../shared/domain/code-format';
import { describeReward } from '../../../../shared/domain/discount';
import { formatMoney } from '../../../../shared/domain/money';
import type { Campaign } from '../../../../shared/domain/records';
import { describeCodeState, describeRejection, type Verdict } from '../../../../shared/domain/rules';
import type { CodeMatch } from '../../db/repos/code-lookup';
import type { CodeCheck } from './check-code';

interface Props {
  check: CodeCheck | null | undefined;
  verdict: Verdict | undefined;
  campaign: Campaign | undefined;
  /** how a screen offers the codes a typo'd code was probably meant to be */
  renderTypo: (suggestions: CodeMatch[]) => ReactNode;
  /** shown before any code was checked */
  prompt?: string;
}

/** One glance: valid or not and why, who referred, the offer and this order's discount. */
export function VerdictPanel({ check, verdict, campaign, renderTypo, prompt = 'Scan or type a referral code.' }: Props) {
  return (
    <section className="verdict" role="status" aria-live="polite" aria-label="Verdict">
      {check && campaign ? <CheckResult check={check} verdict={verdict} campaign={campaign} renderTypo={renderTypo} /> : <p className="muted">{prompt}</p>}
    </section>
  );
}

function CheckResult({ check, verdict, campaign, renderTypo }: { check: CodeCheck; verdict: Verdict | undefined; campaign: Campaign; renderTypo: Props['renderTypo'] }) {
  switch (check.kind) {
    case 'input_error':
      return <Rejected title="Not a referral code" reasons={[check.message]} />;
    case 'unknown':
      return <Rejected title="Not valid" reasons={['Unknown referral code.']} />;
    case 'typo':
      return renderTypo(check.suggestions);
    case 'found':
      return verdict ? <FoundCode match={check.match} verdict={verdict} campaign={campaign} /> : null;
  }
}

function FoundCode({ match, verdict, campaign }: { match: CodeMatch; verdict: Verdict; campaign: Campaign }) {
  const { code, referrer } = match;
  const who = referrer ? `Referred by ${referrer.name}` : 'Referrer unknown';
  const state = describeCodeState(code, campaign.currency, Date.now());
  if (!verdict.accepted) {
    return <Rejected title="Not valid" subtitle={`${displayCode(code.code, code.kind)} · ${who}`} reasons={verdict.reasons.map((r) => describeRejection(r))} />;
  }
  return (
    <div className="verdict-ok">
      <h2>✓ Valid</h2>
      <p className="referrer">{who}</p>
      <p>
        <span className="code-display">{displayCode(code.code, code.kind)}</span> · {describeReward(campaign.reward, campaign.currency)}
      </p>
      {verdict.discount !== null && <p className="discount">Discount on this order: {formatMoney(verdict.discount, campaign.currency)}</p>}
      <p className="code-state">{state.join(' · ')}</p>
      {verdict.pending.includes('order_amount') && <p className="muted">Enter the order amount to apply the discount{code.rules.minimumOrder !== null ? ' and check the minimum order' : ''}.</p>}
      {verdict.pending.includes('customer') && <p className="muted">First orders only: enter the customer's email or phone to check.</p>}
    </div>
  );
}

function Rejected({ title, subtitle, reasons }: { title: string; subtitle?: string; reasons: string[] }) {
  return (
    <div className="verdict-bad">
      <h2>✗ {title}</h2>
      {subtitle && <p className="referrer">{subtitle}</p>}
      <ul aria-label="Reasons">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
