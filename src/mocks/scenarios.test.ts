import { getResponse } from 'msw';
import { operations, type OperationId } from '@/api/contract/operations';
import type { MockState } from './backend/types';
import { createHandlers } from './handlers';
import { createMockRuntime } from './runtime';
import {
  FLAKY_PERCENT,
  SCENARIO_NAMES,
  SLOW_MAX_MS,
  SLOW_MIN_MS,
  initialScenarioState,
  parseScenarioList,
  planCall,
  scenarioResponse,
  type ScenarioCall,
  type ScenarioName,
  type ScenarioState,
} from './scenarios';
import { SeedResult, seedOrder, type SeedStep } from './seed';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const operationIds = Object.keys(operations) as OperationId[];

function seeded(step: SeedStep) {
  const runtime = createMockRuntime({ now: () => NOW });
  const { body } = seedOrder(runtime.backend, { phone: '(201) 555-0101', step });
  const { session, orderId } = SeedResult.parse(body);
  return { state: runtime.backend.serialize(), token: session.token, orderId };
}

/** Plans a run of calls, carrying the scenario's progress from one to the next. */
function run(names: ScenarioName[], calls: OperationId[], state: MockState = seeded('cart').state) {
  let scenario: ScenarioState = initialScenarioState(names);
  return calls.map((operationId) => {
    const planned = planCall(scenario, state, { operationId, params: {}, now: NOW });
    scenario = planned.scenario;
    return planned.plan;
  });
}

describe('parseScenarioList', () => {
  it('keeps known names in catalogue order and reports the unknown ones once', () => {
    expect(parseScenarioList(' no-offers,flaky-network ,, bogus,bogus')).toEqual({
      names: ['flaky-network', 'no-offers'],
      unknown: ['bogus'],
    });
    expect(parseScenarioList('')).toEqual({ names: [], unknown: [] });
  });
});

describe('flaky-network', () => {
  // Every operation, five times over, as a client that calls each again after a failure.
  const calls = Array.from({ length: 5 }, () => operationIds).flat();

  it('fails the same calls on every run: the choice is seeded, not random', () => {
    const first = run(['flaky-network'], calls).map((plan) => plan.failure);
    const second = run(['flaky-network'], calls).map((plan) => plan.failure);
    expect(second).toEqual(first);
  });

  it('fails a share of calls, with both kinds of failure', () => {
    const failures = run(['flaky-network'], calls).map((plan) => plan.failure);
    const failed = failures.filter((failure) => failure !== null);
    expect(failed.length / calls.length).toBeGreaterThan((FLAKY_PERCENT / 100) * 0.5);
    expect(failed.length / calls.length).toBeLessThan((FLAKY_PERCENT / 100) * 1.5);
    expect(new Set(failed)).toEqual(new Set(['network-error', 'server-error']));
  });

  it('never fails the same operation twice in a row, so a retry always gets through', () => {
    for (const operationId of operationIds) {
      const failures = run(
        ['flaky-network'],
        Array.from({ length: 40 }, () => operationId),
      ).map((plan) => plan.failure !== null);
      failures.forEach((failed, index) => {
        if (index > 0 && failures[index - 1])
          expect(failed, `${operationId} #${index}`).toBe(false);
      });
    }
  });

  it('leaves every call alone when not selected', () => {
    expect(run([], calls).every((plan) => plan.failure === null)).toBe(true);
  });
});

describe('slow-network', () => {
  it('delays each call by 1 to 3 seconds, the same on every run', () => {
    const latencies = run(['slow-network'], operationIds).map((plan) => plan.latencyMs);
    for (const latency of latencies) {
      expect(latency).toBeGreaterThanOrEqual(SLOW_MIN_MS);
      expect(latency).toBeLessThanOrEqual(SLOW_MAX_MS);
    }
    expect(new Set(latencies).size).toBeGreaterThan(1);
    expect(run(['slow-network'], operationIds).map((plan) => plan.latencyMs)).toEqual(latencies);
  });
});

