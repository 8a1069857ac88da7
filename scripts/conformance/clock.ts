/**
 * The sandbox's optional test clock (`POST /v1/sandbox/clock`), and the kit's estimate of the
 * backend's time: the local clock, plus however far the test clock has moved the backend's.
 */
import { sandboxTimeRules } from '../../src/api/contract/sandbox';
import type { Api, Exchange } from './http';
import type { ContractDocument } from './document';

/**
 * The first move, past every time rule: code requests, lockouts and holds of an earlier run on
 * the same backend are over, so a second run starts from the same place as the first.
 */
export const FRESH_START_SECONDS = Math.max(...Object.values(sandboxTimeRules)) + 1;

export interface TestClock {
  /** Why the time rules cannot be checked; null when the backend has a test clock. */
  missing: string | null;
  /** The backend's time, in epoch ms. */
  now(): number;
  advance(seconds: number): Promise<Exchange>;
}

export async function probeTestClock(api: Api, document: ContractDocument): Promise<TestClock> {
  let offsetMs = 0;
  const advance = async (seconds: number) => {
    const exchange = await api.call('advanceSandboxClock', { body: { advanceSeconds: seconds } });
    const now = (exchange.body as { now?: unknown } | null)?.now;
    if (exchange.status === 200 && typeof now === 'string') offsetMs = Date.parse(now) - Date.now();
    return exchange;
  };
  const clock = (missing: string | null): TestClock => ({
    missing,
    now: () => Date.now() + offsetMs,
    advance,
  });

  if (!document.operation('advanceSandboxClock')) {
    return clock('the document has no test clock (advanceSandboxClock)');
  }
  const probe = await advance(FRESH_START_SECONDS);
  if (probe.status === 200) return clock(null);
  if (probe.status === 404) return clock(`the server has no test clock (${probe.summary})`);
  return clock(`the test clock did not answer 200 (${probe.summary})`);
}

/** How far a time in a body may be from the expected one (the clocks of two machines). */
const TIME_TOLERANCE_MS = 60_000;

/** Whether an ISO time is about `seconds` after the backend's now. */
export function isAboutSecondsAhead(clock: TestClock, iso: string | undefined, seconds: number) {
  const expected = clock.now() + seconds * 1000;
  return Math.abs(Date.parse(iso ?? '') - expected) <= TIME_TOLERANCE_MS;
}
