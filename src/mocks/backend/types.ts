import type { z } from 'zod';
import type { OperationId, operations } from '@/api/contract/operations';
import type { CreditDecision, Fulfillment } from '@/api/contract/schemas';

/** A request as the backend sees it, whatever carried it (MSW, node:http, a unit test). */
export interface MockRequest {
  /** The bearer token, without the `Bearer ` prefix. */
  token?: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** Parsed JSON, not yet validated. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface MockResponse {
  status: number;
  /** Null for 204 No Content. */
  body: unknown;
  headers?: Record<string, string>;
}

// ---------------------------------------------------------------- state (plain JSON)

/** Sign-in bookkeeping per subject (a persona, or an identifier without an account). */
export interface SignInRecord {
  /** Epoch ms of code requests in the last hour. */
  codeRequests: number[];
  /** The one live code; never the digits themselves. */
  challenge: { expiresAt: number; used: boolean } | null;
  failures: number;
  lockedUntil: number | null;
}

export interface SessionRecord {
  personaId: string;
  customerId: string;
  expiresAt: number;
}

export interface StoredLine {
  id: string;
  planId: string;
  deviceId?: string;
  promotionId?: string;
  hold: { number: string; expiresAt: string } | null;
}

export interface StoredCredit {
  decision: CreditDecision;
  referenceId: string;
  checkedAt: string;
  policyApplied: boolean;
}

export interface StoredOrder {
  id: string;
  personaId: string;
  customerId: string;
  status: 'open' | 'in_review' | 'declined' | 'submitted';
  lines: StoredLine[];
  credit: StoredCredit | null;
  fulfillment: Fulfillment | null;
  orderNumber?: string;
  submittedAt?: string;
  createdAt: string;
}

export interface IdempotencyRecord {
  fingerprint: string;
  status: number;
  body: unknown;
}

export const STATE_VERSION = 1;

export interface MockState {
  version: typeof STATE_VERSION;
  signIn: Record<string, SignInRecord>;
  sessions: Record<string, SessionRecord>;
  orders: Record<string, StoredOrder>;
  /** By `${personaId}:${Idempotency-Key}`. */
  idempotency: Record<string, IdempotencyRecord>;
  /** Plans, devices or promotions no longer sold; room for an "offer gone" scenario. */
  soldOutOfferIds: string[];
}

export function initialState(): MockState {
  return {
    version: STATE_VERSION,
    signIn: {},
    sessions: {},
    orders: {},
    idempotency: {},
    soldOutOfferIds: [],
  };
}

// ---------------------------------------------------------------- operation typing

type Op<K extends OperationId> = (typeof operations)[K];

export type BodyOf<K extends OperationId> =
  Op<K> extends { body: infer S extends z.ZodType } ? z.output<S> : undefined;
export type QueryOf<K extends OperationId> =
  Op<K> extends { query: infer S extends z.ZodType } ? z.output<S> : undefined;
export type ResponseOf<K extends OperationId> = Op<K>['response'] extends infer S extends z.ZodType
  ? z.output<S>
  : undefined;
export type SessionOf<K extends OperationId> = Op<K>['auth'] extends true ? SessionRecord : null;

/** Shared by every operation of one request; `state` is a draft committed only on success. */
export interface Context {
  state: MockState;
  now: number;
}

export interface OperationInput<K extends OperationId> {
  session: SessionOf<K>;
  token: string | undefined;
  params: Record<string, string>;
  query: QueryOf<K>;
  body: BodyOf<K>;
  headers: Record<string, string>;
}

export type OperationImpl<K extends OperationId> = (
  ctx: Context,
  input: OperationInput<K>,
) => MockResponse;
export type OperationImpls = { [K in OperationId]: OperationImpl<K> };
