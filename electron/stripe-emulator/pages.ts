import type { EmulatorState } from './context';

const PAGES: ReadonlyArray<{ pattern: RegExp; title: string; find: (state: EmulatorState, id: string) => unknown }> = [
  { pattern: /^\/c\/pay\/([^/]+)$/, title: 'Checkout', find: (state, id) => state.store.table('checkout.session').get(id) },
  { pattern: /^\/i\/([^/]+)(\/pdf)?$/, title: 'Invoice', find: (state, id) => state.store.table('invoice').get(id) },
  { pattern: /^\/plink\/([^/]+)$/, title: 'Payment link', find: (state, id) => state.store.table('payment_link').get(id) },
];

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Stand-ins for Stripe's hosted pages (the `url` fields of sessions, invoices and links), so that
 * a sandbox link opens something that says what it is; no payment can be made on them.
 */
export function hostedPage(state: EmulatorState, pathname: string): string | null {
  for (const page of PAGES) {
    const id = page.pattern.exec(pathname)?.[1];
    if (id === undefined) continue;
    const found = page.find(state, decodeURIComponent(id));
    if (!found) return null;
    const json = escape(JSON.stringify(found, null, 2));
    return `<!doctype html><meta charset="utf-8"><title>${page.title} (Stripe emulator)</title><h1>${page.title}</h1><p>This page stands in for Stripe's hosted page in the Referral POS sandbox. Nothing can be paid here.</p><pre>${json}</pre>`;
  }
  return null;
}
