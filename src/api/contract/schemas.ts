/**
 * The /v1 contract's data shapes. These zod schemas are the single source of truth: the
 * OpenAPI document (`openapi.json`) is generated from them, the API client parses every
 * response with them, and the mock backend answers with them. The few that the first page needs
 * live in `boot-schemas.ts`, those of the calls before sign-in in `public-schemas.ts` and
 * `sign-in-schemas.ts` (all re-exported here); the rest load with the first signed-in call.
 */
import { z } from 'zod';
import { extensibleEnum, isoDateTime, LineInput, MAX_LINES, named } from './boot-schemas';
import { Address } from './public-schemas';
import { Base64Url } from './sign-in-schemas';

export { components, LineInput, MAX_LINES, Session } from './boot-schemas';
export * from './public-schemas';
export * from './sign-in-schemas';

export const Cents = named(
  'Cents',
  z.number().int().describe('An amount of US dollars in integer cents.'),
);

/** The steps of the checkout, in order. */
export const STEP_IDS = [
  'sign-in',
  'account',
  'offers',
  'cart',
  'credit',
  'shipping',
  'number',
  'terms',
  'review',
] as const;

export const StepId = extensibleEnum(
  'StepId',
  STEP_IDS,
  'A step of the checkout, in order: where an order goes next, or which step fixes a problem.',
);
export type StepId = z.infer<typeof StepId>;
export type KnownStepId = (typeof STEP_IDS)[number];

export const PasskeyRegistrationOptions = named(
  'PasskeyRegistrationOptions',
  z.object({
    challenge: Base64Url,
    rp: z.object({ id: z.string(), name: z.string() }),
    user: z.object({ id: Base64Url, name: z.string(), displayName: z.string() }),
    pubKeyCredParams: z.array(z.object({ type: z.literal('public-key'), alg: z.number().int() })),
    timeoutMs: z.number().int().positive(),
    excludeCredentials: z
      .array(z.object({ type: z.literal('public-key'), id: Base64Url }))
      .describe("The customer's passkeys already registered; empty when there are none."),
    expiresAt: isoDateTime,
  }),
  'Options for `navigator.credentials.create` for the signed-in customer; the challenge is single-use.',
);
export type PasskeyRegistrationOptions = z.infer<typeof PasskeyRegistrationOptions>;

export const PasskeyAlgorithm = named(
  'PasskeyAlgorithm',
  z.union([z.literal(-7), z.literal(-257)]),
  'COSE algorithm: -7 is ES256 (ECDSA P-256 with SHA-256), -257 is RS256.',
);

export const RegisterPasskeyRequest = named(
  'RegisterPasskeyRequest',
  z.object({
    id: Base64Url.describe('The credential id.'),
    clientDataJSON: Base64Url,
    publicKey: Base64Url.describe('`response.getPublicKey()`: the SubjectPublicKeyInfo, DER.'),
    publicKeyAlgorithm: PasskeyAlgorithm.describe('`response.getPublicKeyAlgorithm()`.'),
  }),
);
export type RegisterPasskeyRequest = z.infer<typeof RegisterPasskeyRequest>;

export const RegisteredPasskey = named(
  'RegisteredPasskey',
  z.object({ id: Base64Url, createdAt: isoDateTime }),
);

// ---------------------------------------------------------------- customers

export const Customer = named(
  'Customer',
  z.object({
    id: z.string(),
    accountNumberMasked: z.string().describe('e.g. `•••• 4821`'),
    firstName: z.string(),
    lastName: z.string(),
    phoneMasked: z.string(),
    emailMasked: z.string(),
    serviceAddress: Address,
    existingLines: z.number().int().min(0),
    canOrderOnline: z.boolean(),
  }),
);
export type Customer = z.infer<typeof Customer>;

export const CustomersResponse = named(
  'CustomersResponse',
  z.object({ customers: z.array(Customer) }),
);

// ---------------------------------------------------------------- offers

export const Plan = named(
  'Plan',
  z.object({
    id: z.string(),
    name: z.string(),
    data: z.string().describe('e.g. `Unlimited` or `15 GB`'),
    features: z.array(z.string()),
    monthlyCents: Cents.describe('Per line, without autopay.'),
    autopayDiscountCents: Cents.describe(
      'What the advertised autopay price takes off; not part of this flow.',
    ),
  }),
);
export type Plan = z.infer<typeof Plan>;

