import { describe, expect, it } from 'vitest';
import { OPEN_TILL } from '../../../shared/domain/permissions';
import { appendAudit, auditPage, auditRows } from '../../../renderer/src/db/repos/audit-repo';
import type { PosDb } from '../../../renderer/src/db/pos-db';
import { freshDb, NOW } from './store-fixture';

const ana = { kind: 'staff', id: 'mg-1', name: 'Ana Ruiz', role: 'manager' } as const;
const bo = { kind: 'staff', id: 'st-1', name: 'Bo Lind', role: 'staff' } as const;

/** Entries written out of time order, as several devices' sales would arrive. */
async function logOf(db: PosDb, count: number) {
  await db.transaction('rw', db.audit, async () => {
    for (let i = 0; i < count; i++) {
      const at = NOW + ((i * 7) % count) * 1_000;
      await appendAudit(db, { now: at, deviceId: 'device-1', online: i % 2 === 0, actor: i % 3 === 0 ? bo : ana }, i % 4 === 0 ? 'sale.paid_cash' : 'staff.signed_in', { n: i });
    }
  });
}

describe('the audit log', () => {
  it('reads newest first in pages, saying whether an older page follows', async () => {
    const db = freshDb();
    await logOf(db, 120);
    const first = await auditPage(db, { action: '', actor: '' }, 0, 50);
    const third = await auditPage(db, { action: '', actor: '' }, 2, 50);
    expect(first.entries).toHaveLength(50);
    expect(first.hasMore).toBe(true);
    expect(third.entries).toHaveLength(20);
    expect(third.hasMore).toBe(false);
    const times = [...first.entries, ...(await auditPage(db, { action: '', actor: '' }, 1, 50)).entries, ...third.entries].map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(times).size).toBe(120);
  });

  it('filters by part of the action and part of who did it, in any case', async () => {
    const db = freshDb();
    await logOf(db, 24);
    const { entries } = await auditPage(db, { action: 'SALE', actor: 'bo lind' }, 0);
    expect(entries.map((e) => e.details['n'])).toEqual([12, 0]);
    expect(entries.every((e) => e.actor === 'Bo Lind (st-1)' && e.action === 'sale.paid_cash')).toBe(true);
  });

  it('exports who, when, device, online and details as rows', async () => {
    const db = freshDb();
    await db.transaction('rw', db.audit, () => appendAudit(db, { now: NOW, deviceId: 'device-9', online: false, actor: OPEN_TILL }, 'settings.pay_later_cap', { cap: 500 }));
    expect(await auditRows(db, { action: '', actor: '' })).toEqual([[new Date(NOW).toISOString(), 'open till', 'device-9', false, 'settings.pay_later_cap', '{"cap":500}']]);
  });
});
