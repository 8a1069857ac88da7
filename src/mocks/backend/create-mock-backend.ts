import type { z } from 'zod';
import { operations, type Operation, type OperationId } from '@/api/contract/operations';
import type { Order } from '@/api/contract/schemas';
import { authOperations } from './auth';
import { creditOperations } from './credit';
import { customerOperations } from './customers';
import { ApiFailure, fail, validationFailed } from './errors';
import { fulfillmentOperations } from './fulfillment';
import { handoffOperations, keepHoldsWhileHandoffOpen, requireLiveSession } from './handoff';
import type { SentMessage } from './handoff-state';
import { numberOperations } from './numbers';
import { requestLanguage } from './language';
import { orderView } from './order-model';
import { orderOperations } from './orders';
import { sandboxOperations } from './sandbox';
import { pageOrigin, passkeyOperations, provePasskeyRequest } from './webauthn-passkeys';
import {
  initialState,
  type Context,
  type MockRequest,
  type MockResponse,
  type MockState,
  type OperationImpls,
  type OperationInput,
  type PasskeyProof,
} from './types';

export interface MockBackendOptions {
  /** The clock, in epoch ms; tests pass a fake one. The sandbox's test clock moves it ahead. */
  now?: () => number;
  /** State to start from, e.g. restored from storage. */
  state?: MockState;
  /**
   * The web origin passkey ceremonies must come from, given the request's (lower-cased) headers;
   * null refuses passkeys for that request. Default: the page's origin (`pageOrigin`).
   */
  passkeyOrigin?: (headers: Record<string, string>) => string | null;
}

export type MockBackend = Record<OperationId, (request?: MockRequest) => MockResponse> & {
  /**
   * How a transport calls an operation: first the checks WebCrypto can only make asynchronously
   * (a passkey's signature), then the operation. The synchronous methods skip those checks, so a
   * passkey sign-in or registration through them is refused.
   */
  respond(id: OperationId, request?: MockRequest): Promise<MockResponse>;
  /** A copy of the state, plain JSON. */
  serialize(): MockState;
  restore(state: MockState): void;
  reset(): void;
  /** Every order on the server, as the API shows it (a test and demo aid). */
  listOrders(): Order[];
  /** Stops selling these plans, devices or promotions (an offer gone after it was chosen). */
  markSoldOut(offerIds: readonly string[]): void;
  /** The texts the backend would have sent, oldest first (a test and demo aid). */
  listMessages(): SentMessage[];
};

const impls: OperationImpls = {
  ...authOperations,
  ...customerOperations,
  ...orderOperations,
  ...creditOperations,
  ...fulfillmentOperations,
  ...numberOperations,
  releaseNumber: keepHoldsWhileHandoffOpen(numberOperations.releaseNumber),
  ...handoffOperations,
  ...passkeyOperations,
  ...sandboxOperations,
};

function parse(schema: z.ZodType, value: unknown, prefix?: string): unknown {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(result.error, prefix);
  return result.data;
}

function lowerCaseKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]),
  );
}

/** Adds Retry-After to refusals that carry retryAt, as rate limiters and lockouts do. */
function withRetryAfter(response: MockResponse, now: number): MockResponse {
  const { body } = response;
  if (
    typeof body !== 'object' ||
    body === null ||
    !('retryAt' in body) ||
    typeof body.retryAt !== 'string'
  ) {
    return response;
  }
  const seconds = Math.max(0, Math.ceil((Date.parse(body.retryAt) - now) / 1000));
  return { ...response, headers: { ...response.headers, 'Retry-After': String(seconds) } };
}

/**
 * The carrier's /v1 API as a pure state machine: one method per operation of the contract,
 * each taking a request-like input and answering `{ status, body, headers? }`.
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const realNow = options.now ?? Date.now;
  const now = () => realNow() + state.clockOffsetMs;
  const passkeyOrigin = options.passkeyOrigin ?? pageOrigin;
  let state = structuredClone(options.state ?? initialState());

  function run<K extends OperationId>(
    id: K,
    request: MockRequest,
    proof: PasskeyProof | null,
  ): MockResponse {
    const operation: Operation = operations[id];
    // Work on a draft: a refusal (thrown ApiFailure) leaves the state as it was.
    const ctx: Context = {
      state: structuredClone(state),
      now: now(),
      language: requestLanguage(request.headers),
    };
    try {
      const headers = lowerCaseKeys(request.headers ?? {});
      const session = operation.auth ? requireLiveSession(ctx, request.token) : null;
      const query = operation.query
        ? parse(operation.query, request.query ?? {}, 'query')
        : undefined;
      const body = operation.body ? parse(operation.body, request.body) : undefined;
      const key = headers['idempotency-key']?.trim() ?? '';
      if (operation.idempotent && (key.length === 0 || key.length > 255)) {
        throw fail(
          400,
          'IDEMPOTENCY_KEY_REQUIRED',
          'Send an Idempotency-Key header (1 to 255 characters).',
        );
      }
      const input = {
        session,
        token: request.token,
        params: request.params ?? {},
        query,
        body,
        headers,
        origin: passkeyOrigin(headers),
        proof,
      };
      const response = impls[id](ctx, input as OperationInput<K>);
      state = ctx.state;
      return withRetryAfter(response, ctx.now);
    } catch (error) {
      if (error instanceof ApiFailure) return withRetryAfter(error.response, ctx.now);
      throw error;
    }
  }

  const methods = Object.fromEntries(
    (Object.keys(operations) as OperationId[]).map((id) => [
      id,
      (request: MockRequest = {}) => run(id, request, null),
    ]),
  ) as Record<OperationId, (request?: MockRequest) => MockResponse>;

  return {
    ...methods,
    respond: async (id, request = {}) => {
      const origin = passkeyOrigin(lowerCaseKeys(request.headers ?? {}));
      const proof = await provePasskeyRequest(state, id, request, origin);
      return run(id, request, proof);
    },
    serialize: () => structuredClone(state),
    restore: (next) => {
      state = structuredClone(next);
    },
    reset: () => {
      state = initialState();
    },
    listOrders: () => {
      const ctx: Context = { state, now: now() };
      return Object.values(state.orders).map((order) => orderView(ctx, order));
    },
    markSoldOut: (offerIds) => {
      state = { ...state, soldOutOfferIds: [...new Set([...state.soldOutOfferIds, ...offerIds])] };
    },
    listMessages: () => structuredClone(state.messages),
  };
}
