/**
 * Referral link templates: where a campaign's link carries its code on cards and QR codes, e.g.
 * https://example.shop/r/{code}. Pure string work; a template must be readable back by
 * referral-link.ts, so that a scanned link gives its code.
 */
import { codeFromLink, parseLink } from './referral-link';

/** Links are printed as QR codes: the shorter, the easier to scan. */
export const MAX_LINK_TEMPLATE = 300;
export const LINK_PLACEHOLDER = '{code}';
/** What previews and checks put in place of {code}: a generated code's shape (8 symbols + check). */
export const EXAMPLE_CODE_BODY = 'K7QMX4PDK';

export type TemplateCheck = { ok: true; value: string | null } | { ok: false; message: string };
const ok = (value: string | null): TemplateCheck => ({ ok: true, value });
const no = (message: string): TemplateCheck => ({ ok: false, message });

/** Characters a URL may carry as typed (RFC 3986), plus the braces of {code}. */
const URL_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%{}]+$/;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$|^localhost$/;

/**
 * None, or an https link with {code} exactly once, in the path (…/r/{code}) or in a query value
 * (?ref={code}): where a scanned link's code can be read back (referral-link.ts).
 */
export function checkLinkTemplate(text: string): TemplateCheck {
  const template = text.trim();
  if (template === '') return ok(null);
  if (template.length > MAX_LINK_TEMPLATE) return no(`The link is too long for a QR code: ${template.length} characters, the most is ${MAX_LINK_TEMPLATE}.`);
  const link = parseLink(template);
  if (!link || !/^https:\/\//i.test(template)) return no('The referral link must start with https://, e.g. https://example.shop/r/{code}.');
  if (!URL_CHARACTERS.test(template)) return no('The referral link has characters a link cannot carry (spaces or symbols): type it as the browser shows it.');
  const placeholders = template.split(LINK_PLACEHOLDER).length - 1;
  if (placeholders === 0) return no('The referral link must contain {code} where the referral code goes, e.g. https://example.shop/r/{code}.');
  if (placeholders > 1) return no(`The referral link must contain {code} exactly once; it has it ${placeholders} times.`);
  if (link.host.includes(LINK_PLACEHOLDER) || !HOST.test(link.host)) return no(`“${link.host.slice(0, 60)}” is not a web address: use the shop's domain, e.g. example.shop.`);
  if (/[{}]/.test(template.replace(LINK_PLACEHOLDER, ''))) return no('The referral link may contain braces only in {code}.');
  const example = fillLinkTemplate(template, EXAMPLE_CODE_BODY);
  const parsed = parseLink(example);
  if (!parsed || codeFromLink(parsed, [template])?.toUpperCase() !== EXAMPLE_CODE_BODY) {
    return no('Put {code} in the link\'s path (e.g. /r/{code}) or in a query value (e.g. ?ref={code}), where a scanner can read it back.');
  }
  return ok(template);
}

/** The link printed for a code: the template with {code} replaced by the canonical code. */
export function fillLinkTemplate(template: string, code: string): string {
  return template.replace(LINK_PLACEHOLDER, encodeURIComponent(code));
}
