/**
 * The steps every persona's flow shares: signing in, choosing the account and a plan, creating
 * the order and running the credit check, each checked against the state table on the way.
 */
import {
  SANDBOX_OTP,
  sandboxPersonas,
  type SandboxPersona,
} from '../../../src/api/contract/sandbox';
import type { Address, CreditDecision, Customer, Order, Session } from '../api-types';
import { excerpt } from '../excerpt';
import { expectError, type Flow, type Kit } from '../flow';
import type { Exchange } from '../http';
import type { RuleId } from '../rules';
import { expectState, stateAfter } from '../state-machine';

/** The sandbox accepts any nine-digit SSN and any adult's date of birth. */
const SANDBOX_SSN = '123456789';
const ADULT_DATE_OF_BIRTH = '1985-07-14';
/** The document does not say which versions a backend accepts; this is the app's. */
const CREDIT_DISCLOSURE_VERSION = '2025.1';

export type LineInput = { planId: string };

/** The sandbox persona a flow needs; when there is none, its rule is NOT CHECKED. */
export function sandboxPersona(
  kit: Kit,
  rule: RuleId,
  matches: (persona: SandboxPersona) => boolean,
): SandboxPersona | undefined {
  const persona = sandboxPersonas.find(matches);
  if (!persona) kit.ledger.notChecked(rule, 'sandbox.ts lists no persona for it');
  return persona;
}

/** A persona with one account that can order online, whose credit check gives `decision`. */
export const decidedAs =
  (decision: SandboxPersona['creditDecision']) =>
  ({ creditDecision, canOrderOnline, customerIds }: SandboxPersona) =>
    creditDecision === decision && canOrderOnline && customerIds.length === 1;

export const serverTime = (kit: Kit) => new Date(kit.clock.now()).toISOString();
export const bearer = (session: Session) => ({ token: session.token });

export async function authenticate(flow: Flow, identifier: string): Promise<Session> {
  const body = { method: 'otp', identifier, code: SANDBOX_OTP };
  return (await flow.need('authenticate', { body })).body;
}

export const sendCode = (flow: Flow, identifier: string, channel = 'sms') =>
  flow.need('generateOtp', { body: { identifier, channel } });

export async function signIn(flow: Flow, phone: string): Promise<Session> {
  await sendCode(flow, phone);
  return authenticate(flow, phone);
}

/** The account the session signed in to. */
export async function sessionCustomer(flow: Flow, session: Session): Promise<Customer> {
  const answer = await flow.need('getCustomers', bearer(session));
  const customer = answer.body.customers.find((candidate) => candidate.id === session.customerId);
  return customer ?? flow.stop(answer, "getCustomers does not list the session's customerId");
}

export async function planLines(flow: Flow, session: Session, count: number): Promise<LineInput[]> {
  const offers = await flow.need('getOffers', bearer(session));
  const plan = offers.body.plans[0] ?? flow.stop(offers, 'getOffers lists no plan to order');
  return Array.from({ length: count }, () => ({ planId: plan.id }));
}

export interface StartedOrder {
  session: Session;
  customer: Customer;
  lines: LineInput[];
  order: Exchange<Order>;
}

/** Signs the persona in and creates an order of `lineCount` lines with the first plan. */
export async function startOrder(
  flow: Flow,
  phone: string,
  lineCount: number,
): Promise<StartedOrder> {
  const session = await signIn(flow, phone);
  const customer = await sessionCustomer(flow, session);
  const lines = await planLines(flow, session, lineCount);
  const order = await flow.need('createOrder', {
    ...bearer(session),
    body: { customerId: customer.id, lines },
  });
  expectState(flow, 'createOrder', order, stateAfter('createOrder'));
  return { session, customer, lines, order };
}

/** The token and path of a call about the started order. */
export const orderCall = ({ session, order }: StartedOrder) => ({
  ...bearer(session),
  params: { id: order.body.id },
});

export function creditRequest(kit: Kit, address: Address) {
  return {
    authorization: {
      accepted: true,
      disclosureVersion: CREDIT_DISCLOSURE_VERSION,
      acceptedAt: serverTime(kit),
    },
    ssn: SANDBOX_SSN,
    dateOfBirth: ADULT_DATE_OF_BIRTH,
    address,
  };
}

/**
 * Runs the credit check, which must give the persona's decision, and reads the order back to see
 * where the decision moved it.
 */
export async function runCreditCheck(
  flow: Flow,
  started: StartedOrder,
  expectedDecision: string,
): Promise<{ decision: CreditDecision; order: Exchange<Order> }> {
  const answer = await flow.need('submitCredit', {
    ...orderCall(started),
    body: creditRequest(flow, started.customer.serviceAddress),
  });
  const decision = answer.body;
  flow.ledger.failUnless(flow.blame, decision.decision === expectedDecision, () => ({
    request: answer.summary,
    problem: `the sandbox documents the decision ${expectedDecision} for this persona`,
    details: [`body: ${excerpt({ decision: decision.decision })}`],
  }));
  const after = await flow.need('getOrder', orderCall(started));
  expectState(flow, 'submitCredit', after, stateAfter('submitCredit', decision.decision));
  return { decision, order: after };
}

export async function applyPolicy(
  flow: Flow,
  started: StartedOrder,
  referenceId: string,
): Promise<Exchange<Order>> {
  const applied = await flow.need('applyCreditPolicy', {
    ...orderCall(started),
    body: { referenceId },
  });
  expectState(flow, 'applyCreditPolicy', applied, stateAfter('applyCreditPolicy'));
  return applied;
}

export function fulfillmentRequest(shippingAddress: Address, e911Address: Address) {
  return { shippingAddress, e911Address, deliveryOption: 'standard', simType: 'physical' };
}

/** Accepts each agreement in the version read, now. */
export const acceptancesOf = (kit: Kit, agreements: readonly { id: string; version: string }[]) =>
  agreements.map(({ id, version }) => ({
    agreementId: id,
    version,
    acceptedAt: serverTime(kit),
  }));

/** A write to an order that is no longer open: 409 ORDER_NOT_OPEN. */
export async function expectClosedToWrites(
  flow: Flow,
  rule: RuleId,
  started: StartedOrder,
): Promise<void> {
  const write = await flow.api.call('replaceLines', {
    ...orderCall(started),
    body: { lines: started.lines },
  });
  expectError(flow, rule, write, 409, 'ORDER_NOT_OPEN');
}
