import { expect, test, type Browser, type Page } from '@playwright/test';
import { read, stripe } from './sandbox-stripe';
import { CampaignsPage } from './pages/campaigns-page';
import { CounterPage } from './pages/counter-page';
import { ReferrersPage } from './pages/referrers-page';

const MAX_REACHED = 'This promotion code cannot be redeemed because it has been used the maximum number of times.';

/** A till: its own browser context, so its own IndexedDB, against the same server and sandbox Stripe. */
async function openTill(browser: Browser, baseURL: string | undefined): Promise<{ page: Page; counter: CounterPage; setOffline: (offline: boolean) => Promise<void>; close: () => Promise<void> }> {
  const context = await browser.newContext({ ...(baseURL !== undefined && { baseURL }) });
  const page = await context.newPage();
  const counter = new CounterPage(page);
  await counter.open();
  return { page, counter, setOffline: (offline) => context.setOffline(offline), close: () => context.close() };
}

type Catalog = { campaigns: unknown[]; referrers: unknown[]; codes: unknown[] };

/** What till A holds of one campaign once it is in Stripe: its coupon, referrer and promotion code. */
async function catalogOf(page: Page, campaignName: string): Promise<Catalog> {
  return page.evaluate(
    (name) =>
      new Promise<Catalog>((resolve, reject) => {
        const open = indexedDB.open('referral-pos');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['campaigns', 'referrers', 'codes']);
          const all = (store: string) => new Promise<Record<string, unknown>[]>((done) => (tx.objectStore(store).getAll().onsuccess = (e) => done((e.target as IDBRequest).result)));
          void Promise.all([all('campaigns'), all('referrers'), all('codes')]).then(([campaigns, referrers, codes]) => {
            const campaign = campaigns.filter((c) => c['name'] === name);
            const ids = new Set(campaign.map((c) => c['id']));
            open.result.close();
            resolve({ campaigns: campaign, referrers: referrers.filter((r) => ids.has(r['campaignId'])), codes: codes.filter((c) => ids.has(c['campaignId'])) });
          });
        };
      }),
    campaignName,
  );
}

/**
 * Gives till B the same campaign, referrer and code (Stripe ids and all), as the sync integration
 * test's copyCatalog does: the app has no screen that brings another till's codes down from Stripe.
 */
async function installCatalog(page: Page, catalog: Catalog): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('referral-pos');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['campaigns', 'referrers', 'codes'], 'readwrite');
          for (const c of records.campaigns) tx.objectStore('campaigns').put(c);
          for (const r of records.referrers) tx.objectStore('referrers').put(r);
          for (const c of records.codes) tx.objectStore('codes').put({ ...(c as object), pendingRedemptions: 0 });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    catalog,
  );
  await page.reload();
}

/** The sales this till's IndexedDB holds with the code (Stripe's form of it), by customer name. */
async function storedSalesWith(page: Page, code: string): Promise<string[]> {
  return page.evaluate(
    (stripeCode) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('referral-pos');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['redemptions', 'leads']);
          const all = (store: string) => new Promise<Record<string, unknown>[]>((done) => (tx.objectStore(store).getAll().onsuccess = (e) => done((e.target as IDBRequest).result)));
          void Promise.all([all('redemptions'), all('leads')]).then(([redemptions, leads]) => {
            open.result.close();
            const nameOf = new Map(leads.map((l) => [l['id'], l['name']]));
            resolve(redemptions.filter((r) => r['code'] === stripeCode).map((r) => String(nameOf.get(r['leadId']))));
          });
        };
      }),
    code,
  );
}

async function saleConflicts(page: Page, customers: RegExp) {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Sync status' }).click();
  const screen = page.getByRole('main', { name: 'Sync status' });
  await expect(screen).toBeVisible();
  return screen.getByRole('list', { name: 'Conflicts' }).getByRole('listitem', { name: customers });
}

