// @vitest-environment node
// The kit against the mock backend over real HTTP: the mock conforms, and a mock broken on
// purpose fails exactly the rules its breakage breaks, with a report line that says how.
import type { AddressInfo } from 'node:net';
import { http, passthrough } from 'msw';
import type { OperationId } from '@/api/contract/operations';
import type { Order } from '@/api/contract/schemas';
import { errorResponse } from '@/mocks/backend/errors';
import type { MockRequest, MockResponse } from '@/mocks/backend/types';
import { createMockHttpServer } from '@/mocks/http-server';
import { server as msw } from '@/mocks/node';
import { createMockRuntime, type MockRuntime } from '@/mocks/runtime';
import { runConformance } from './kit';
import { formatReport } from './report';

// The kit's requests must reach the server under test, not the in-process MSW of the setup.
beforeEach(() => msw.use(http.all('*', () => passthrough())));

async function runAgainst(runtime: MockRuntime) {
  const server = createMockHttpServer({ runtime, log: () => undefined });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const result = await runConformance(`http://127.0.0.1:${port}`);
    return { result, report: formatReport(result) };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** What a broken backend answers instead of the mock, which `respond` asks. */
type Breakage = (
  id: OperationId,
  request: MockRequest,
  respond: () => Promise<MockResponse>,
  runtime: MockRuntime,
) => Promise<MockResponse>;

function brokenRuntime(breakage: Breakage): MockRuntime {
  const runtime = createMockRuntime();
  const respond = runtime.backend.respond.bind(runtime.backend);
  runtime.backend.respond = (id, request = {}) =>
    breakage(id, request, () => respond(id, request), runtime);
  return runtime;
}

const withOrder = (response: MockResponse, change: Partial<Order>): MockResponse => ({
  ...response,
  body: { ...(response.body as Order), ...change },
});

/** Three bugs a backend could have: a stuck order, a leak, and a replay that places again. */
const threeBugs: Breakage = async (id, request, respond, runtime) => {
  const response = await respond();
  if (id === 'createOrder' && response.status === 201) {
    return withOrder(response, { nextStep: 'cart' });
  }
  if (id === 'getOrder' && response.status === 403) {
    const order = runtime.backend
      .listOrders()
      .find((candidate) => candidate.id === request.params?.id);
    return { status: 200, body: order };
  }
  if (id === 'submitOrder' && response.headers?.['Idempotent-Replayed']) {
    return withOrder(response, { orderNumber: 'W000000002' });
  }
  return response;
};

const noTestClock: Breakage = async (id, _request, respond) =>
  id === 'advanceSandboxClock'
    ? errorResponse(404, 'NOT_FOUND', 'There is no such route.')
    : respond();

/** A refusal that carries a session token, which the report quotes. */
const tokenInRefusal: Breakage = async (id, _request, respond) =>
  id === 'getCustomers'
    ? {
        status: 503,
        body: { code: 'SERVICE_UNAVAILABLE', message: 'Down.', fieldErrors: [], token: SECRET },
      }
    : respond();
const SECRET = 'x'.repeat(40);

const ruleIds = (result: Awaited<ReturnType<typeof runConformance>>, outcome: string) =>
  result.verdicts.filter((verdict) => verdict.outcome === outcome).map(({ rule }) => rule.id);

describe('the conformance kit', () => {
  it('passes every rule against the mock backend', async () => {
    const { result, report } = await runAgainst(createMockRuntime());
    expect(ruleIds(result, 'failed'), report).toEqual([]);
    expect(ruleIds(result, 'not-checked'), report).toEqual([]);
    expect(report).toMatch(/^Totals: 30 rules passed, 0 failed, 0 not checked/m);
  });

  it('fails exactly the rules a broken backend breaks, saying how', async () => {
    const { result, report } = await runAgainst(brokenRuntime(threeBugs));
    expect(ruleIds(result, 'failed'), report).toEqual([
      'states.transitions',
      'access.other-customer',
      'submit.replay',
    ]);
    expect(report).toContain(
      'after createOrder the order is open, nextStep "cart"; the table says open, nextStep "credit"',
    );
    expect(report).toMatch(/GET \/v1\/order\/\S+ → 200\n\s+expected 403 FORBIDDEN, got 200/);
    expect(report).toMatch(/POST \/v1\/order\/submit → 201\n\s+the replay must answer 201/);
    expect(report).toContain('replay: {"id":');
  });

  it('reports the time rules NOT CHECKED when the backend has no test clock', async () => {
    const { result, report } = await runAgainst(brokenRuntime(noTestClock));
    expect(ruleIds(result, 'failed'), report).toEqual([]);
    expect(ruleIds(result, 'not-checked')).toEqual([
      'sign-in.otp-expiry',
      'sign-in.lockout-ends',
      'holds.expiry',
    ]);
    expect(report).toContain('why: the server has no test clock (POST /v1/sandbox/clock → 404)');
  });

  it('never prints a token', async () => {
    const { report } = await runAgainst(brokenRuntime(tokenInRefusal));
    expect(report).toContain('"token":"<redacted>"');
    expect(report).not.toContain(SECRET);
  });
});