export const Device = named(
  'Device',
  z.object({
    id: z.string(),
    brand: z.string(),
    name: z.string().describe('The model without the brand, e.g. `Pixel 9a`.'),
    storage: z.string(),
    color: z.string(),
    fullPriceCents: Cents,
    installmentMonths: z.number().int().positive(),
    monthlyInstallmentCents: Cents,
    downPaymentCents: Cents.describe('Standard down payment; a credit policy may raise it.'),
    esimCapable: z.boolean(),
  }),
);
export type Device = z.infer<typeof Device>;

export const Promotion = named(
  'Promotion',
  z.object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    conditions: z.array(z.string()),
    monthlyCreditCents: Cents,
    months: z.number().int().positive(),
    planIds: z.array(z.string()).describe('The plans it applies to; empty for any plan.'),
    deviceIds: z
      .array(z.string())
      .describe('The devices it needs; empty for any line, with a device or without.'),
  }),
);
export type Promotion = z.infer<typeof Promotion>;

export const Bundle = named(
  'Bundle',
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    planId: z.string(),
    deviceId: z.string(),
    promotionId: z.string().optional(),
  }),
);
export type Bundle = z.infer<typeof Bundle>;

export const DeliveryOption = named('DeliveryOption', z.enum(['standard', 'express']));
export type DeliveryOption = z.infer<typeof DeliveryOption>;

export const DeliveryOffer = named(
  'DeliveryOffer',
  z.object({
    id: DeliveryOption,
    priceCents: Cents.describe('Added to the first bill; 0 for free delivery.'),
    minBusinessDays: z.number().int().min(0),
    maxBusinessDays: z.number().int().min(0),
  }),
  'A way to deliver the order, with its price and how long it takes.',
);
export type DeliveryOffer = z.infer<typeof DeliveryOffer>;

export const OffersResponse = named(
  'OffersResponse',
  z.object({
    plans: z.array(Plan),
    devices: z.array(Device),
    bundles: z.array(Bundle),
    promotions: z.array(Promotion),
    activationFeeCents: Cents.describe(
      "One-time fee per line, due on the first bill; part of each order line's `dueOnFirstBillCents`.",
    ),
    deliveryOptions: z
      .array(DeliveryOffer)
      .min(1)
      .describe('Every value of `DeliveryOption`, with what it costs; `standard` first.'),
  }),
);
export type OffersResponse = z.infer<typeof OffersResponse>;

// ---------------------------------------------------------------- orders

const LinesInput = z.array(LineInput).min(1).max(MAX_LINES);

export const CreateOrderRequest = named(
  'CreateOrderRequest',
  z.object({ customerId: z.string(), lines: LinesInput }),
);
export type CreateOrderRequest = z.infer<typeof CreateOrderRequest>;

export const ReplaceLinesRequest = named(
  'ReplaceLinesRequest',
  z.object({ lines: LinesInput }),
  'The new lines. A new line with the plan and device of an existing one is that line (its id ' +
    'and number hold stay); with as many lines as before, a line whose plan or device changed ' +
    'in place stays that line too.',
);
export type ReplaceLinesRequest = z.infer<typeof ReplaceLinesRequest>;

export const NumberHold = named(
  'NumberHold',
  z.object({
    number: z.string().regex(/^\d{10}$/),
    expiresAt: isoDateTime,
  }),
);
export type NumberHold = z.infer<typeof NumberHold>;

export const SimType = named('SimType', z.enum(['physical', 'esim']));
export type SimType = z.infer<typeof SimType>;

export const OrderLine = named(
  'OrderLine',
  z.object({
    id: z.string(),
    planId: z.string(),
    planName: z.string(),
    deviceId: z.string().optional(),
    deviceName: z.string().optional(),
    promotionId: z.string().optional(),
    promotionTitle: z.string().optional(),
    monthlyCents: Cents.describe('Plan plus device installment less promotion credit.'),
    dueOnFirstBillCents: Cents.describe('Device down payment and activation fee.'),
    esimCapable: z.boolean().describe('False for a line without a device.'),
    hold: NumberHold.nullable().describe(
      'Null until a number is reserved. An expired hold stays, with its past `expiresAt`.',
    ),
  }),
);
export type OrderLine = z.infer<typeof OrderLine>;

export const CREDIT_DECISIONS = [
  'approved',
  'approved_with_deposit',
  'approved_with_conditions',
  'manual_review',
  'declined',
] as const;

