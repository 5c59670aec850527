import { describe, expect, it } from 'vitest';
import { newOutboxEntry } from '../../../shared/sync/outbox-entry';
import { markDone, recordConflict } from '../../../renderer/src/sync/outbox';
import { freshDb, NOW } from '../db/store-fixture';

const failure = { at: NOW, kind: 'conflict' as const, code: 'stripe_refused', message: 'This promotion code cannot be redeemed because it is inactive.', stripe: null };

describe('settling an outbox entry', () => {
  it('applies what Stripe answered once, even if the entry is settled twice', async () => {
    const db = freshDb();
    const entry = newOutboxEntry('e1', 'sale.record', 's1', [], NOW);
    await db.outbox.add(entry);
    let applied = 0;
    await Promise.all([markDone(db, entry, NOW, async () => void applied++), markDone(db, entry, NOW, async () => void applied++)]);
    expect(applied).toBe(1);
    expect((await db.outbox.get('e1'))!.state).toBe('done');
  });

  it('records one conflict for one refusal, however often it is reported', async () => {
    const db = freshDb();
    const entry = newOutboxEntry('e2', 'sale.record', 's2', [], NOW);
    await db.outbox.add(entry);
    await recordConflict(db, entry, 's2', failure, ['void']);
    await recordConflict(db, entry, 's2', failure, ['void']);
    expect(await db.conflicts.count()).toBe(1);
    expect((await db.outbox.get('e2'))!.state).toBe('conflict');
  });
});