describe('once-only moments', () => {
  it('number-taken: the first reservation answers 409 NUMBER_TAKEN, the next one passes', () => {
    const [first, second] = run(['number-taken'], ['reserveNumber', 'reserveNumber']);
    expect(first?.respond).toMatchObject({ status: 409, body: { code: 'NUMBER_TAKEN' } });
    expect(second?.respond).toBeNull();
  });

  it('submit-timeout: only the first submit is withheld after the server handles it', () => {
    const plans = run(['submit-timeout'], ['validateOrder', 'submitOrder', 'submitOrder']);
    expect(plans.map((plan) => plan.withhold)).toEqual([false, true, false]);
  });

  it('session-expiry: the first call from Delivery ends the session that made it, once', () => {
    const { state, token, orderId } = seeded('shipping');
    const call: ScenarioCall = {
      operationId: 'createFulfillment',
      token,
      params: { id: orderId },
      now: NOW,
    };
    const first = planCall(initialScenarioState(['session-expiry']), state, call);
    expect(first.backendState?.sessions[token]).toBeUndefined();
    expect(state.sessions[token]).toBeDefined();
    const second = planCall(first.scenario, state, call);
    expect(second.backendState).toBeNull();
  });

  it('hold-expired: waits for a held number, then expires every hold of the order once', () => {
    const early = seeded('number');
    const call = (orderId: string): ScenarioCall => ({
      operationId: 'validateOrder',
      params: { id: orderId },
      now: NOW,
    });
    const before = planCall(
      initialScenarioState(['hold-expired']),
      early.state,
      call(early.orderId),
    );
    expect(before.backendState).toBeNull();
    expect(before.scenario.spent).toEqual([]);

    const review = seeded('review');
    const first = planCall(before.scenario, review.state, call(review.orderId));
    const lines = first.backendState?.orders[review.orderId]?.lines ?? [];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(Date.parse(line.hold?.expiresAt ?? '')).toBeLessThan(NOW);
    expect(planCall(first.scenario, review.state, call(review.orderId)).backendState).toBeNull();
  });

  it('validation-failure: the review finds the agreements withdrawn, once', () => {
    const { state, orderId } = seeded('review');
    const call: ScenarioCall = { operationId: 'validateOrder', params: { id: orderId }, now: NOW };
    const first = planCall(initialScenarioState(['validation-failure']), state, call);
    expect(state.orders[orderId]?.fulfillment?.agreements.length).toBeGreaterThan(0);
    expect(first.backendState?.orders[orderId]?.fulfillment?.agreements).toEqual([]);
    expect(planCall(first.scenario, state, call).backendState).toBeNull();
  });

  it('no-offers: every offers list is empty, the fees stay; other answers pass unchanged', () => {
    const [offers, customers] = run(['no-offers'], ['getOffers', 'getCustomers']);
    const fees = { activationFeeCents: 3500, deliveryOptions: [{ id: 'standard' }] };
    const list = {
      status: 200,
      body: { plans: [{ id: 'p' }], devices: [], bundles: [], promotions: [], ...fees },
    };
    expect(offers && scenarioResponse(offers, list).body).toEqual({
      plans: [],
      devices: [],
      bundles: [],
      promotions: [],
      ...fees,
    });
    expect(customers && scenarioResponse(customers, list)).toBe(list);
  });
});

describe('scenarios through the handlers (browser worker and mock:server alike)', () => {
  async function send(
    handlers: ReturnType<typeof createHandlers>,
    path: string,
    init?: RequestInit,
  ) {
    const response = await getResponse(handlers, new Request(`http://mock.local${path}`, init));
    if (!response) throw new Error(`no handler for ${path}`);
    return response;
  }
  const select = (names: string[]) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ names }),
  });

  it('selects scenarios, refuses unknown names, and keeps progress when the same is selected again', async () => {
    const runtime = createMockRuntime();
    const handlers = createHandlers(runtime);
    const refused = await send(handlers, '/__mock/scenario', select(['flaky-network', 'bogus']));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ unknown: ['bogus'], available: [...SCENARIO_NAMES] });

    const chosen = await send(handlers, '/__mock/scenario', select(['number-taken']));
    expect(await chosen.json()).toMatchObject({ names: ['number-taken'] });
    runtime.planCall({ operationId: 'reserveNumber', params: {} });
    await send(handlers, '/__mock/scenario', select(['number-taken']));
    expect(runtime.scenario().spent).toEqual(['number-taken']);

    await send(handlers, '/__mock/reset', { method: 'POST' });
    expect(runtime.scenario()).toEqual(initialScenarioState(['number-taken']));
  });

  it('under flaky-network a failed call is a network error or a 503, and is logged', async () => {
    const runtime = createMockRuntime();
    const handlers = createHandlers(runtime);
    await send(handlers, '/__mock/scenario', select(['flaky-network']));
    const responses = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      responses.push(await send(handlers, '/v1/auth-methods'));
    }
    const failed = responses.filter(
      (response) => response.type === 'error' || response.status === 503,
    );
    expect(failed.length).toBeGreaterThan(0);
    expect(responses.filter((response) => response.status === 200).length).toBeGreaterThan(0);
    expect(runtime.requests().map((entry) => entry.status)).toEqual(
      responses.map((response) => (response.type === 'error' ? 0 : response.status)),
    );
  });

  it('survives a reload: the selection and its progress are part of the snapshot', () => {
    const runtime = createMockRuntime();
    runtime.selectScenarios(['number-taken']);
    runtime.planCall({ operationId: 'reserveNumber', params: {} });
    const restored = createMockRuntime();
    expect(restored.restore(JSON.parse(JSON.stringify(runtime.snapshot())))).toBe(true);
    expect(restored.scenario()).toEqual(runtime.scenario());
  });
});