export const CreditDecision = extensibleEnum(
  'CreditDecision',
  CREDIT_DECISIONS,
  'The outcome of the credit check. A client treats a value it does not know as not approved.',
);
export type CreditDecision = z.infer<typeof CreditDecision>;
export type KnownCreditDecision = (typeof CREDIT_DECISIONS)[number];

export const CreditPolicy = named(
  'CreditPolicy',
  z.object({
    decision: CreditDecision,
    referenceId: z.string(),
    maxLines: z
      .number()
      .int()
      .min(0)
      .max(MAX_LINES)
      .describe('0 for `manual_review` and `declined`.'),
    depositCents: Cents.describe('0 unless the decision is `approved_with_deposit`.'),
    deviceDownPaymentPercent: z
      .number()
      .int()
      .min(0)
      .max(100)
      .describe(
        "A device's down payment is the larger of its standard one and this share of its full " +
          'price (rounded to the cent); its installment is what is left over its months, ' +
          'rounded. 0 keeps the standard down payment.',
      ),
    riskBasedPricingNotice: z.string().optional(),
    manualReview: z
      .object({ reference: z.string(), phone: z.string(), nextSteps: z.array(z.string()) })
      .optional(),
    adverseAction: z
      .object({
        bureauName: z.string(),
        bureauAddress: z.string(),
        bureauPhone: z.string(),
        bureauWebsite: z.string(),
        score: z.number().int(),
        scoreRange: z.object({ min: z.number().int(), max: z.number().int() }),
        keyFactors: z.array(z.string()).min(1),
        scoreDate: z.iso.date(),
        statements: z
          .array(z.string())
          .optional()
          .describe(
            'Addition: the notice text the creditor must show (the bureau did not decide, free report within 60 days, right to dispute).',
          ),
      })
      .optional(),
  }),
  'What the credit decision allows for this order.',
);
export type CreditPolicy = z.infer<typeof CreditPolicy>;

export const Credit = named(
  'Credit',
  z.object({
    decision: CreditDecision,
    referenceId: z.string(),
    policyApplied: z.boolean(),
  }),
);

export const AgreementAcceptance = named(
  'AgreementAcceptance',
  z.object({ agreementId: z.string(), version: z.string(), acceptedAt: isoDateTime }),
);
export type AgreementAcceptance = z.infer<typeof AgreementAcceptance>;

export const Fulfillment = named(
  'Fulfillment',
  z.object({
    shippingAddress: Address,
    e911Address: Address,
    deliveryOption: DeliveryOption,
    simType: SimType,
    agreements: z.array(AgreementAcceptance),
  }),
);
export type Fulfillment = z.infer<typeof Fulfillment>;

export const OrderTotals = named(
  'OrderTotals',
  z.object({
    monthlyCents: Cents,
    dueOnFirstBillCents: Cents.describe('Down payments, activation fees, deposit, shipping.'),
    depositCents: Cents.describe("The applied credit policy's deposit; 0 until it is applied."),
    shippingCents: Cents,
    estimatedTaxesCents: Cents.describe(
      "Monthly taxes on `monthlyCents`, at the shipping address's rate (the account's service " +
        'address until there is one); not part of `dueOnFirstBillCents`.',
    ),
    taxesEstimated: z.boolean().describe('True until the shipping address is known.'),
  }),
);
export type OrderTotals = z.infer<typeof OrderTotals>;

export const OrderStatus = named(
  'OrderStatus',
  z.enum(['open', 'in_review', 'declined', 'submitted']),
);

export const Order = named(
  'Order',
  z.object({
    id: z.string(),
    customerId: z.string(),
    status: OrderStatus,
    lines: z.array(OrderLine).min(1).max(MAX_LINES),
    credit: Credit.nullable(),
    fulfillment: Fulfillment.nullable(),
    totals: OrderTotals,
    nextStep: StepId.describe('The first step this order still needs.'),
    orderNumber: z.string().optional().describe('Set once submitted.'),
    submittedAt: isoDateTime.optional(),
    createdAt: isoDateTime,
  }),
);
export type Order = z.infer<typeof Order>;

// ---------------------------------------------------------------- credit

export const CreditSubmitRequest = named(
  'CreditSubmitRequest',
  z.object({
    authorization: z.object({
      accepted: z.literal(true),
      disclosureVersion: z
        .string()
        .describe('The version of the credit-check disclosure the customer saw.'),
      acceptedAt: isoDateTime,
    }),
    ssn: z
      .string()
      .regex(/^\d{9}$/)
      .describe(
        'As the SSA issues them (the app refuses others before calling): the area is never 000, ' +
          '666 or 900-999, the group never 00, the serial never 0000.',
      ),
    dateOfBirth: z.iso
      .date()
      .describe('The applicant is 18 or older (the app refuses others before calling).'),
    address: Address,
  }),
);
export type CreditSubmitRequest = z.infer<typeof CreditSubmitRequest>;

