/**
 * Demo scenarios: repeatable moments where the API does not go to plan, layered over the mock
 * backend. Pure: `planCall` takes the scenario's progress and the backend's state and says what
 * to do with one /v1 call, so the browser worker, Vitest and `npm run mock:server` behave alike.
 */
import type { OperationId } from '@/api/contract/operations';
import { errorResponse } from './backend/errors';
import type { MockResponse, MockState } from './backend/types';
import { SCENARIO_NAMES, type ScenarioName } from '@/config/scenario-names';

export { SCENARIO_NAMES, type ScenarioName };

function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}

/** `"flaky-network, no-offers"` → known names (in catalogue order) and the unknown ones. */
export function parseScenarioList(text: string): { names: ScenarioName[]; unknown: string[] } {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return {
    names: SCENARIO_NAMES.filter((name) => items.includes(name)),
    unknown: [...new Set(items.filter((item) => !isScenarioName(item)))],
  };
}

/** Share of calls, in percent, that fail once under `flaky-network`. */
export const FLAKY_PERCENT = 30;
export const SLOW_MIN_MS = 1000;
export const SLOW_MAX_MS = 3000;
const SEED = 'carrier-checkout-demo';

/** The once-only moments and the call that triggers each. */
const ONCE: Partial<Record<ScenarioName, OperationId>> = {
  // The customer continues from Delivery: mid-flow, with an order on the server.
  'session-expiry': 'createFulfillment',
  'number-taken': 'reserveNumber',
  // The review checks the order: its holds have just run out, or its terms need accepting again.
  'hold-expired': 'validateOrder',
  'validation-failure': 'validateOrder',
  'submit-timeout': 'submitOrder',
};

export interface ScenarioState {
  names: ScenarioName[];
  /** Calls seen per operation, so each attempt of a call hashes differently. */
  attempts: Partial<Record<OperationId, number>>;
  /** Operations whose last attempt was made to fail: the next one always passes. */
  failedLast: OperationId[];
  /** Once-only moments that have happened. */
  spent: ScenarioName[];
}

export function initialScenarioState(names: ScenarioName[] = []): ScenarioState {
  return { names: [...names], attempts: {}, failedLast: [], spent: [] };
}

export function isScenarioState(value: unknown): value is ScenarioState {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ScenarioState>;
  return (
    Array.isArray(candidate.names) &&
    candidate.names.every((name) => typeof name === 'string' && isScenarioName(name)) &&
    typeof candidate.attempts === 'object' &&
    candidate.attempts !== null &&
    Array.isArray(candidate.failedLast) &&
    Array.isArray(candidate.spent)
  );
}

export interface ScenarioCall {
  operationId: OperationId;
  /** The bearer token the call carried. */
  token?: string;
  params: Record<string, string>;
  now: number;
}

export interface ScenarioPlan {
  /** Replaces the configured latency; null keeps it. */
  latencyMs: number | null;
  /** Fail before the backend sees the call: no answer at all, or a 503. */
  failure: 'network-error' | 'server-error' | null;
  /** Answer this instead of calling the backend. */
  respond: MockResponse | null;
  /** Answer the backend's response with an empty offers list. */
  emptyOffers: boolean;
  /** The backend handles the call, but its response never reaches the app. */
  withhold: boolean;
}

const PASS: ScenarioPlan = {
  latencyMs: null,
  failure: null,
  respond: null,
  emptyOffers: false,
  withhold: false,
};

/** FNV-1a, 32 bits: a stable hash, so a seed gives the same choices on every run. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** The backend state after a once-only moment, or null when it has nothing to act on yet. */
function changeState(name: ScenarioName, state: MockState, call: ScenarioCall): MockState | null {
  const order = state.orders[call.params.id ?? ''];
  switch (name) {
    case 'session-expiry': {
      if (!call.token || !state.sessions[call.token]) return null;
      const next = structuredClone(state);
      delete next.sessions[call.token];
      return next;
    }
    case 'hold-expired': {
      if (!order?.lines.some((line) => line.hold)) return null;
      const next = structuredClone(state);
      const expiredAt = new Date(call.now - 1000).toISOString();
      for (const line of next.orders[order.id]?.lines ?? []) {
        if (line.hold) line.hold.expiresAt = expiredAt;
      }
      return next;
    }
    case 'validation-failure': {
      if (!order?.fulfillment?.agreements.length) return null;
      const next = structuredClone(state);
      const fulfillment = next.orders[order.id]?.fulfillment;
      if (fulfillment) fulfillment.agreements = [];
      return next;
    }
    default:
      return state;
  }
}

export interface PlannedCall {
  scenario: ScenarioState;
  /** The backend state to use from now on; null leaves it as it is. */
  backendState: MockState | null;
  plan: ScenarioPlan;
}

/** What the active scenarios do to one call, and the progress they keep afterwards. */
export function planCall(
  scenario: ScenarioState,
  backendState: MockState,
  call: ScenarioCall,
): PlannedCall {
  const { operationId } = call;
  const attempt = scenario.attempts[operationId] ?? 0;
  const roll = hash(`${SEED}:${operationId}:${attempt}`);
  const active = (name: ScenarioName) => scenario.names.includes(name);
  const plan: ScenarioPlan = { ...PASS };
  let next: ScenarioState = {
    ...scenario,
    attempts: { ...scenario.attempts, [operationId]: attempt + 1 },
    failedLast: scenario.failedLast.filter((id) => id !== operationId),
  };
  let state: MockState | null = null;

  if (active('slow-network')) {
    plan.latencyMs = SLOW_MIN_MS + (roll % (SLOW_MAX_MS - SLOW_MIN_MS + 1));
  }
  const failedLast = scenario.failedLast.includes(operationId);
  if (active('flaky-network') && !failedLast && roll % 100 < FLAKY_PERCENT) {
    // A failed call changes nothing; the retry is a fresh attempt that passes.
    plan.failure = (roll >>> 8) % 2 === 0 ? 'network-error' : 'server-error';
    next = { ...next, failedLast: [...next.failedLast, operationId] };
    return { scenario: next, backendState: null, plan };
  }

  for (const name of scenario.names) {
    if (ONCE[name] !== operationId || next.spent.includes(name)) continue;
    const changed = changeState(name, state ?? backendState, call);
    if (!changed) continue;
    if (changed !== backendState) state = changed;
    next = { ...next, spent: [...next.spent, name] };
    if (name === 'number-taken') {
      plan.respond = errorResponse(
        409,
        'NUMBER_TAKEN',
        'This number is no longer available; choose another.',
      );
    }
    if (name === 'submit-timeout') plan.withhold = true;
  }
  if (active('no-offers') && operationId === 'getOffers') plan.emptyOffers = true;
  return { scenario: next, backendState: state, plan };
}

/** The backend's answer as the scenarios deliver it: "no offers" keeps the fees, not the lists. */
export function scenarioResponse(plan: ScenarioPlan, response: MockResponse): MockResponse {
  if (!plan.emptyOffers || response.status !== 200 || typeof response.body !== 'object') {
    return response;
  }
  return {
    ...response,
    body: { ...response.body, plans: [], devices: [], bundles: [], promotions: [] },
  };
}
