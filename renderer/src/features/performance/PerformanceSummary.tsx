import { describeReward } from '../../../../shared/domain/discount';
import type { PerformanceReport } from '../../../../shared/domain/performance';
import type { Campaign } from '../../../../shared/domain/records';

function share(value: number | null): string {
  return value === null ? 'no referrers yet' : new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** The headline numbers of the article's "Review referral code performance". */
export function PerformanceSummary({ report }: { report: PerformanceReport }) {
  return (
    <section aria-label="Numbers" className="performance-numbers">
      <dl>
        <div>
          <dt>Referrers with a referral code</dt>
          <dd aria-label="Referrers with a referral code">
            {report.referrersWithCode} of {report.referrers} ({share(report.shareWithCode)})
          </dd>
        </div>
        <div>
          <dt>Leads from referral codes</dt>
          <dd aria-label="Leads from referral codes">{report.leadsFromCodes}</dd>
        </div>
        <div>
          <dt>Qualified leads</dt>
          <dd aria-label="Qualified leads">{report.qualifiedLeads}</dd>
        </div>
        <div>
          <dt>Redemptions</dt>
          <dd aria-label="Redemptions">{report.redemptions}</dd>
        </div>
      </dl>
      {report.withoutCode.length > 0 && (
        <div className="without-code">
          <h3>Referrers without a code ({report.referrers - report.referrersWithCode})</h3>
          <ul>
            {report.withoutCode.map((r) => (
              <li key={r.id}>
                {r.name} <a href={`#/diagnostics/referrer/${r.id}`} aria-label={`Why has ${r.name} no code?`}>Why?</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** "The Stripe coupon details for the campaign". */
export function CouponDetails({ campaign }: { campaign: Campaign }) {
  return (
    <section aria-label="Stripe coupon" className="coupon-details">
      <h3>Stripe coupon</h3>
      <dl>
        <dt>Coupon</dt>
        <dd>{campaign.stripeCouponId ? <code>{campaign.stripeCouponId}</code> : 'Not in Stripe yet'}</dd>
        <dt>Reward</dt>
        <dd>{describeReward(campaign.reward, campaign.currency)}</dd>
        <dt>Currency</dt>
        <dd>{campaign.currency}</dd>
      </dl>
    </section>
  );
}