export const CreditSubmitResponse = named(
  'CreditSubmitResponse',
  z.object({ decision: CreditDecision, referenceId: z.string() }),
);

export const ApplyCreditPolicyRequest = named(
  'ApplyCreditPolicyRequest',
  z.object({
    referenceId: z.string(),
    keepLineIds: z
      .array(z.string())
      .optional()
      .describe('With a line cap: which lines stay. Default: the first ones.'),
  }),
);
export type ApplyCreditPolicyRequest = z.infer<typeof ApplyCreditPolicyRequest>;

// ---------------------------------------------------------------- fulfillment and terms

export const FulfillmentRequest = named(
  'FulfillmentRequest',
  z.object({
    shippingAddress: Address,
    e911Address: Address,
    deliveryOption: DeliveryOption,
    simType: SimType,
  }),
);
export type FulfillmentRequest = z.infer<typeof FulfillmentRequest>;

export const FulfillmentPatchRequest = named(
  'FulfillmentPatchRequest',
  FulfillmentRequest.partial().extend({
    agreements: z
      .array(AgreementAcceptance)
      .optional()
      .describe(
        'Acceptances to record, added to those already recorded: one per agreement id, a newer ' +
          'version replacing an older one.',
      ),
  }),
);
export type FulfillmentPatchRequest = z.infer<typeof FulfillmentPatchRequest>;

export const Agreement = named(
  'Agreement',
  z.object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    summary: z.string(),
    body: z.array(z.string()).describe('Paragraphs of plain text.'),
  }),
);
export type Agreement = z.infer<typeof Agreement>;

export const AgreementsResponse = named(
  'AgreementsResponse',
  z.object({ agreements: z.array(Agreement) }),
);

// ---------------------------------------------------------------- numbers

export const NumberSearchRequest = named(
  'NumberSearchRequest',
  z
    .object({
      lineId: z.string(),
      areaCode: z
        .string()
        .regex(/^\d{3}$/)
        .optional(),
      zip: z
        .string()
        .regex(/^\d{5}$/)
        .optional(),
    })
    .refine((body) => Boolean(body.areaCode) !== Boolean(body.zip), {
      message: 'Give an area code or a ZIP code.',
    }),
  'Give exactly one of `areaCode` and `zip`.',
);
export type NumberSearchRequest = z.infer<typeof NumberSearchRequest>;

export const NumberSearchResponse = named(
  'NumberSearchResponse',
  z.object({
    numbers: z.array(z.string().regex(/^\d{10}$/)),
    nearbyAreaCodes: z
      .array(z.string().regex(/^\d{3}$/))
      .describe('Area codes near the one searched, to suggest when `numbers` is empty.'),
  }),
  'Numbers free to reserve. A search that finds none is not an error: `numbers` is empty.',
);
export type NumberSearchResponse = z.infer<typeof NumberSearchResponse>;

export const NumberReserveRequest = named(
  'NumberReserveRequest',
  z.object({ lineId: z.string(), number: z.string().regex(/^\d{10}$/) }),
  'Reserving the number a line already holds renews the hold; another number replaces it.',
);
export type NumberReserveRequest = z.infer<typeof NumberReserveRequest>;

export const NumberReleaseRequest = named('NumberReleaseRequest', z.object({ lineId: z.string() }));

// ---------------------------------------------------------------- validate and submit

/** Each validation problem's code and the step whose page fixes it. */
export const VALIDATION_PROBLEM_STEPS = {
  OFFER_UNAVAILABLE: 'cart',
  CREDIT_CHECK_REQUIRED: 'credit',
  CREDIT_POLICY_NOT_APPLIED: 'credit',
  CREDIT_IN_REVIEW: 'credit',
  CREDIT_DECLINED: 'credit',
  FULFILLMENT_REQUIRED: 'shipping',
  SIM_TYPE_UNSUPPORTED: 'shipping',
  NUMBER_REQUIRED: 'number',
  HOLD_EXPIRED: 'number',
  AGREEMENT_REQUIRED: 'terms',
  ORDER_SUBMITTED: 'review',
} as const satisfies Record<string, KnownStepId>;

export type KnownValidationProblemCode = keyof typeof VALIDATION_PROBLEM_STEPS;

