import { expect, test } from '@playwright/test';
import { read, stripe } from './sandbox-stripe';
import type Stripe from 'stripe';
import { CampaignsPage, localDay } from './pages/campaigns-page';
import { CounterPage } from './pages/counter-page';

async function couponsNamed(name: string): Promise<Stripe.Coupon[]> {
  const all = await read(() => stripe.coupons.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 }));
  return all.filter((c) => c.metadata?.['campaign_name'] === name);
}

const DEMO_ACTIVE = 'Demo — Friends of the shop';

test('a manager creates a $10-off campaign with rules and a link, makes it active, renames it, and Stripe has one coupon', async ({ page }) => {
  const counter = new CounterPage(page);
  await counter.open();
  const campaigns = new CampaignsPage(page);
  await campaigns.open();
  const name = `Spring friends ${Date.now()}`;

  await campaigns.startNew();
  await campaigns.fill({ name, currency: 'usd', amountOff: '10', limit: '5', expiry: localDay(Date.now() + 60 * 86_400_000), minimum: '25', link: 'https://example.shop/r/{code}', prefix: 'spring' });
  await expect(page.getByLabel('Link preview')).toHaveText('For the code SPRING-K7QM-X4PD-K: https://example.shop/r/SPRINGK7QMX4PDK');
  // the demo's campaigns do not count: this is the first real one, so it would become active
  const makeActive = campaigns.form().getByRole('checkbox', { name: 'Make it the active campaign' });
  await expect(makeActive).toBeChecked();
  await makeActive.uncheck();
  await page.screenshot({ path: 'test-results/campaigns-new.png', fullPage: true });
  await campaigns.form().getByRole('button', { name: 'Create campaign' }).click();
  await expect(campaigns.saved).toHaveText(`Campaign “${name}” created. Its coupon goes to Stripe with the next sync.`);

  const row = campaigns.row(name);
  await expect(row).toContainText('$10.00 off');
  await expect(row.getByRole('cell', { name: 'USD', exact: true })).toBeVisible();
  await expect(row).toContainText(/In Stripe: \S+/, { timeout: 45_000 });
  // created, not silently switched to: the counter still works in the demo campaign
  await expect(campaigns.switcher.getByRole('option', { name })).toHaveCount(1);
  await expect(campaigns.switcher).toHaveValue(await campaigns.switcher.getByRole('option', { name: DEMO_ACTIVE }).getAttribute('value') ?? '');

  await row.getByRole('button', { name: 'Make active' }).click();
  await expect(row).toContainText('Active');
  await expect(campaigns.switcher.locator('option:checked')).toHaveText(name);
  await expect(page.getByLabel('Active campaign reward')).toHaveText('$10.00 off');

  const [coupon, ...others] = await couponsNamed(name);
  expect(others).toHaveLength(0);
  expect(coupon).toMatchObject({ amount_off: 1000, currency: 'usd', percent_off: null, duration: 'once', name });
  await expect(row).toContainText(`In Stripe: ${coupon!.id}`);

  // the coupon exists: its reward and currency are locked, the name is not
  await row.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: `Edit ${name}` });
  await expect(form.getByRole('note', { name: 'Reward locked' })).toContainText("Stripe cannot change a coupon's discount or currency");
  await expect(form.getByRole('textbox', { name: 'Amount off (USD)' })).toBeDisabled();
  await expect(form.getByRole('combobox', { name: 'Currency' })).toBeDisabled();
  await expect(form.getByRole('button', { name: 'Create a new campaign instead' })).toBeVisible();
  await page.screenshot({ path: 'test-results/campaigns-edit-locked.png', fullPage: true });
  const renamed = `Summer friends ${Date.now()}`;
  await form.getByRole('textbox', { name: 'Campaign name' }).fill(renamed);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(campaigns.saved).toHaveText(`Saved “${renamed}”. The coupon's name in Stripe follows with the next sync.`);
  await expect(campaigns.switcher.locator('option:checked')).toHaveText(renamed);

  // another reward means another coupon: the locked form offers a new campaign with the same settings
  await campaigns.row(renamed).getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('form', { name: `Edit ${renamed}` }).getByRole('button', { name: 'Create a new campaign instead' }).click();
  const copy = page.getByRole('form', { name: 'New campaign' });
  await expect(copy.getByRole('textbox', { name: 'Campaign name' })).toHaveValue(`${renamed} (new reward)`);
  await expect(copy.getByRole('textbox', { name: 'Amount off (USD)' })).toBeEnabled();
  await expect(copy.getByRole('textbox', { name: 'Redemption limit per code' })).toHaveValue('5');
  await copy.getByRole('button', { name: 'Cancel' }).click();
  await expect(copy).toHaveCount(0);

  await expect.poll(async () => (await read(() => stripe.coupons.retrieve(coupon!.id))).name, { timeout: 45_000 }).toBe(renamed);
  expect(await couponsNamed(name)).toHaveLength(0);
  const [after, ...rest] = await couponsNamed(renamed);
  expect(rest).toHaveLength(0);
  expect(after).toMatchObject({ id: coupon!.id, amount_off: 1000, currency: 'usd' });
});

