/**
 * npm run bench [-- --quick] [-- --out FILE]
 * Runs the benchmarks in Debian's Chromium against the built renderer (browser mode) and prints a
 * table; --out also writes {"metrics": {"NAME": {"value": N, "unit": "ms"}}}.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { startBrowserMode } from '../../scripts/browser-mode';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

interface Metric {
  value: number;
  unit: string;
  goal: string;
  note?: string;
}

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string' } } });
const sizes = values.quick ? { lookup: 100_000, generate: 10_000, coldRuns: 3 } : { lookup: 1_000_000, generate: 100_000, coldRuns: 5 };

async function main(): Promise<void> {
  if (!existsSync(resolve('out/renderer/bench.html'))) throw new Error('Build first: npm run build');
  const host = await startBrowserMode({ staticDir: resolve('out/renderer'), port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const metrics: Record<string, Metric> = {};
    Object.assign(metrics, await coldStart(browser, host.url));
    Object.assign(metrics, await inBenchPage(browser, host.url));
    report(metrics);
  } finally {
    await browser.close();
    await host.close();
  }
}

async function coldStart(browser: Browser, url: string): Promise<Record<string, Metric>> {
  const runs: number[] = [];
  for (let i = 0; i < sizes.coldRuns; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('textbox', { name: 'Referral code' }).waitFor({ state: 'visible' });
    await page.waitForFunction(() => performance.getEntriesByName('pos:code-field-ready').length > 0);
    runs.push(await page.evaluate(() => performance.getEntriesByName('pos:code-field-ready')[0]!.startTime));
    await context.close();
  }
  const median = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return { cold_start_ms: { value: round(median), unit: 'ms', goal: '≤ 1500', note: `median of ${runs.length} first starts (incl. demo seeding)` } };
}

async function inBenchPage(browser: Browser, url: string): Promise<Record<string, Metric>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(new URL('bench.html', url).href);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const lookup = await page.evaluate((n) => window.posBench!.lookup(n), sizes.lookup);
  const generate = await page.evaluate((n) => window.posBench!.generate(n), sizes.generate);
  await context.close();
  const codes = `${lookup.codes.toLocaleString('en')} codes stored`;
  return {
    lookup_p95_ms: { value: round(lookup.lookupP95Ms), unit: 'ms', goal: '≤ 16', note: `${codes}, median ${round(lookup.lookupMedianMs)} ms` },
    lookup_raw_idb_p95_ms: { value: round(lookup.rawP95Ms), unit: 'ms', goal: 'ours ≤ 3×', note: `ratio ${round(lookup.lookupP95Ms / lookup.rawP95Ms)}×, median ${round(lookup.rawMedianMs)} ms` },
    [values.quick ? 'generate_10k_s' : 'generate_100k_s']: { value: round(generate.seconds), unit: 's', goal: values.quick ? '(quick size)' : '≤ 5', note: `${generate.referrers.toLocaleString('en')} referrers` },
  };
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
