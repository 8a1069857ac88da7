import { delay, HttpResponse } from 'msw';
import { z } from 'zod';
import { operations, type OperationId } from '@/api/contract/operations';
import { errorResponse } from './backend/errors';

/**
 * What can go wrong between the app and the server, for tests and demos to provoke on purpose
 * (`POST /__mock/faults`). None of them reaches the backend: the server never sees the request.
 * - `network-error`: the connection fails (fetch rejects).
 * - `server-error`: a 503 in the contract's error shape.
 * - `hang`: no answer ever comes; the client's timeout (or a reload) ends the wait.
 * - `malformed`: a 200 whose body breaks the contract.
 */
const FaultKind = z.enum(['network-error', 'server-error', 'hang', 'malformed']);
type FaultKind = z.infer<typeof FaultKind>;

const operationIds = Object.keys(operations) as [OperationId, ...OperationId[]];

export const FaultRequest = z.object({
  operationId: z.enum(operationIds),
  kind: FaultKind,
  /** How many of the next calls of that operation fail this way. */
  times: z.number().int().min(1).max(20).default(1),
});
type FaultRequest = z.infer<typeof FaultRequest>;

/** Faults waiting for their operation, first in first out. */
export interface FaultQueue {
  add(request: FaultRequest): void;
  /** The fault for this call of the operation, if one is queued (and uses it up). */
  take(operationId: OperationId): FaultKind | undefined;
  clear(): void;
}

export function createFaultQueue(): FaultQueue {
  let queued: Partial<Record<OperationId, FaultKind[]>> = {};
  return {
    add: ({ operationId, kind, times }) => {
      queued[operationId] = [...(queued[operationId] ?? []), ...Array<FaultKind>(times).fill(kind)];
    },
    take: (operationId) => queued[operationId]?.shift(),
    clear: () => {
      queued = {};
    },
  };
}

/** The status the request log records for a fault: 0 when no response arrives. */
export function faultStatus(kind: FaultKind): number {
  if (kind === 'server-error') return 503;
  if (kind === 'malformed') return 200;
  return 0;
}

export async function faultResponse(kind: FaultKind): Promise<Response> {
  switch (kind) {
    case 'network-error':
      return HttpResponse.error();
    case 'server-error': {
      const { status, body } = errorResponse(503, 'SERVICE_UNAVAILABLE', 'Try again shortly.');
      // As the contract asks of a 503: when to try again, in seconds.
      return HttpResponse.json(body as Record<string, unknown>, {
        status,
        headers: { 'Retry-After': '5' },
      });
    }
    case 'malformed':
      return HttpResponse.json({ unexpected: 'shape' });
    case 'hang':
      await delay('infinite');
      return HttpResponse.error();
  }
}