test('invalid campaign settings get a specific message beside each field and create nothing', async ({ page }) => {
  const counter = new CounterPage(page);
  await counter.open();
  const campaigns = new CampaignsPage(page);
  await campaigns.open();
  await expect(campaigns.list.getByRole('row')).toHaveCount(3);

  await campaigns.startNew();
  await campaigns.fill({ name: '   ', currency: 'XYZ', percentOff: '100.001', limit: '0', expiry: '2020-01-01', link: 'https://example.shop/r/' });
  await campaigns.form().getByRole('button', { name: 'Create campaign' }).click();
  const messages = {
    'Campaign name': 'Enter a name for the campaign.',
    Currency: "Stripe does not accept XYZ as a currency: use one of Stripe's currencies, e.g. USD or EUR.",
    'Percent off (%)': 'The percent off cannot be more than 100%.',
    'Redemption limit per code': 'The redemption limit must be at least 1 (empty for unlimited).',
    'Expiry date': 'The expiry date 2020-01-01 has passed: choose today or a later day (empty for never).',
    'Referral link template (optional)': 'The referral link must contain {code} where the referral code goes, e.g. https://example.shop/r/{code}.',
  };
  for (const [label, message] of Object.entries(messages)) {
    await expect(campaigns.problems).toContainText(message);
    await expect(campaigns.field(label)).toHaveAccessibleDescription(new RegExp(escape(message)));
    await expect(campaigns.field(label)).toHaveAttribute('aria-invalid', 'true');
  }

  await campaigns.fill({ name: 'demo — gym buddies', currency: 'JPY', amountOff: '500.5', link: 'https://example.shop/{code}/{code}' });
  await campaigns.form().getByRole('button', { name: 'Create campaign' }).click();
  await expect(campaigns.problems).toContainText('Another campaign is already called “Demo — Gym buddies”: choose a name the campaign switcher can tell apart.');
  await expect(campaigns.problems).toContainText('JPY has no decimals.');
  await expect(campaigns.problems).toContainText('The referral link must contain {code} exactly once; it has it 2 times.');
  await campaigns.fill({ percentOff: '0' });
  await campaigns.form().getByRole('button', { name: 'Create campaign' }).click();
  await expect(campaigns.problems).toContainText('The percent off must be more than 0%.');
  await campaigns.fill({ amountOff: '0' });
  await campaigns.form().getByRole('button', { name: 'Create campaign' }).click();
  await expect(campaigns.problems).toContainText('The amount off must be more than zero.');

  // nothing was created: the demo's two campaigns only, here and in the switcher
  await expect(campaigns.list.getByRole('row')).toHaveCount(3);
  await expect(campaigns.switcher.getByRole('option')).toHaveCount(2);
  await expect(campaigns.saved).toHaveCount(0);
});

test('the active campaign is shown on every screen and switched only by an explicit choice', async ({ page }) => {
  const counter = new CounterPage(page);
  await counter.open();
  const campaigns = new CampaignsPage(page);
  for (const screen of ['Counter', 'Sync status', 'Settings', 'Campaigns']) {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen }).click();
    await expect(campaigns.switcher.locator('option:checked')).toHaveText(DEMO_ACTIVE);
  }
  await counter.switchCampaign('Demo — Gym buddies');
  await expect(campaigns.row('Demo — Gym buddies')).toContainText('Active');
  await expect(campaigns.row(DEMO_ACTIVE).getByRole('button', { name: 'Make active' })).toBeVisible();
  await expect(page.getByLabel('Active campaign reward')).toHaveText('$15.00 off');
});

test('a campaign created offline waits on this device, and its coupon reaches Stripe when the network is back', async ({ page, context }) => {
  const counter = new CounterPage(page);
  await counter.open();
  await counter.waitUntilSynced();
  const campaigns = new CampaignsPage(page);
  await campaigns.open();
  const name = `Offline friends ${Date.now()}`;

  await context.setOffline(true);
  await campaigns.startNew();
  await campaigns.fill({ name, currency: 'EUR', percentOff: '12.5' });
  await campaigns.form().getByRole('button', { name: 'Create campaign' }).click();
  await expect(campaigns.saved).toHaveText(`Campaign “${name}” created and made active. Its coupon goes to Stripe with the next sync.`);
  const row = campaigns.row(name);
  await expect(row).toContainText('12.5% off');
  await expect(row).toContainText('Waiting to sync');
  await expect(campaigns.switcher.locator('option:checked')).toHaveText(name);
  expect(await couponsNamed(name)).toHaveLength(0);

  await context.setOffline(false);
  await expect(row).toContainText(/In Stripe: \S+/, { timeout: 45_000 });
  const [coupon, ...others] = await couponsNamed(name);
  expect(others).toHaveLength(0);
  expect(coupon).toMatchObject({ percent_off: 12.5, amount_off: null, currency: null });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
