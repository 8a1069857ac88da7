import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import {
  operations,
  type HttpMethod,
  type Operation,
  type OperationId,
} from '@/api/contract/operations';
import { z } from 'zod';
import { FunnelEventBatch } from '@/analytics/events';
import { errorResponse, validationFailed } from './backend/errors';
import type { MockResponse } from './backend/types';
import {
  createFaultQueue,
  faultResponse,
  faultStatus,
  FaultRequest,
  type FaultQueue,
} from './faults';
import { mockRuntime, type MockRuntime } from './runtime';
import {
  parseScenarioList,
  SCENARIO_NAMES,
  scenarioResponse,
  type ScenarioPlan,
} from './scenarios';
import { SeedRequest, seedOrder } from './seed';

export interface HandlerOptions {
  /** Milliseconds to wait before answering a /v1 request; none when absent. */
  latencyMs?: () => number;
}

/** `/v1/order/{id}/validate` → `*\/v1/order/:id/validate`, so any origin matches. */
export function toMswPath(path: string): string {
  return `*${path.replace(/\{(\w+)\}/g, ':$1')}`;
}

export function toHttpResponse({ status, body, headers }: MockResponse): Response {
  return body === null
    ? new HttpResponse(null, { status, headers })
    : HttpResponse.json(body as JsonBodyType, { status, headers });
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const malformed = () =>
  errorResponse(400, 'MALFORMED_REQUEST', 'The request body is not valid JSON.');

/** A bug in the mock answers like a real API would (500 in the error shape), and says so in the console. */
async function callBackend(call: () => Promise<MockResponse>): Promise<MockResponse> {
  try {
    return await call();
  } catch (error) {
    // eslint-disable-next-line no-console -- a bug in the mock must be visible (and fails tests)
    console.error('[mock backend] unexpected error', error);
    return errorResponse(500, 'INTERNAL', 'Something went wrong on our side.');
  }
}

/** Turns a fetch Request into a backend call, and logs it without anything personal. */
async function answer(
  runtime: MockRuntime,
  id: OperationId,
  request: Request,
  params: Record<string, string>,
  plan: ScenarioPlan,
): Promise<Response> {
  const operation: Operation = operations[id];
  const json = operation.body ? await readJson(request) : { ok: true as const, value: undefined };
  const token = bearerToken(request);
  const url = new URL(request.url);
  const backendResponse = plan.respond
    ? plan.respond
    : json.ok
      ? await callBackend(() =>
          runtime.backend.respond(id, {
            token,
            params,
            query: Object.fromEntries(url.searchParams),
            body: json.value,
            headers: Object.fromEntries(request.headers.entries()),
          }),
        )
      : malformed();
  const response = scenarioResponse(plan, backendResponse);
  record(runtime, id, request, response.status);
  return toHttpResponse(response);
}

function bearerToken(request: Request): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];
}

/** Logs a received request without anything personal (no body, token or query string). */
function record(runtime: MockRuntime, id: OperationId, request: Request, status: number) {
  runtime.record({
    at: new Date().toISOString(),
    method: request.method,
    path: new URL(request.url).pathname,
    operationId: id,
    status,
    idempotencyKey: request.headers.get('idempotency-key') ?? undefined,
    acceptLanguage: request.headers.get('accept-language') ?? undefined,
  });
  runtime.notifyChange();
}

const routes: Record<HttpMethod, typeof http.get> = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
};

function operationHandlers(
  runtime: MockRuntime,
  faults: FaultQueue,
  options: HandlerOptions,
): HttpHandler[] {
  return (Object.keys(operations) as OperationId[]).map((id) => {
    const { method, path } = operations[id];
    return routes[method](toMswPath(path), async ({ request, params }) => {
      const fault = faults.take(id);
      if (fault) {
        record(runtime, id, request, faultStatus(fault));
        return faultResponse(fault);
      }
      const stringParams = Object.fromEntries(
        Object.entries(params).flatMap(([key, value]) =>
          typeof value === 'string' ? [[key, value]] : [],
        ),
      );
      const plan = runtime.planCall({
        operationId: id,
        token: bearerToken(request),
        params: stringParams,
      });
      const latency = plan.latencyMs ?? options.latencyMs?.() ?? 0;
      if (latency > 0) await delay(latency);
      if (plan.failure) {
        record(runtime, id, request, faultStatus(plan.failure));
        return faultResponse(plan.failure);
      }
      const response = await answer(runtime, id, request, stringParams, plan);
      // The server did the work; its answer is lost on the way (the app's timeout ends the wait).
      if (plan.withhold) await delay('infinite');
      return response;
    });
  });
}

