import type { z } from 'zod';
import type { OperationId, operations } from '@/api/contract/operations';
import type { Fulfillment, KnownCreditDecision } from '@/api/contract/schemas';
import { emptyHandoffBook, type HandoffBook, type SentMessage } from './handoff-state';
import type { ContentLanguage } from './language';
import { personas } from '../data/personas';
import { toBase64Url } from '@/lib/base64url';
import type { AssertionResult, StoredPasskey } from './webauthn';

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

/** A challenge for a passkey ceremony; deleted on first use, whatever the outcome. */
export interface PasskeyChallengeRecord {
  purpose: 'sign-in' | 'register';
  expiresAt: number;
  /** For a registration: whose passkey it will be. */
  personaId?: string;
}

/** A registered passkey, by credential id. */
export interface PasskeyRecord extends StoredPasskey {
  personaId: string;
  /** base64url; the WebAuthn user handle of the persona. */
  userHandle: string;
  signCount: number;
  createdAt: number;
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
  decision: KnownCreditDecision;
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
  /** The order the submission placed: the record goes when the order is forgotten. */
  orderId: string;
  fingerprint: string;
  status: number;
  body: unknown;
}

export const STATE_VERSION = 5;

export interface MockState {
  version: typeof STATE_VERSION;
  signIn: Record<string, SignInRecord>;
  sessions: Record<string, SessionRecord>;
  /** By challenge (base64url). */
  passkeyChallenges: Record<string, PasskeyChallengeRecord>;
  /** By credential id (base64url); starts with the personas' demo passkeys. */
  passkeys: Record<string, PasskeyRecord>;
  orders: Record<string, StoredOrder>;
  /** By `${personaId}:${Idempotency-Key}`. */
  idempotency: Record<string, IdempotencyRecord>;
  /** Plans, devices or promotions no longer sold; room for an "offer gone" scenario. */
  soldOutOfferIds: string[];
  /** How far the sandbox's test clock has been moved ahead of the real one. */
  clockOffsetMs: number;
  /** Orders handed off to another device, and the limits on codes and texts. */
  handoffs: HandoffBook;
  /** Texts the backend would have sent (hand-off links), newest last. */
  messages: SentMessage[];
}

/** The WebAuthn user handle of a persona: opaque bytes, here its id. */
export function userHandleOf(personaId: string): string {
  return toBase64Url(new TextEncoder().encode(personaId));
}

function demoPasskeys(): Record<string, PasskeyRecord> {
  return Object.fromEntries(
    personas.flatMap(({ id: personaId, passkey }) =>
      passkey
        ? [
            [
              passkey.id,
              {
                ...passkey,
                personaId,
                userHandle: userHandleOf(personaId),
                signCount: 0,
                createdAt: 0,
              },
            ],
          ]
        : [],
    ),
  );
}

export function initialState(): MockState {
  return {
    version: STATE_VERSION,
    signIn: {},
    sessions: {},
    passkeyChallenges: {},
    passkeys: demoPasskeys(),
    orders: {},
    idempotency: {},
    soldOutOfferIds: [],
    clockOffsetMs: 0,
    handoffs: emptyHandoffBook(),
    messages: [],
  };
}

/**
 * WebCrypto is asynchronous and operations are not: a transport first runs these checks on the
 * request (see `respond`), then the operation trusts them only for the key they were made with.
 */
export type PasskeyProof =
  | { kind: 'assertion'; credentialId: string; publicKey: string; result: AssertionResult }
  | { kind: 'public-key'; publicKey: string; valid: boolean };

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
  /** The language the request asked for texts in (Accept-Language); English when absent. */
  language?: ContentLanguage;
}

export interface OperationInput<K extends OperationId> {
  session: SessionOf<K>;
  token: string | undefined;
  params: Record<string, string>;
  query: QueryOf<K>;
  body: BodyOf<K>;
  headers: Record<string, string>;
  /** The web origin passkey ceremonies must come from; null when this request's origin may not. */
  origin: string | null;
  /** What the asynchronous checks found (a passkey's signature, a public key), if they ran. */
  proof: PasskeyProof | null;
}

export type OperationImpl<K extends OperationId> = (
  ctx: Context,
  input: OperationInput<K>,
) => MockResponse;
export type OperationImpls = { [K in OperationId]: OperationImpl<K> };
