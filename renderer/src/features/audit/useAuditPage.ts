import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { auditPage, type AuditFilter } from '../../db/repos/audit-repo';

/** One page of the audit log, newest first, kept live as entries are added. */
export function useAuditPage(filter: AuditFilter, page: number): { entries: AuditEntry[]; hasMore: boolean } | undefined {
  return useLiveQuery(() => auditPage(db, filter, page), [filter.action, filter.actor, page]);
}