const SoldOutRequest = z.object({ offerIds: z.array(z.string().min(1)).min(1).max(50) });

/** Reads a control route's JSON body with its schema, or the refusal to answer. */
async function parseControlBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; value: z.output<S> } | { ok: false; response: Response }> {
  const json = await readJson(request);
  if (!json.ok) return { ok: false, response: toHttpResponse(malformed()) };
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) {
    return { ok: false, response: toHttpResponse(validationFailed(parsed.error).response) };
  }
  return { ok: true, value: parsed.data };
}

const ScenarioRequest = z.object({ names: z.array(z.string().max(100)).max(20) });

function scenarioView(runtime: MockRuntime) {
  return { names: runtime.scenario().names, available: SCENARIO_NAMES };
}

/** Test and demo aids outside the contract. */
function mockControlHandlers(runtime: MockRuntime, faults: FaultQueue): HttpHandler[] {
  return [
    http.post('*/__mock/reset', () => {
      runtime.reset();
      faults.clear();
      runtime.notifyChange();
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/__mock/orders', () => HttpResponse.json({ orders: runtime.backend.listOrders() })),
    http.get('*/__mock/requests', () => HttpResponse.json({ requests: runtime.requests() })),
    // The texts "sent" (hand-off links, token included): for tests and demos, logged nowhere.
    http.get('*/__mock/messages', () =>
      HttpResponse.json({ messages: runtime.backend.listMessages() }),
    ),
    // The analytics collector (VITE_ANALYTICS_URL): keeps the events, never who sent them.
    http.post('*/__mock/analytics', async ({ request }) => {
      const parsed = await parseControlBody(request, FunnelEventBatch);
      if (!parsed.ok) return parsed.response;
      runtime.collectFunnelEvents(parsed.value.events);
      runtime.notifyChange();
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/__mock/analytics', () => HttpResponse.json({ events: runtime.funnelEvents() })),
    http.get('*/__mock/scenario', () => HttpResponse.json(scenarioView(runtime))),
    http.post('*/__mock/scenario', async ({ request }) => {
      const parsed = await parseControlBody(request, ScenarioRequest);
      if (!parsed.ok) return parsed.response;
      const { names, unknown } = parseScenarioList(parsed.value.names.join(','));
      if (unknown.length > 0) {
        return HttpResponse.json({ unknown, available: SCENARIO_NAMES }, { status: 400 });
      }
      runtime.selectScenarios(names);
      runtime.notifyChange();
      return HttpResponse.json(scenarioView(runtime));
    }),
    http.post('*/__mock/faults', async ({ request }) => {
      const parsed = await parseControlBody(request, FaultRequest);
      if (!parsed.ok) return parsed.response;
      faults.add(parsed.value);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('*/__mock/sold-out', async ({ request }) => {
      const parsed = await parseControlBody(request, SoldOutRequest);
      if (!parsed.ok) return parsed.response;
      runtime.backend.markSoldOut(parsed.value.offerIds);
      runtime.notifyChange();
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('*/__mock/seed', async ({ request }) => {
      const parsed = await parseControlBody(request, SeedRequest);
      if (!parsed.ok) return parsed.response;
      const response = seedOrder(runtime.backend, parsed.value);
      runtime.notifyChange();
      return toHttpResponse(response);
    }),
  ];
}

export function createHandlers(runtime: MockRuntime, options: HandlerOptions = {}): HttpHandler[] {
  // Not part of the runtime's snapshot: a fault is for the requests of this page, not a reload.
  const faults = createFaultQueue();
  return [...operationHandlers(runtime, faults, options), ...mockControlHandlers(runtime, faults)];
}

/** The handlers over the shared `mockRuntime`, without latency. */
export const handlers = createHandlers(mockRuntime);
