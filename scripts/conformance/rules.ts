/**
 * Every rule the conformance kit reports on, grouped by area, in the order the report lists them.
 * A title says what a conforming backend does, in the document's words.
 */
export const rules = [
  {
    id: 'contract.responses',
    area: 'Contract',
    title:
      "Every response has a status the operation documents and matches that status's schema (error codes, fieldErrors paths)",
  },
  {
    id: 'contract.error-shape',
    area: 'Contract',
    title: 'Every error body has a code, a message and a fieldErrors array',
  },
  {
    id: 'sign-in.same-answer',
    area: 'Sign-in',
    title: 'A code request answers the same for an account and for the unknown phone',
  },
  {
    id: 'sign-in.cooldown',
    area: 'Sign-in',
    title: 'A second code request at once: 429 OTP_COOLDOWN with retryAt and Retry-After',
  },
  {
    id: 'sign-in.lockout',
    area: 'Sign-in',
    title:
      'Wrong codes: 401 OTP_INVALID with attemptsRemaining going down, then 423 SIGN_IN_LOCKED with retryAt and Retry-After',
  },
  {
    id: 'sign-in.otp-expiry',
    area: 'Sign-in',
    title: 'A code older than otpTtl: 401 OTP_EXPIRED',
  },
  {
    id: 'sign-in.lockout-ends',
    area: 'Sign-in',
    title: 'Sign-in is no longer locked once signInLockout has passed',
  },
  {
    id: 'persona.approved',
    area: 'Personas',
    title: 'Approved: the order goes through every step and is submitted with an orderNumber',
  },
  {
    id: 'persona.deposit',
    area: 'Personas',
    title: "Approved with a deposit: the policy's depositCents shows in the order's totals",
  },
  {
    id: 'persona.conditions',
    area: 'Personas',
    title:
      'Approved with conditions: applying the policy keeps maxLines lines; more lines: 422 LINE_LIMIT_EXCEEDED',
  },
  {
    id: 'persona.manual-review',
    area: 'Personas',
    title: 'Manual review: the order is in_review and writes answer 409 ORDER_NOT_OPEN',
  },
  {
    id: 'persona.declined',
    area: 'Personas',
    title: 'Declined: the order is declined and the policy carries the adverse-action notice',
  },
  {
    id: 'persona.cannot-order-online',
    area: 'Personas',
    title: 'An account that cannot order online: createOrder 422 ACCOUNT_CANNOT_ORDER_ONLINE',
  },
  {
    id: 'persona.two-accounts',
    area: 'Personas',
    title: 'Two accounts: getCustomers lists both',
  },
  {
    id: 'states.transitions',
    area: 'Order state machine',
    title: "After each call, the order's status and nextStep are what the state table says",
  },
  {
    id: 'states.out-of-order',
    area: 'Order state machine',
    title: 'A call made before its step is open: 409 STEP_OUT_OF_ORDER',
  },
  {
    id: 'states.closed',
    area: 'Order state machine',
    title: 'A write to a declined or submitted order: 409 ORDER_NOT_OPEN',
  },
  {
    id: 'access.other-customer',
    area: 'Access',
    title: "Another customer's order, read or written: 403 FORBIDDEN",
  },
  {
    id: 'access.unknown-order',
    area: 'Access',
    title: 'An order id that does not exist: 404 NOT_FOUND',
  },
  {
    id: 'access.no-token',
    area: 'Access',
    title: 'A signed-in call without a token: 401 UNAUTHENTICATED',
  },
  {
    id: 'access.signed-out',
    area: 'Access',
    title: 'A token after signOut: 401 UNAUTHENTICATED',
  },
  {
    id: 'address.undeliverable',
    area: 'Addresses and numbers',
    title: 'The undeliverable line1: 422 ADDRESS_UNDELIVERABLE on shippingAddress.line1',
  },
  {
    id: 'address.ambiguous',
    area: 'Addresses and numbers',
    title:
      'The ambiguous line1: 422 ADDRESS_AMBIGUOUS with suggestions, and a suggestion is accepted',
  },
  {
    id: 'numbers.empty-search',
    area: 'Addresses and numbers',
    title: 'The empty area code: 200 with numbers [] and nearbyAreaCodes',
  },
  {
    id: 'holds.duration',
    area: 'Number holds',
    title: 'Reserving holds the number for numberHold (hold.expiresAt)',
  },
  {
    id: 'holds.renew',
    area: 'Number holds',
    title: 'Reserving the held number again renews the hold',
  },
  {
    id: 'holds.expiry',
    area: 'Number holds',
    title: 'After numberHold: validate lists HOLD_EXPIRED (step number) and nextStep is number',
  },
  {
    id: 'submit.key-required',
    area: 'Submitting',
    title: 'submitOrder without Idempotency-Key: 400 IDEMPOTENCY_KEY_REQUIRED',
  },
  {
    id: 'submit.replay',
    area: 'Submitting',
    title:
      'The same key again: the same order and orderNumber (Idempotent-Replayed), no second order',
  },
  {
    id: 'submit.key-reused',
    area: 'Submitting',
    title: 'The same key with another body: 422 IDEMPOTENCY_KEY_REUSED',
  },
] as const;

export type Rule = (typeof rules)[number];
export type RuleId = Rule['id'];