test('two tills offline spend the last use of one code: both sales kept, Stripe counts the code once, one conflict with Stripe’s reason', async ({ browser, baseURL }) => {
  const stamp = Date.now();
  const campaign = `Last use ${stamp}`;
  const a = await openTill(browser, baseURL);
  const b = await openTill(browser, baseURL);

  // till A: the manager makes a campaign whose codes may be used once, and a referrer with a code
  const campaigns = new CampaignsPage(a.page);
  await campaigns.open();
  await campaigns.startNew();
  await campaigns.fill({ name: campaign, currency: 'usd', amountOff: '5', limit: '1' });
  await campaigns.form().getByRole('checkbox', { name: 'Make it the active campaign' }).check();
  await campaigns.form().getByRole('button', { name: 'Create campaign' }).click();
  await expect(campaigns.saved).toContainText(`Campaign “${campaign}” created and made active.`);
  const referrers = new ReferrersPage(a.page);
  await referrers.open();
  await referrers.add({ name: `Lena Last ${stamp}`, email: `lena-${stamp}@example.com`, generateCode: true });
  const added = referrers.addForm.getByRole('status');
  await expect(added).toContainText('with referral code');
  const code = /with referral code ([0-9A-Z-]+)/.exec(await added.innerText())![1]!;
  await a.counter.waitUntilSynced();
  const stripeCode = code.replaceAll('-', '');
  const promotionCode = async () => (await read(() => stripe.promotionCodes.list({ code: stripeCode }))).data;
  expect(await promotionCode()).toMatchObject([{ max_redemptions: 1, times_redeemed: 0, active: true }]);

  // till B knows the same code
  await b.counter.waitUntilSynced();
  await installCatalog(b.page, await catalogOf(a.page, campaign));
  await b.counter.switchCampaign(campaign);

  // the network goes down at both tills; each sells with the code, and each verdict is "valid"
  await a.setOffline(true);
  await b.setOffline(true);
  const buyers = { a: `Ada First ${stamp}`, b: `Bo Second ${stamp}` };
  const emailOf = (name: string) => `${name.split(' ')[0]!.toLowerCase()}-${stamp}@example.com`;
  for (const [till, name] of [[a, buyers.a], [b, buyers.b]] as const) {
    await till.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Counter' }).click();
    await till.counter.check(code);
    await expect(till.counter.verdict).toContainText('✓ Valid');
    await till.counter.enterAmount('40.00');
    await till.counter.enterCustomer({ name, email: emailOf(name) });
    await till.counter.recordButton.click();
    await expect(till.counter.recorded).toContainText(`Redemption recorded for ${name}: $40.00 order, $5.00 off with ${code}.`);
    await expect(till.counter.connection).toContainText('Offline · ');
  }

  expect(await storedSalesWith(a.page, stripeCode)).toEqual([buyers.a]);
  expect(await storedSalesWith(b.page, stripeCode)).toEqual([buyers.b]);

  // both come back; whichever reaches Stripe second is refused
  await a.setOffline(false);
  await b.setOffline(false);
  await a.counter.waitUntilSynced();
  await b.counter.waitUntilSynced();
  expect(await promotionCode()).toMatchObject([{ max_redemptions: 1, times_redeemed: 1 }]);

  const ours = new RegExp(`^Conflict: Sale to (${buyers.a}|${buyers.b}),`);
  const conflictsA = await saleConflicts(a.page, ours);
  const conflictsB = await saleConflicts(b.page, ours);
  await expect.poll(async () => (await conflictsA.count()) + (await conflictsB.count())).toBe(1);
  const [loser, winner, loserName, winnerName] = (await conflictsA.count()) === 1 ? [a, b, buyers.a, buyers.b] : [b, a, buyers.b, buyers.a];
  const conflict = await saleConflicts(loser.page, ours);
  await expect(conflict).toHaveAccessibleName(new RegExp(`^Conflict: Sale to ${loserName}, \\$40\\.00 with `));
  await expect(conflict).toContainText(MAX_REACHED);

  // the winner's sale is in Stripe with the discount; both sales are kept on their tills
  const [customer] = (await read(() => stripe.customers.list({ email: emailOf(winnerName) }))).data;
  const invoices = (await read(() => stripe.invoices.list({ customer: customer!.id }))).data;
  expect(invoices).toMatchObject([{ subtotal: 4000, total: 3500 }]);
  // the refused sale waits for the manager: its customer is in Stripe, its invoice is not
  const [refusedCustomer, ...others] = (await read(() => stripe.customers.list({ email: emailOf(loserName) }))).data;
  expect(others).toHaveLength(0);
  expect((await read(() => stripe.invoices.list({ customer: refusedCustomer!.id }))).data).toHaveLength(0);
  for (const [till, name] of [[loser, loserName], [winner, winnerName]] as const) {
    await till.page.reload();
    await till.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Counter' }).click();
    await expect(till.counter.recent.getByRole('row', { name: new RegExp(name) })).toContainText('$40.00');
  }
  await expect(loser.counter.recent.getByRole('row', { name: new RegExp(loserName) })).toContainText('Awaiting payment');
  expect(await storedSalesWith(loser.page, stripeCode)).toEqual([loserName]);
  expect(await storedSalesWith(winner.page, stripeCode)).toEqual([winnerName]);
  await a.close();
  await b.close();
});
