import { useLiveQuery } from 'dexie-react-hooks';
import { diagnoseCode, diagnoseLead, diagnoseReferrer, type CheckItem, type StripeConnection } from '../../../../shared/domain/diagnostics';
import { displayCode } from '../../../../shared/domain/code-format';
import { db } from '../../db/db';
import { loadCodeSnapshot, loadLeadSnapshot, loadReferrerSnapshot } from '../../db/repos/diagnostic-snapshots';
import { getSetting, SETTING } from '../../db/repos/settings-repo';
import type { DiagnosticSubject } from './diagnostic-subject';

export interface Diagnosis {
  /** what is being checked, e.g. "Lead Carl Cash (Pending: Sale recorded; waiting for payment.)" */
  title: string;
  question: string;
  status: string | null;
  items: CheckItem[];
}

/** The checklist for the subject, live: paying the sale or a sync run updates it. null: not on this device. */
export function useDiagnosis(subject: DiagnosticSubject, stripe: StripeConnection | 'loading'): Diagnosis | null | undefined {
  return useLiveQuery(async () => {
    if (stripe === 'loading') return undefined;
    if (subject.kind === 'lead') {
      const s = await loadLeadSnapshot(db, subject.id, stripe);
      if (!s) return null;
      const status = { pending: 'Pending', qualified: 'Qualified', disqualified: 'Disqualified' }[s.lead.status];
      return { title: `Lead ${s.lead.name}`, question: 'Why was this lead not qualified?', status: `${status}: ${s.lead.statusReason}`, items: diagnoseLead(s) };
    }
    if (subject.kind === 'code') {
      const activeId = await getSetting<string>(db, SETTING.activeCampaignId);
      const s = await loadCodeSnapshot(db, subject.id, activeId, stripe, Date.now());
      if (!s) return null;
      return { title: `Referral code ${displayCode(s.code.code, s.code.kind)}`, question: 'Why does this code not work?', status: null, items: diagnoseCode(s) };
    }
    const s = await loadReferrerSnapshot(db, subject.id, stripe);
    if (!s) return null;
    return { title: `Referrer ${s.referrer.name}`, question: 'Why has this referrer no code?', status: null, items: diagnoseReferrer(s) };
  }, [subject.kind, subject.id, stripe]);
}