export const ValidationProblemCode = extensibleEnum(
  'ValidationProblemCode',
  Object.keys(VALIDATION_PROBLEM_STEPS) as [
    KnownValidationProblemCode,
    ...KnownValidationProblemCode[],
  ],
  'What an order still needs. The problem names the step that fixes it: ' +
    Object.entries(VALIDATION_PROBLEM_STEPS)
      .map(([code, step]) => `\`${code}\` (${step})`)
      .join(', ') +
    '.',
);

export const ValidationProblem = named(
  'ValidationProblem',
  z.object({
    code: ValidationProblemCode,
    message: z.string().describe('English text for logs; clients show their own words.'),
    step: StepId.describe('The step whose page fixes the problem.'),
    lineId: z.string().optional().describe('The line the problem is about, when it is one line.'),
  }),
);
export type ValidationProblem = z.infer<typeof ValidationProblem>;

export const ValidationResult = named(
  'ValidationResult',
  z.object({ valid: z.boolean(), problems: z.array(ValidationProblem) }),
);
export type ValidationResult = z.infer<typeof ValidationResult>;

export const SubmitOrderRequest = named('SubmitOrderRequest', z.object({ orderId: z.string() }));
export type SubmitOrderRequest = z.infer<typeof SubmitOrderRequest>;

// ---------------------------------------------------------------- hand-off

/** The app's page for a hand-off: a link is the app's origin, this path, `#` and the token. */
export const HANDOFF_PATH = '/continue';

export const HandoffToken = named(
  'HandoffToken',
  z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  "A hand-off's token: 256 random bits, unpadded base64url. Only in a link's fragment or a body.",
);

/** The typed code: no 0, O, 1, I, L or U. */
export const HANDOFF_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const HANDOFF_CODE_LENGTH = 8;

export const HandoffTokenBody = named('HandoffTokenBody', z.object({ token: HandoffToken }));

export const HandoffCodeRequest = named(
  'HandoffCodeRequest',
  z.object({
    code: z.string().regex(new RegExp(`^[${HANDOFF_CODE_ALPHABET}]{${HANDOFF_CODE_LENGTH}}$`)),
  }),
  'The code as shown, upper-case, without spaces or hyphens.',
);

export const HandoffTokenState = extensibleEnum(
  'HandoffTokenState',
  ['valid', 'expired', 'used'],
  'A client treats a value it does not know as not valid.',
);

export const HandoffTokenStatus = named(
  'HandoffTokenStatus',
  z.object({ state: HandoffTokenState }),
);

export const Handoff = named(
  'Handoff',
  z.object({
    token: HandoffToken.describe(
      `For the link (QR code and text): the app's origin, \`${HANDOFF_PATH}#\`, then the token.`,
    ),
    code: HandoffCodeRequest.shape.code.describe(
      `To type at the app's origin and \`${HANDOFF_PATH}\`, for those who cannot scan.`,
    ),
    expiresAt: isoDateTime,
  }),
  'An open hand-off of an order to another device; it replaces the one before.',
);
export type Handoff = z.infer<typeof Handoff>;

export const HandoffState = extensibleEnum(
  'HandoffState',
  ['open', 'claimed', 'expired', 'none'],
  "The state of the order's latest hand-off; `none` when it never had one. A client treats a " +
    'value it does not know as `expired`.',
);

export const HandoffStatus = named(
  'HandoffStatus',
  z.object({
    state: HandoffState,
    expiresAt: isoDateTime.optional().describe('Absent when `state` is `none`.'),
  }),
  "The order's latest hand-off, as the device that opened it sees it.",
);
export type HandoffStatus = z.infer<typeof HandoffStatus>;

export const HandoffClaim = named(
  'HandoffClaim',
  z.object({
    orderId: z.string(),
    nextStep: StepId.describe('The first step the order still needs: where to continue.'),
  }),
);
export type HandoffClaim = z.infer<typeof HandoffClaim>;

export const HandoffLinkSent = named(
  'HandoffLinkSent',
  z.object({
    phoneMasked: z.string().describe("The account's number on file that the link went to."),
    resendAvailableAt: isoDateTime,
  }),
);

// ---------------------------------------------------------------- sandbox

export const AdvanceClockRequest = named(
  'AdvanceClockRequest',
  z.object({ advanceSeconds: z.number().int().positive().max(86_400) }),
);

export const SandboxClock = named(
  'SandboxClock',
  z.object({ now: isoDateTime.describe("The test environment's time after the move.") }),
);
