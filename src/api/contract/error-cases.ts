/**
 * Every error each operation can answer: its status, its code, when, and the `fieldErrors`
 * paths it carries. The OpenAPI document is built from this table (and the conformance kit
 * checks a backend against the document); the app does not load it.
 */
import type { OperationId } from './operations';
import type { KnownErrorCode } from './public-schemas';

export interface ErrorCase {
  status: number;
  code: KnownErrorCode;
  when: string;
  /** `fieldErrors[].field` paths it carries; `N` stands for an array index. */
  fields?: readonly string[];
}

/** What any operation may answer, from the API itself or the gateway in front of it. */
export const commonErrorCases: readonly ErrorCase[] = [
  { status: 400, code: 'MALFORMED_REQUEST', when: 'The body is not JSON, or the URL is invalid.' },
  {
    status: 400,
    code: 'VALIDATION_FAILED',
    when: 'The body or query breaks its schema; `fieldErrors` names each field (`query.` before a query parameter).',
    fields: ['<any request field>'],
  },
  { status: 413, code: 'PAYLOAD_TOO_LARGE', when: 'The body is over 64 KiB.' },
  {
    status: 429,
    code: 'RATE_LIMITED',
    when: 'Too many requests from this client; `retryAt` and `Retry-After` say when to try again.',
  },
  { status: 500, code: 'INTERNAL', when: 'An unexpected failure; the request may be retried.' },
  {
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    when: 'The service is down for a while; `Retry-After` (seconds) says when to try again.',
  },
];

/** What every operation that needs a session may answer. */
export const signedInErrorCases: readonly ErrorCase[] = [
  {
    status: 401,
    code: 'UNAUTHENTICATED',
    when: 'No bearer token, or it expired or was signed out.',
  },
  {
    status: 401,
    code: 'SESSION_HANDED_OFF',
    when: 'The session opened a hand-off of an order, and the order was claimed on another device (`claimHandoff`), which ended it.',
  },
];

const passkeyOrigin: ErrorCase = {
  status: 403,
  code: 'FORBIDDEN',
  when: 'The request comes from an origin that is not the relying party of passkeys.',
};

const orderAccess: readonly ErrorCase[] = [
  { status: 403, code: 'FORBIDDEN', when: 'The order belongs to another customer.' },
  { status: 404, code: 'NOT_FOUND', when: 'There is no order with this id.' },
];

const orderWrite: readonly ErrorCase[] = [
  ...orderAccess,
  {
    status: 409,
    code: 'ORDER_NOT_OPEN',
    when: 'The order is in review, declined or submitted.',
  },
];

const stepOutOfOrder = (when: string): ErrorCase => ({
  status: 409,
  code: 'STEP_OUT_OF_ORDER',
  when,
});

const LINE_OFFER_FIELDS = ['lines.N.planId', 'lines.N.deviceId', 'lines.N.promotionId'];

const lineOffers: readonly ErrorCase[] = [
  {
    status: 422,
    code: 'VALIDATION_FAILED',
    when: 'A plan, device or promotion does not exist (`unknown_offer`), or a promotion does not apply to its line (`promotion_conditions_not_met`).',
    fields: LINE_OFFER_FIELDS,
  },
  {
    status: 409,
    code: 'OFFER_UNAVAILABLE',
    when: 'A plan, device or promotion is no longer sold (`offer_unavailable`).',
    fields: LINE_OFFER_FIELDS,
  },
];

const lineLimit: ErrorCase = {
  status: 422,
  code: 'LINE_LIMIT_EXCEEDED',
  when: "More lines than the applied credit policy's `maxLines` (`too_big`).",
  fields: ['lines'],
};

const ADDRESS_FIELDS = ['shippingAddress.line1', 'e911Address.line1'];

const fulfillmentChecks: readonly ErrorCase[] = [
  {
    status: 422,
    code: 'ADDRESS_UNDELIVERABLE',
    when: 'An address cannot be delivered to or located, e.g. a PO Box or a state that is not a US state (`undeliverable`).',
    fields: [...ADDRESS_FIELDS, 'shippingAddress.state', 'e911Address.state'],
  },
  {
    status: 422,
    code: 'ADDRESS_AMBIGUOUS',
    when: 'An address matches several places (`ambiguous`); `suggestions` lists them, and sending one of them is accepted.',
    fields: ADDRESS_FIELDS,
  },
  {
    status: 422,
    code: 'VALIDATION_FAILED',
    when: '`esim` for an order with a line whose device has no eSIM (`esim_unsupported`).',
    fields: ['simType'],
  },
];

