import { checkAttempt, attemptsToKeep } from '../../../../shared/domain/attempt-limit';
import { kioskVerdict, notFound, type KioskVerdict } from '../../../../shared/domain/kiosk-verdict';
import { judgeRedemption } from '../../../../shared/domain/rules';
import { db } from '../../db/db';
import { getSetting, putSetting, SETTING } from '../../db/repos/settings-repo';
import { checkCode } from '../code-check/check-code';
import { linkTemplatesOf } from '../code-check/useCodeCheck';

export type KioskCheck = { kind: 'judged'; verdict: KioskVerdict; code: string | null } | { kind: 'locked'; retryAt: number } | { kind: 'input'; message: string };

/**
 * A customer's code, judged for the kiosk: the wrong-code limit first (kept in the store so that
 * a reload does not reset it), then the counter's lookup and rules, said in the kiosk's words.
 */
export async function checkKioskCode(text: string, campaignId: string, now: number): Promise<KioskCheck> {
  const wrongAt = (await getSetting<number[]>(db, SETTING.kioskWrongAttempts)) ?? [];
  const gate = checkAttempt(wrongAt, now);
  if (!gate.allowed) return { kind: 'locked', retryAt: gate.retryAt };
  const templates = linkTemplatesOf(await db.campaigns.toArray());
  const check = await checkCode(db, text, { linkTemplates: templates });
  if (check.kind === 'input_error') return { kind: 'input', message: check.message };
  const verdict = check.kind === 'found' ? await judge(check.match.code.code, campaignId, now) : notFound();
  if (!verdict.accepted && verdict.counts) await putSetting(db, SETTING.kioskWrongAttempts, [...attemptsToKeep(wrongAt, now), now]);
  return { kind: 'judged', verdict, code: verdict.accepted && check.kind === 'found' ? check.match.code.code : null };
}

async function judge(canonical: string, campaignId: string, now: number): Promise<KioskVerdict> {
  const code = await db.codes.get(canonical);
  const [codeCampaign, activeCampaign] = await db.campaigns.bulkGet([code?.campaignId ?? '', campaignId]);
  if (!code || !activeCampaign) return notFound();
  const referrer = await db.referrers.get(code.referrerId);
  const verdict = judgeRedemption({ code, codeCampaign, activeCampaign, orderAmount: null, customer: 'unknown', now });
  return kioskVerdict(verdict, code, codeCampaign ?? activeCampaign, referrer?.name ?? '');
}
