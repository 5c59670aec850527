import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { checkCode, type CodeCheck } from './check-code';

/**
 * The stored code behind the submitted text, kept live: a sale recorded here or a sync that
 * updates the code's counts re-judges it at once. undefined while the first lookup runs.
 */
export function useCodeCheck(text: string): CodeCheck | null | undefined {
  return useLiveQuery(async () => (text.trim() === '' ? null : checkCode(db, text, { linkTemplates: await linkTemplates() })), [text]);
}

/** Every campaign's referral link template: a scanned card's QR carries one with the code in it. */
async function linkTemplates(): Promise<string[]> {
  return (await db.campaigns.toArray()).flatMap((c) => (c.linkTemplate ? [c.linkTemplate] : []));
}
