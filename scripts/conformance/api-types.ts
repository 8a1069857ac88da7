/**
 * The fields of the document's shapes that the kit reads. A flow reads a body only after it
 * matched the document's schema (see `Flow.need`), so these are views of validated JSON.
 */

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  zip: string;
}

export interface ApiError {
  code: string;
  message: string;
  fieldErrors: { field: string; code: string }[];
  attemptsRemaining?: number;
  retryAt?: string;
  suggestions?: Address[];
}

export interface OtpSent {
  channel: string;
  expiresAt: string;
  resendAvailableAt: string;
}

export interface Session {
  token: string;
  customerId: string;
}

export interface Customer {
  id: string;
  serviceAddress: Address;
}

export interface NumberHold {
  number: string;
  expiresAt: string;
}

export interface Order {
  id: string;
  status: string;
  nextStep: string;
  lines: { id: string; hold: NumberHold | null }[];
  totals: { depositCents: number };
  orderNumber?: string;
}

export interface CreditDecision {
  decision: string;
  referenceId: string;
}

export interface CreditPolicy extends CreditDecision {
  maxLines: number;
  depositCents: number;
  manualReview?: unknown;
  adverseAction?: unknown;
}

/** The success body of each operation the kit calls. */
export interface ResponseBodies {
  generateOtp: OtpSent;
  authenticate: Session;
  signOut: null;
  getCustomers: { customers: Customer[] };
  getOffers: { plans: { id: string }[] };
  createOrder: Order;
  getOrder: Order;
  replaceLines: Order;
  submitCredit: CreditDecision;
  getCreditPolicy: CreditPolicy;
  applyCreditPolicy: Order;
  createFulfillment: Order;
  updateFulfillment: Order;
  searchNumbers: { numbers: string[]; nearbyAreaCodes: string[] };
  reserveNumber: Order;
  getAgreements: { agreements: { id: string; version: string }[] };
  validateOrder: { valid: boolean; problems: { code: string; step: string }[] };
  submitOrder: Order;
  advanceSandboxClock: { now: string };
}

export type OperationId = keyof ResponseBodies;
