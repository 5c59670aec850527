/**
 * npm run bench [-- --quick] [-- --out FILE] [-- --only cold,store,sync,cards,import,heap]
 * Runs the benchmarks in Debian's Chromium against the built renderer (browser mode) and prints a
 * table; --out also writes {"metrics": {"NAME": {"value": N, "unit": "ms"}}}.
 *
 * Every measurement uses a real on-disk profile, as the app's users have: Playwright's ordinary
 * contexts are incognito, whose IndexedDB lives in memory and flatters every figure.
 */
import { mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'node:net';
import { chromium, type BrowserContext } from '@playwright/test';
import { startBrowserMode } from '../../scripts/browser-mode';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

interface Metric {
  value: number;
  unit: string;
  goal: string;
  note?: string;
}

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string' }, only: { type: 'string' } } });
/** --only cold,store,sync,cards,import,heap runs just those groups (default: all) */
const groups = new Set((values.only ?? 'cold,store,sync,cards,import,heap').split(','));
const sizes = values.quick
  ? { lookup: 100_000, generate: 10_000, coldRuns: 3, sales: 200, importRows: 10_000 }
  : { lookup: 1_000_000, generate: 100_000, coldRuns: 5, sales: 1_000, importRows: 100_000 };
/** the emulator's rate limit while the sync benchmark drains: requests per second */
const SYNC_RATE_LIMIT = 200;

async function main(): Promise<void> {
  if (!existsSync(resolve('out/renderer/bench.html'))) throw new Error('Build first: npm run build');
  const stripePort = await freePort();
  const host = await startBrowserMode({ staticDir: resolve('out/renderer'), port: 0, stripePort, sandboxOnly: true });
  try {
    const metrics: Record<string, Metric> = {};
    if (groups.has('cold')) Object.assign(metrics, await coldStart(host.url));
    if (groups.has('store')) Object.assign(metrics, await inBenchPage(host.url));
    if (groups.has('sync')) Object.assign(metrics, await syncRate(host.url, `http://127.0.0.1:${stripePort}`));
    if (groups.has('cards')) Object.assign(metrics, await cardsPdf(host.url));
    if (groups.has('import')) Object.assign(metrics, await importCsv(host.url));
    if (groups.has('heap')) Object.assign(metrics, await heapWithCodes(host.url));
    report(metrics);
  } finally {
    await host.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** A browser with a fresh on-disk profile, removed afterwards. */
async function withProfile<T>(run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'pos-bench-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await run(context);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function coldStart(url: string): Promise<Record<string, Metric>> {
  const runs: number[] = [];
  for (let i = 0; i < sizes.coldRuns; i++) runs.push(await withProfile((context) => firstStart(context, url)));
  const median = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return { cold_start_ms: { value: round(median), unit: 'ms', goal: '≤ 1500', note: `median of ${runs.length} first starts (incl. demo seeding)` } };
}

/** Navigation start to the code field enabled and focused, on a profile that never saw the app. */
async function firstStart(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('pos:code-field-ready').length > 0);
  if (!(await page.getByRole('textbox', { name: 'Referral code' }).isEnabled())) throw new Error('code field marked ready while disabled');
  return page.evaluate(() => performance.getEntriesByName('pos:code-field-ready')[0]!.startTime);
}

async function benchPage(context: BrowserContext, url: string) {
  const page = await context.newPage();
  page.setDefaultTimeout(900_000);
  await page.goto(new URL('bench.html', url).href);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  return page;
}

async function inBenchPage(url: string): Promise<Record<string, Metric>> {
  const lookup = await withProfile(async (context) => (await benchPage(context, url)).evaluate((n) => window.posBench!.lookup(n), sizes.lookup));
  const generate = await withProfile(async (context) => (await benchPage(context, url)).evaluate((n) => window.posBench!.generate(n), sizes.generate));
  const floor = await withProfile(async (context) => (await benchPage(context, url)).evaluate((n) => window.posBench!.rawAdds(n), sizes.generate));
  const codes = `${lookup.codes.toLocaleString('en')} codes stored`;
  return {
    lookup_p95_ms: { value: round(lookup.lookupP95Ms), unit: 'ms', goal: '≤ 16', note: `${codes}, median ${round(lookup.lookupMedianMs)} ms` },
    lookup_raw_idb_p95_ms: { value: round(lookup.rawP95Ms), unit: 'ms', goal: 'ours ≤ 3×', note: `ratio ${round(lookup.lookupP95Ms / lookup.rawP95Ms)}×, median ${round(lookup.rawMedianMs)} ms` },
    [values.quick ? 'generate_10k_s' : 'generate_100k_s']: { value: round(generate.seconds), unit: 's', goal: values.quick ? '(quick size)' : '≤ 5', note: `${generate.referrers.toLocaleString('en')} referrers, ${round(generate.seconds / floor.seconds)}× the bare-IndexedDB floor` },
    [values.quick ? 'generate_raw_idb_10k_s' : 'generate_raw_idb_100k_s']: { value: round(floor.seconds), unit: 's', goal: '(floor)', note: `the same ${floor.records.toLocaleString('en')} records put with bare IndexedDB` },
  };
}

/**
 * 1,000 queued sales drained through the sync engine against the emulator limited to 200
 * requests/s: the requests Stripe accepted per second of the drain, over that limit.
 */
async function syncRate(url: string, emulator: string): Promise<Record<string, Metric>> {
  const admin = (path: string, body?: unknown) =>
    fetch(`${emulator}/__admin/${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
  await admin('rate-limit', { perSecond: SYNC_RATE_LIMIT });
  const drain = await withProfile(async (context) => (await benchPage(context, url)).evaluate((n) => window.posBench!.syncDrain(n), sizes.sales));
  const { requests } = (await admin('requests')) as { requests: { at: number; status: number | null }[] };
  const during = requests.filter((r) => r.at >= drain.startedAt && r.at <= drain.endedAt);
  const accepted = during.filter((r) => r.status !== null && r.status !== 429).length;
  const refused = during.filter((r) => r.status === 429).length;
  const perSecond = accepted / drain.seconds;
  return {
    sync_rate_fraction: {
      value: round(perSecond / SYNC_RATE_LIMIT),
      unit: 'fraction',
      goal: '≥ 0.9',
      note: `${drain.sales.toLocaleString('en')} sales in ${round(drain.seconds)} s: ${round(perSecond)} req/s of ${SYNC_RATE_LIMIT}; ${accepted} accepted, ${refused} answered 429`,
    },
  };
}

/**
 * A batch of 1,000 referral cards opened in the app: from navigation to the laid-out sheets with
 * every QR code made, then Chromium's PDF of them written to disk.
 */
async function cardsPdf(url: string): Promise<Record<string, Metric>> {
  const count = values.quick ? 200 : 1_000;
  const pdfPath = join(tmpdir(), `pos-bench-cards-${process.pid}.pdf`);
  const result = await withProfile(async (context) => {
    const { batchId } = await (await benchPage(context, url)).evaluate((n) => window.posBench!.cardBatch(n), count);
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    const start = performance.now();
    await page.goto(new URL(`#/cards/batch/${batchId}`, url).href);
    await page.getByRole('button', { name: 'Print', exact: true }).and(page.locator(':enabled')).waitFor();
    const laidOut = performance.now();
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    const sheets = await page.locator('.card-sheet').count();
    return { seconds: (performance.now() - start) / 1000, layoutSeconds: (laidOut - start) / 1000, sheets };
  });
  rmSync(pdfPath, { force: true });
  const name = values.quick ? 'cards_200_pdf_s' : 'cards_1000_pdf_s';
  return { [name]: { value: round(result.seconds), unit: 's', goal: values.quick ? '(quick size)' : '≤ 15', note: `${count} business cards on ${result.sheets} A4 sheets; laid out with QR codes in ${round(result.layoutSeconds)} s, then the PDF` } };
}

/** A converted-customers file read, checked, applied and reported, as the Uploads screen does it. */
async function importCsv(url: string): Promise<Record<string, Metric>> {
  const result = await withProfile(async (context) => (await benchPage(context, url)).evaluate((n) => window.posBench!.importConverted(n), sizes.importRows));
  const name = values.quick ? 'import_10k_csv_s' : 'import_100k_csv_s';
  const counts = Object.entries(result.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n.toLocaleString('en')} ${k}`).join(', ');
  return { [name]: { value: round(result.seconds), unit: 's', goal: values.quick ? '(quick size)' : '≤ 10', note: `${result.rows.toLocaleString('en')} rows: ${counts}; row report ${Math.round(result.reportBytes / 1024)} KB; ${round(result.seconds / result.floorSeconds)}× the bare-IndexedDB floor (${round(result.floorSeconds)} s to put the same leads and customers)` } };
}

/**
 * The renderer's JavaScript heap with 1,000,000 codes stored, after the counter opened on them and
 * checked a code, measured by Chromium after a garbage collection.
 */
async function heapWithCodes(url: string): Promise<Record<string, Metric>> {
  const count = values.quick ? 100_000 : 1_000_000;
  const usedMb = await withProfile(async (context) => {
    const { sample } = await (await benchPage(context, url)).evaluate((n) => window.posBench!.fillAppStore(n), count);
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(url);
    const field = page.getByRole('textbox', { name: 'Referral code' });
    await field.fill(sample);
    await field.press('Enter');
    await page.getByRole('status', { name: 'Verdict' }).getByText(/Referred by/).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  });
  const name = values.quick ? 'heap_mb_100k' : 'heap_mb_1m';
  return { [name]: { value: round(usedMb), unit: 'MB', goal: values.quick ? '(quick size)' : '≤ 150', note: `renderer heap after a GC, ${count.toLocaleString('en')} codes stored, the counter open and a code checked` } };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function report(metrics: Record<string, Metric>): void {
  const rows = Object.entries(metrics).map(([name, m]) => [name, `${m.value} ${m.unit}`, m.goal, m.note ?? '']);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...[['metric', 'value', 'goal', 'note'], ...rows].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(['metric', 'value', 'goal', 'note']));
  rows.forEach((r) => console.log(line(r)));
  if (values.out) {
    const json = Object.fromEntries(Object.entries(metrics).map(([k, m]) => [k, { value: m.value, unit: m.unit }]));
    writeFileSync(values.out, JSON.stringify({ metrics: json }, null, 2) + '\n');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
