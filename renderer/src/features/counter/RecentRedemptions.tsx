import { useLiveQuery } from 'dexie-react-hooks';
import { displayCode } from '../../../../shared/domain/code-format';
import { formatMoney } from '../../../../shared/domain/money';
import type { RedemptionStatus } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { useCounterStore } from './counter-store';

const STATUS_TEXT: Record<RedemptionStatus, string> = {
  awaiting_payment: 'Awaiting payment',
  paid: 'Paid',
  partially_refunded: 'Partly refunded',
  refunded: 'Refunded',
  voided: 'Voided',
};

/** The last sales recorded on this device, read back from the store (so they survive a reload). */
export function RecentRedemptions() {
  const openSale = useCounterStore((s) => s.openSale);
  const rows = useLiveQuery(async () => {
    const redemptions = await db.redemptions.orderBy('id').reverse().limit(10).toArray();
    const leads = await db.leads.bulkGet(redemptions.map((r) => r.leadId));
    const codes = await db.codes.bulkGet(redemptions.map((r) => r.code));
    return redemptions.map((r, i) => ({ r, lead: leads[i], kind: codes[i]?.kind ?? 'vanity' }));
  });
  if (!rows || rows.length === 0) return null;
  return (
    <section aria-label="Recent redemptions">
      <h2>Recent redemptions</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Code</th>
            <th scope="col">Order</th>
            <th scope="col">Discount</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ r, lead, kind }) => (
            <tr key={r.id}>
              <th scope="row">{lead?.name ?? '—'}</th>
              <td>{displayCode(r.code, kind)}</td>
              <td>{formatMoney(r.orderAmount, r.currency)}</td>
              <td>{formatMoney(r.discountAmount, r.currency)}</td>
              <td>{STATUS_TEXT[r.status]}</td>
              <td>
                <button type="button" className="link" aria-label={`Open the sale to ${lead?.name ?? 'the customer'}`} onClick={() => openSale(r.id)}>
                  Open
                </button>
                {lead && lead.status !== 'qualified' && (
                  <>
                    {' '}
                    <a href={`#/diagnostics/lead/${lead.id}`} aria-label={`Why is ${lead.name} not qualified?`}>
                      Why?
                    </a>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
