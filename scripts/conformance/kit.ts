/**
 * Runs every flow against a backend and collects the verdicts. The order matters for time: the
 * sign-in checks move the test clock first, and every persona signs in after them, so no session
 * outlives sessionTtl while the number-hold check moves the clock again.
 */
import { FRESH_START_SECONDS, probeTestClock } from './clock';
import { inspectAnswer } from './contract-checks';
import { loadDocument } from './document';
import type { Kit } from './flow';
import { createApi } from './http';
import { Ledger, type Verdict } from './ledger';
import { checkApprovedCheckout } from './flows/checkout';
import {
  checkCannotOrderOnline,
  checkConditions,
  checkDeclined,
  checkDeposit,
  checkManualReview,
  checkTwoAccounts,
} from './flows/personas';
import { checkSignIn } from './flows/sign-in';

export interface ConformanceResult {
  baseUrl: string;
  document: { title: string; version: string };
  /** What the run says about the test clock, for the report's header. */
  testClock: string;
  verdicts: Verdict[];
  durationMs: number;
}

export async function runConformance(baseUrl: string): Promise<ConformanceResult> {
  const started = performance.now();
  const document = loadDocument();
  const ledger = new Ledger();
  const api = createApi(baseUrl, document, (answer) => inspectAnswer(document, ledger, answer));
  const clock = await probeTestClock(api, document);
  const kit: Kit = { api, ledger, clock, document };

  await checkSignIn(kit);
  await checkTwoAccounts(kit);
  await checkCannotOrderOnline(kit);
  const depositSession = await checkDeposit(kit);
  await checkConditions(kit);
  await checkManualReview(kit);
  await checkDeclined(kit);
  await checkApprovedCheckout(kit, depositSession);

  return {
    baseUrl,
    document: { title: document.title, version: document.version },
    testClock: clock.missing
      ? `none: ${clock.missing}`
      : `yes, moved ${FRESH_START_SECONDS} s ahead first so that earlier runs' limits and lockouts are over`,
    verdicts: ledger.verdicts(),
    durationMs: performance.now() - started,
  };
}