const unknownToken: ErrorCase = {
  status: 404,
  code: 'NOT_FOUND',
  when: 'No hand-off has this token (never issued, or forgotten at least a day after it expired).',
};

const handoffExpired = (when: string): ErrorCase => ({
  status: 409,
  code: 'HANDOFF_EXPIRED',
  when,
});
const handoffUsed = (when: string): ErrorCase => ({ status: 409, code: 'HANDOFF_USED', when });

export const errorCases: Record<OperationId, readonly ErrorCase[]> = {
  getAuthMethods: [],
  getHandoffTokenState: [unknownToken],
  redeemHandoffCode: [
    {
      status: 422,
      code: 'HANDOFF_CODE_INVALID',
      when: 'No hand-off has this code; `attemptsRemaining` before code entry locks.',
    },
    {
      status: 423,
      code: 'HANDOFF_CODE_LOCKED',
      when: 'Five wrong codes within 15 minutes, the fifth included; every code is refused until `retryAt`, 15 minutes after the fifth.',
    },
    handoffExpired('The code is of a hand-off that expired or was replaced by a newer one.'),
    handoffUsed('The code is of a hand-off that was claimed.'),
  ],
  generateOtp: [
    {
      status: 400,
      code: 'VALIDATION_FAILED',
      when: 'The identifier is neither a US phone number nor an e-mail address (`invalid_identifier`).',
      fields: ['identifier'],
    },
    {
      status: 429,
      code: 'OTP_COOLDOWN',
      when: 'A code was sent less than 30 seconds ago; `retryAt` says when the next may be sent.',
    },
    {
      status: 429,
      code: 'OTP_RATE_LIMITED',
      when: 'Five codes were sent for this identifier in the last hour; `retryAt` says when.',
    },
  ],
  authenticate: [
    {
      status: 400,
      code: 'VALIDATION_FAILED',
      when: 'The identifier is neither a US phone number nor an e-mail address (`invalid_identifier`).',
      fields: ['identifier'],
    },
    {
      status: 401,
      code: 'OTP_INVALID',
      when: 'The code is wrong, used, or there is no account; `attemptsRemaining` before the lock.',
    },
    {
      status: 401,
      code: 'OTP_EXPIRED',
      when: 'The code is older than 10 minutes; the customer asks for a new one.',
    },
    {
      status: 401,
      code: 'PASSWORD_INVALID',
      when: 'The password is wrong, or there is no account; `attemptsRemaining` before the lock.',
    },
    {
      status: 401,
      code: 'PASSKEY_NOT_FOUND',
      when: "The passkey is not one of this account's.",
    },
    {
      status: 401,
      code: 'PASSKEY_INVALID',
      when: 'The passkey assertion does not verify; `attemptsRemaining` before the lock.',
    },
    {
      status: 423,
      code: 'SIGN_IN_LOCKED',
      when: 'Five wrong attempts in a row (a new code does not reset the count); `retryAt` is 15 minutes after the fifth.',
    },
    passkeyOrigin,
  ],
  getPasskeyChallenge: [passkeyOrigin],
  getCustomers: [
    {
      status: 403,
      code: 'FORBIDDEN',
      when: "A filter (`phone`, `email`, `customerId`) is not the signed-in customer's.",
    },
  ],
  getOffers: [],
  createOrder: [
    {
      status: 403,
      code: 'FORBIDDEN',
      when: "`customerId` is not one of the signed-in customer's accounts.",
    },
    {
      status: 422,
      code: 'ACCOUNT_CANNOT_ORDER_ONLINE',
      when: 'The account cannot order online (the customer visits a store or calls).',
    },
    ...lineOffers,
  ],
  submitCredit: [
    ...orderWrite,
    stepOutOfOrder('The cart has an offer that is no longer sold (`nextStep` is `cart`).'),
  ],
  getCreditPolicy: [...orderAccess, stepOutOfOrder('The credit check has not been run yet.')],
  createFulfillment: [
    ...orderWrite,
    stepOutOfOrder(
      'The credit policy is not applied yet, or the order already has fulfillment (use PATCH).',
    ),
    ...fulfillmentChecks,
  ],
  updateFulfillment: [
    ...orderWrite,
    stepOutOfOrder(
      'The order has no fulfillment yet (use POST), or `agreements` come before `nextStep` is `terms`.',
    ),
    ...fulfillmentChecks,
    {
      status: 422,
      code: 'VALIDATION_FAILED',
      when: 'An agreement is not one this order needs (`unknown_agreement`).',
      fields: ['agreements.N.agreementId'],
    },
    {
      status: 409,
      code: 'AGREEMENT_VERSION_MISMATCH',
      when: 'An agreement changed since it was read (`version_mismatch`); read it again.',
      fields: ['agreements.N.version'],
    },
  ],
  searchNumbers: [
    ...orderWrite,
    { status: 404, code: 'NOT_FOUND', when: 'The order has no line with this `lineId`.' },
    stepOutOfOrder('`nextStep` is a step before `number`.'),
  ],
  reserveNumber: [
    ...orderWrite,
    { status: 404, code: 'NOT_FOUND', when: 'The order has no line with this `lineId`.' },
    stepOutOfOrder('`nextStep` is a step before `number`.'),
    {
      status: 409,
      code: 'NUMBER_TAKEN',
      when: 'Another line or order holds the number, or it is not free any more.',
    },
  ],
  validateOrder: orderAccess,
  submitOrder: [
    {
      status: 400,
      code: 'IDEMPOTENCY_KEY_REQUIRED',
      when: 'No `Idempotency-Key` header, or one longer than 255 characters.',
    },
    {
      status: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
      when: 'The key was used by this customer for a request with another body.',
    },
    ...orderWrite,
    {
      status: 422,
      code: 'ORDER_INVALID',
      when: 'Validate lists a problem; the order stays open.',
    },
  ],
  signOut: [],
  getPasskeyRegistrationOptions: [passkeyOrigin],
  registerPasskey: [
    passkeyOrigin,
    {
      status: 422,
      code: 'PASSKEY_INVALID',
      when: 'The credential does not verify: challenge, origin, relying-party id or key.',
    },
  ],
  getOrder: orderAccess,
  replaceLines: [...orderWrite, ...lineOffers, lineLimit],
  applyCreditPolicy: [
    ...orderWrite,
    stepOutOfOrder('The credit check has not been run yet.'),
    {
      status: 422,
      code: 'VALIDATION_FAILED',
      when: '`referenceId` is not the decision of this order (`mismatch`), or `keepLineIds` does not name distinct lines of it (`invalid_lines`).',
      fields: ['referenceId', 'keepLineIds'],
    },
    lineLimit,
  ],
  releaseNumber: [
    ...orderWrite,
    { status: 404, code: 'NOT_FOUND', when: 'The order has no line with this `lineId`.' },
    {
      status: 409,
      code: 'HANDOFF_OPEN',
      when: 'The order has an open hand-off: its holds stay until it is claimed or expires.',
    },
  ],
  getAgreements: orderAccess,
  createHandoff: orderWrite,
  getHandoff: orderAccess,
  sendHandoffLink: [
    ...orderAccess,
    { status: 404, code: 'NOT_FOUND', when: 'The order never had a hand-off.' },
    handoffExpired("The order's latest hand-off expired; open a new one."),
    handoffUsed("The order's latest hand-off was claimed."),
    {
      status: 429,
      code: 'HANDOFF_LINK_RATE_LIMITED',
      when: 'Three links were texted to this customer in the last hour, or one less than 30 seconds ago; `retryAt` says when the next may be sent.',
    },
  ],
  claimHandoff: [
    unknownToken,
    {
      status: 403,
      code: 'FORBIDDEN',
      when: "The hand-off's order belongs to another customer; the answer says nothing of it, and the token stays valid for its customer.",
    },
    handoffUsed(
      'Another session claimed it (the session that claimed it gets its success again instead).',
    ),
    handoffExpired('It expired, or a newer hand-off of the order replaced it.'),
  ],
  advanceSandboxClock: [
    {
      status: 404,
      code: 'NOT_FOUND',
      when: 'The backend has no test clock (every production backend).',
    },
  ],
};
