import { useLiveQuery } from 'dexie-react-hooks';
import type { Campaign } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { checkCode, type CodeCheck } from './check-code';

/**
 * The stored code behind the submitted text, kept live: a sale recorded here or a sync that
 * updates the code's counts re-judges it at once. undefined while the first lookup runs.
 */
export function useCodeCheck(text: string, campaigns: readonly Campaign[]): CodeCheck | null | undefined {
  const templates = linkTemplatesOf(campaigns).join('\n');
  return useLiveQuery(() => (text.trim() === '' ? null : checkCode(db, text, { linkTemplates: templates === '' ? [] : templates.split('\n') })), [text, templates]);
}

/** Every campaign's referral link template: a scanned card's QR carries one with the code in it. */
export function linkTemplatesOf(campaigns: readonly Campaign[]): string[] {
  return campaigns.flatMap((c) => (c.linkTemplate ? [c.linkTemplate] : []));
}
