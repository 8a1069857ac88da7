/**
 * `npm run soak`: one kiosk tab of the production build serves customer after customer against
 * `npm run mock:server`, as a store's kiosk does all day, and after each one the soak records
 * what could grow (measure.ts). It passes when every figure of the last quarter of the run is
 * within 5% of the second quarter's, and writes the figures to bench/soak.md. Not part of
 * `npm test`.
 *
 *   npm run soak                      200 customers
 *   SOAK_CUSTOMERS=40 npm run soak    a shorter day (at least 8: four quarters of two)
 *   SOAK_PORT=4381                    the app's port; the API listens on the next one
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { chromiumArgs } from '../../e2e/support/chromium';
import { CYCLE, customerAt, describeVisit, serve } from './customers';
import { createProbes, type Sample } from './measure';
import { FIGURES, formatDuration, soakReport, TOLERANCE, verdicts } from './report';
import { buildApp, originsFor, serveApp, startMockServer, type Origins } from './servers';

const CUSTOMERS = Number(process.env.SOAK_CUSTOMERS ?? 200);
const APP_PORT = Number(process.env.SOAK_PORT ?? 4381);
/** A short idle time (`?idle=`); the page's clock runs through it, so nobody waits for real. */
const IDLE_SECONDS = 30;
const REPORT_PATH = resolve(import.meta.dirname, '../../bench/soak.md');

const figuresLine = (sample: Sample) =>
  FIGURES.map(({ key, short, format: show }) => `${short} ${show(sample[key])}`).join(', ');

async function writeReport(markdown: string) {
  // Formatted like every other file, so that the lint step accepts the recorded figures.
  const options = await resolveConfig(REPORT_PATH);
  writeFileSync(REPORT_PATH, await format(markdown, { ...options, filepath: REPORT_PATH }));
}

/** Opens the kiosk's start screen with Playwright's clock installed, which then moves as usual. */
async function openKiosk(page: Page, { app }: Origins): Promise<string> {
  const path = `/sign-in?kiosk=1&idle=${IDLE_SECONDS}`;
  await page.clock.install();
  await page.goto(`${app}${path}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  return path;
}

test(`one kiosk tab serves ${CUSTOMERS} customers and nothing grows`, async ({
  browser,
  context,
  page,
}) => {
  expect(Number.isInteger(CUSTOMERS) && CUSTOMERS >= 8, 'SOAK_CUSTOMERS: 8 or more').toBe(true);
  const startedAt = new Date();
  const origins = originsFor(APP_PORT);
  console.log('soak: building production (mocking off, API on the mock server)…');
  buildApp(origins);
  const appServer = await serveApp(origins);
  const mockServer = await startMockServer(origins);
  try {
    const kioskPath = await openKiosk(page, origins);
    const kiosk = { idleSeconds: IDLE_SECONDS, apiOrigin: origins.api };
    const probes = await createProbes(browser, context, page);
    const samples: Sample[] = [];
    const servingStarted = performance.now();
    for (let index = 0; index < CUSTOMERS; index += 1) {
      const customer = customerAt(index);
      const started = performance.now();
      await serve(page, customer, kiosk);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const sample = await probes.sample(mockServer.heapUsed);
      samples.push(sample);
      const who = `${describeVisit(customer)}, numbers from ${customer.areaCode}`;
      console.log(`soak: ${index + 1}/${CUSTOMERS} ${who}: ${seconds} s; ${figuresLine(sample)}`);
    }
    const servingMs = performance.now() - servingStarted;
    const results = verdicts(samples);
    const report = soakReport(
      {
        startedAt,
        samples,
        servingMs,
        totalMs: Date.now() - startedAt.getTime(),
        cycle: CYCLE.map(describeVisit),
        setting: [
          `${CUSTOMERS} customers one after another in one tab at \`${kioskPath}\` of the production build`,
          '(mocking off) served by scripts/serve-dist.ts, its API `npm run mock:server` on another origin',
          `(run with --expose-gc). Chromium ${browser.version()} with the end-to-end tests' flags (${chromiumArgs.join(' ')}),`,
          `on ${availableParallelism()} cores whose 15-minute load average was ${loadavg()[2]?.toFixed(1)} at the end.`,
          `A customer who walks away is left to the idle wipe: Playwright's clock runs the page through the ${IDLE_SECONDS} s idle time and the 30 s warning, and the sandbox's test clock moves the server's as far.`,
        ].join(' '),
      },
      results,
    );
    await writeReport(report);
    console.log(`\n${report}`);
    console.log(`soak: ${formatDuration(servingMs)} for ${CUSTOMERS} customers, in ${REPORT_PATH}`);
    const grown = results.filter((result) => !result.passed).map(({ figure }) => figure.label);
    expect(grown, `figures whose last quarter is over ${TOLERANCE * 100}% off the second`).toEqual(
      [],
    );
  } finally {
    mockServer.stop();
    appServer.close();
  }
});
