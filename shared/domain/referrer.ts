/**
 * Referrers as a manager adds, imports and finds them: their contact checks, the keys that make
 * two referrers of one campaign the same person, and what a search text may match.
 */
import { normalizeEmail, normalizePhone, validateLeadContact, type ContactError } from './contact';
import type { Referrer } from './records';

export interface ReferrerInput {
  name: string;
  email?: string | null;
  phone?: string | null;
}

/** A referrer's details after checking: trimmed as typed, with comparison keys. */
export interface ReferrerContact {
  name: string;
  email: string | null;
  phone: string | null;
  emailKey: string | null;
  phoneKey: string | null;
}

/**
 * Checks a referrer's details: a name and at least one of email or phone, each valid. Every problem
 * is listed with a message for the manager; "neither email nor phone" is reported on the email field.
 */
export function validateReferrer(input: ReferrerInput): { ok: true; value: ReferrerContact } | { ok: false; errors: ContactError[] } {
  const checked = validateLeadContact(input);
  if (checked.ok) return checked;
  const blank = (text: string | null | undefined) => (text ?? '').trim() === '';
  const errors = checked.errors.map((error): ContactError => {
    if (error.field === 'name' && blank(input.name)) return { field: 'name', message: "Enter the referrer's name." };
    if (error.field === 'email' && blank(input.email) && blank(input.phone)) {
      return { field: 'email', message: "Enter the referrer's email or phone number (at least one)." };
    }
    return error;
  });
  return { ok: false, errors };
}

/** The comparison keys of a stored referrer (records keep the contact as typed). */
export function contactKeysOf(referrer: Pick<Referrer, 'email' | 'phone'>): { emailKey: string | null; phoneKey: string | null } {
  return {
    emailKey: referrer.email === null ? null : normalizeEmail(referrer.email),
    phoneKey: referrer.phone === null ? null : normalizePhone(referrer.phone),
  };
}

export interface DuplicateMatch<T> {
  by: 'email' | 'phone';
  existing: T;
}

/**
 * The referrers of a campaign by email and phone key: one person is one referrer. Built once per
 * add or import (one walk of the campaign), then asked per row.
 */
export class ContactIndex<T> {
  private readonly byEmail = new Map<string, T>();
  private readonly byPhone = new Map<string, T>();

  add(keys: { emailKey: string | null; phoneKey: string | null }, value: T): void {
    if (keys.emailKey !== null && !this.byEmail.has(keys.emailKey)) this.byEmail.set(keys.emailKey, value);
    if (keys.phoneKey !== null && !this.byPhone.has(keys.phoneKey)) this.byPhone.set(keys.phoneKey, value);
  }

  /** The first referrer sharing the email, else the phone number. */
  find(keys: { emailKey: string | null; phoneKey: string | null }): DuplicateMatch<T> | null {
    const byEmail = keys.emailKey === null ? undefined : this.byEmail.get(keys.emailKey);
    if (byEmail !== undefined) return { by: 'email', existing: byEmail };
    const byPhone = keys.phoneKey === null ? undefined : this.byPhone.get(keys.phoneKey);
    return byPhone === undefined ? null : { by: 'phone', existing: byPhone };
  }
}

/** "Dana Whitfield (dana@example.com) already refers for this campaign with this email." */
export function duplicateMessage(match: DuplicateMatch<Pick<Referrer, 'name' | 'email' | 'phone'>>): string {
  const { existing, by } = match;
  const contact = by === 'email' ? existing.email : existing.phone;
  return `${existing.name} (${contact ?? ''}) already refers for this campaign with this ${by === 'email' ? 'email address' : 'phone number'}.`;
}

/** What a search text can be compared with, prepared once per search rather than once per referrer. */
export interface ReferrerQuery {
  text: string;
  /** digits of the text when it could be (part of) a phone number */
  digits: string | null;
}

export const MAX_QUERY_LENGTH = 200;

export function referrerQuery(text: string): ReferrerQuery | null {
  const trimmed = text.normalize('NFKC').trim().toLowerCase().slice(0, MAX_QUERY_LENGTH);
  if (trimmed === '') return null;
  const digits = /^[+\d\s().-]+$/.test(trimmed) ? trimmed.replace(/\D/g, '') : '';
  return { text: trimmed, digits: digits.length >= 3 ? digits : null };
}

/** What a search compares, prepared once per referrer (and kept, for large campaigns). */
export interface SearchKeys {
  name: string;
  email: string;
  phoneDigits: string;
}

export function searchKeysOf(referrer: Pick<Referrer, 'name' | 'email' | 'phone'>): SearchKeys {
  return { name: referrer.name.toLowerCase(), email: (referrer.email ?? '').toLowerCase(), phoneDigits: (referrer.phone ?? '').replace(/\D/g, '') };
}

/** Name or email containing the text (any case), or a phone number containing its digits. */
export function matchesSearchKeys(keys: SearchKeys, query: ReferrerQuery): boolean {
  if (keys.name.includes(query.text) || keys.email.includes(query.text)) return true;
  return query.digits !== null && keys.phoneDigits.includes(query.digits);
}

export function matchesReferrer(referrer: Pick<Referrer, 'name' | 'email' | 'phone'>, query: ReferrerQuery): boolean {
  return matchesSearchKeys(searchKeysOf(referrer), query);
}
