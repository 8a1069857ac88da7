/**
 * Every /v1 operation: the fourteen of the carrier's call sequence, in its order, then the
 * additions the flow needs. The client, the mock backend and the OpenAPI generator all read
 * this table, so a path or a body is written down once.
 */
import { z } from 'zod';
import * as s from './schemas';

// The client loads the table and the error shape together, in one lazy chunk.
export { ApiErrorBody } from './schemas';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH';

export interface Operation {
  method: HttpMethod;
  /** OpenAPI-style path, e.g. `/v1/order/{id}/validate`. */
  path: string;
  summary: string;
  /** The call-sequence step it belongs to, 1-9. */
  step: number;
  /** True for operations the carrier's call sequence does not list. */
  addition?: boolean;
  /** False only for the calls made before sign-in. */
  auth: boolean;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Null for 204 No Content. */
  response: z.ZodType | null;
  status: 200 | 201 | 202 | 204;
  /** Error statuses this operation can answer with, besides 400, 401, 403, 429, 500 and 503. */
  errors: number[];
  /** Requires an `Idempotency-Key` header. */
  idempotent?: boolean;
}

export const operations = {
  getAuthMethods: {
    method: 'GET',
    path: '/v1/auth-methods',
    summary: 'The ways a customer can sign in.',
    step: 1,
    auth: false,
    response: s.AuthMethodsResponse,
    status: 200,
    errors: [],
  },
  generateOtp: {
    method: 'POST',
    path: '/v1/auth/generateotp',
    summary: 'Send a one-time code. The same answer whether or not the identifier has an account.',
    step: 1,
    auth: false,
    body: s.GenerateOtpRequest,
    response: s.GenerateOtpResponse,
    status: 202,
    errors: [],
  },
  authenticate: {
    method: 'POST',
    path: '/v1/auth',
    summary: 'Sign in with a one-time code, a password or a passkey; returns a bearer token.',
    step: 1,
    auth: false,
    body: s.AuthRequest,
    response: s.Session,
    status: 200,
    errors: [423],
  },
  getCustomers: {
    method: 'GET',
    path: '/v1/customers',
    summary:
      "The signed-in customer's accounts. Filters, when given, must match the token's customer.",
    step: 2,
    auth: true,
    query: z.object({
      phone: z.string().optional(),
      email: z.string().optional(),
      customerId: z.string().optional(),
    }),
    response: s.CustomersResponse,
    status: 200,
    errors: [],
  },
  getOffers: {
    method: 'GET',
    path: '/v1/offers',
    summary: 'Plans, devices, bundles and promotions, priced without autopay.',
    step: 3,
    auth: true,
    response: s.OffersResponse,
    status: 200,
    errors: [],
  },
  createOrder: {
    method: 'POST',
    path: '/v1/order/create',
    summary: 'Create an order of one to five lines.',
    step: 4,
    auth: true,
    body: s.CreateOrderRequest,
    response: s.Order,
    status: 201,
    errors: [409, 422],
  },
  submitCredit: {
    method: 'POST',
    path: '/v1/order/{id}/credit.submit',
    summary: 'Run the authorized credit check. The SSN and date of birth are not stored.',
    step: 5,
    auth: true,
    body: s.CreditSubmitRequest,
    response: s.CreditSubmitResponse,
    status: 200,
    errors: [404, 409, 422],
  },
  getCreditPolicy: {
    method: 'GET',
    path: '/v1/order/{id}/credit.policy',
    summary: 'What the credit decision allows for this order.',
    step: 5,
    auth: true,
    response: s.CreditPolicy,
    status: 200,
    errors: [404, 409],
  },
  createFulfillment: {
    method: 'POST',
    path: '/v1/order/{id}/fulfillment',
    summary: 'Set the delivery and E911 addresses, delivery option and SIM type.',
    step: 6,
    auth: true,
    body: s.FulfillmentRequest,
    response: s.Order,
    status: 201,
    errors: [404, 409, 422],
  },
  updateFulfillment: {
    method: 'PATCH',
    path: '/v1/order/{id}/fulfillment',
    summary: 'Change fulfillment details, or record accepted agreements (version and time).',
    step: 6,
    auth: true,
    body: s.FulfillmentPatchRequest,
    response: s.Order,
    status: 200,
    errors: [404, 409, 422],
  },
  searchNumbers: {
    method: 'POST',
    path: '/v1/order/{id}/number.available',
    summary: 'Available numbers for a line, by area code or ZIP code.',
    step: 7,
    auth: true,
    body: s.NumberSearchRequest,
    response: s.NumberSearchResponse,
    status: 200,
    errors: [404, 409],
  },
  reserveNumber: {
    method: 'PATCH',
    path: '/v1/order/{id}/number.reserve',
    summary: 'Hold a number for a line until `expiresAt`; calling it again renews the hold.',
    step: 7,
    auth: true,
    body: s.NumberReserveRequest,
    response: s.Order,
    status: 200,
    errors: [404, 409],
  },
  validateOrder: {
    method: 'GET',
    path: '/v1/order/{id}/validate',
    summary: 'What the order still needs before it can be submitted, step by step.',
    step: 9,
    auth: true,
    response: s.ValidationResult,
    status: 200,
    errors: [404],
  },
  submitOrder: {
    method: 'POST',
    path: '/v1/order/submit',
    summary: 'Place the order. Retries with the same Idempotency-Key return the first result.',
    step: 9,
    auth: true,
    body: s.SubmitOrderRequest,
    response: s.Order,
    status: 201,
    errors: [404, 409, 422],
    idempotent: true,
  },
  signOut: {
    method: 'POST',
    path: '/v1/auth/signout',
    summary: 'End the session; the token stops working.',
    step: 1,
    addition: true,
    auth: true,
    response: null,
    status: 204,
    errors: [],
  },
  getPasskeyChallenge: {
    method: 'POST',
    path: '/v1/auth/passkey-challenge',
    summary:
      'A single-use challenge for signing in with a passkey (`POST /v1/auth`, method `passkey`).',
    step: 1,
    addition: true,
    auth: false,
    response: s.PasskeyChallenge,
    status: 201,
    errors: [],
  },
  getPasskeyRegistrationOptions: {
    method: 'POST',
    path: '/v1/auth/passkeys/options',
    summary:
      'Options, with a single-use challenge, to create a passkey for the signed-in customer.',
    step: 1,
    addition: true,
    auth: true,
    response: s.PasskeyRegistrationOptions,
    status: 200,
    errors: [],
  },
  registerPasskey: {
    method: 'POST',
    path: '/v1/auth/passkeys',
    summary: "Store a new passkey's credential id and public key for the signed-in customer.",
    step: 1,
    addition: true,
    auth: true,
    body: s.RegisterPasskeyRequest,
    response: s.RegisteredPasskey,
    status: 201,
    errors: [422],
  },
  getOrder: {
    method: 'GET',
    path: '/v1/order/{id}',
    summary: 'Read an order, with the first step it still needs.',
    step: 4,
    addition: true,
    auth: true,
    response: s.Order,
    status: 200,
    errors: [404],
  },
  replaceLines: {
    method: 'PUT',
    path: '/v1/order/{id}/lines',
    summary: 'Change the lines of an open order; answers already given stay where they apply.',
    step: 4,
    addition: true,
    auth: true,
    body: s.ReplaceLinesRequest,
    response: s.Order,
    status: 200,
    errors: [404, 409, 422],
  },
  applyCreditPolicy: {
    method: 'POST',
    path: '/v1/order/{id}/credit.apply',
    summary:
      'Apply the credit policy (deposit, line cap, down payment) to the order in one action.',
    step: 5,
    addition: true,
    auth: true,
    body: s.ApplyCreditPolicyRequest,
    response: s.Order,
    status: 200,
    errors: [404, 409, 422],
  },
  releaseNumber: {
    method: 'POST',
    path: '/v1/order/{id}/number.release',
    summary: "Release a line's number hold.",
    step: 7,
    addition: true,
    auth: true,
    body: s.NumberReleaseRequest,
    response: s.Order,
    status: 200,
    errors: [404, 409],
  },
  getAgreements: {
    method: 'GET',
    path: '/v1/order/{id}/agreements',
    summary: 'The agreements this order needs, with their current versions, in the asked language.',
    step: 8,
    addition: true,
    auth: true,
    response: s.AgreementsResponse,
    status: 200,
    errors: [404],
  },
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;
