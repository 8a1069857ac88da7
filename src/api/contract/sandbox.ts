/**
 * The sandbox a backend's test environment offers: the personas, inputs and time rules that the
 * app's demos, its tests and the conformance kit (`npm run conformance`) rely on. Plain data,
 * written into the OpenAPI document's description; a production backend offers none of it.
 */

export interface SandboxPersona {
  /** Ten digits; any common US format is accepted wherever an identifier is. */
  phone: string;
  email: string;
  /** The customer ids the sign-in reaches, the first one being the session's. */
  customerIds: readonly string[];
  creditDecision:
    | 'approved'
    | 'approved_with_deposit'
    | 'approved_with_conditions'
    | 'manual_review'
    | 'declined';
  canOrderOnline: boolean;
  /** What the persona shows, for people reading the document. */
  story: string;
}

/** The one-time code every persona's code request issues, and every persona's password. */
export const SANDBOX_OTP = '123456';
export const SANDBOX_PASSWORD = 'Checkout-Demo-1';

export const sandboxPersonas: readonly SandboxPersona[] = [
  {
    phone: '2015550101',
    email: 'maya.patel@example.com',
    customerIds: ['C1000101'],
    creditDecision: 'approved',
    canOrderOnline: true,
    story: 'Approved for up to 5 lines; has a registered passkey.',
  },
  {
    phone: '2015550102',
    email: 'daniel.kim@example.com',
    customerIds: ['C1000102'],
    creditDecision: 'approved_with_deposit',
    canOrderOnline: true,
    story: 'Approved with a $200 deposit and the risk-based pricing notice.',
  },
  {
    phone: '2015550103',
    email: 'sofia.martinez@example.com',
    customerIds: ['C1000103'],
    creditDecision: 'approved_with_conditions',
    canOrderOnline: true,
    story: 'Approved with conditions: at most 1 line, 30% device down payment.',
  },
  {
    phone: '2015550104',
    email: 'james.oconnor@example.com',
    customerIds: ['C1000104'],
    creditDecision: 'manual_review',
    canOrderOnline: true,
    story: 'Manual review: a reference and next steps; the order cannot finish online.',
  },
  {
    phone: '2015550105',
    email: 'priya.shah@example.com',
    customerIds: ['C1000105'],
    creditDecision: 'declined',
    canOrderOnline: true,
    story: 'Declined, with the adverse-action notice.',
  },
  {
    phone: '2015550106',
    email: 'chris.morgan@example.com',
    customerIds: ['C1000106', 'C1000116'],
    creditDecision: 'approved',
    canOrderOnline: true,
    story: 'Two accounts: the customer chooses one.',
  },
  {
    phone: '2015550107',
    email: 'taylor.brooks@example.com',
    customerIds: ['C1000107'],
    creditDecision: 'approved',
    canOrderOnline: false,
    story: 'An account that cannot order online (ACCOUNT_CANNOT_ORDER_ONLINE).',
  },
];

/** An identifier with no account: it gets the same answers, and no code or password works. */
export const SANDBOX_UNKNOWN_PHONE = '2015550199';

/** Inputs with a documented outcome. */
export const sandboxInputs = {
  /** A `line1` starting with `PO Box` is refused: ADDRESS_UNDELIVERABLE on `<address>.line1`. */
  undeliverableLine1: 'PO Box 12',
  /** This `line1` is ambiguous: ADDRESS_AMBIGUOUS with `suggestions`; sending one is accepted. */
  ambiguousLine1: '500 Main St',
  /** An area code with no numbers left: an empty search with `nearbyAreaCodes`. */
  emptyAreaCode: '999',
  /** An area code with numbers to offer, and a ZIP code that maps to it. */
  areaCode: '201',
  zip: '07030',
} as const;

/** The time rules, in seconds, that a sandbox must keep (and a test clock can skip over). */
export const sandboxTimeRules = {
  otpTtl: 10 * 60,
  otpResendCooldown: 30,
  /** Code requests per identifier in `otpRequestWindow`. */
  otpMaxRequests: 5,
  otpRequestWindow: 60 * 60,
  /** Wrong codes, passwords or passkeys in a row before sign-in locks. */
  maxSignInFailures: 5,
  signInLockout: 15 * 60,
  sessionTtl: 30 * 60,
  numberHold: 15 * 60,
  /** A hand-off's token and code work for this long, once. */
  handoffTtl: 10 * 60,
  /** Wrong hand-off codes from one client within `handoffCodeWindow` before code entry locks. */
  handoffCodeMaxFailures: 5,
  handoffCodeWindow: 15 * 60,
  handoffCodeLockout: 15 * 60,
  /** Hand-off links texted per customer in `handoffTextWindow`, `handoffTextCooldown` apart. */
  handoffTextMaxSends: 3,
  handoffTextWindow: 60 * 60,
  handoffTextCooldown: 30,
} as const;

/** How a sandbox's hand-off differs from production's; written into the document. */
export const sandboxHandoffNotes: readonly string[] = [
  'A texted link is not sent: the test environment keeps the message, link included, where ' +
    "tests and demos read it (this project's mock: `GET /__mock/messages`), and nowhere else.",
  'Wrong codes may count for the whole environment rather than per client, as the mock does: ' +
    'it cannot tell clients apart.',
];
