/**
 * The flows of the sandbox personas whose story ends before checkout: two accounts, an account
 * that cannot order online, and the credit decisions other than a plain approval.
 */
import type { Session } from '../api-types';
import { excerpt } from '../excerpt';
import { expectError, runFlow, type Flow, type Kit } from '../flow';
import { signInAfterExpiredCode, signInComparingUnknownPhone } from './sign-in';
import {
  applyPolicy,
  bearer,
  creditRequest,
  decidedAs,
  expectClosedToWrites,
  orderCall,
  planLines,
  runCreditCheck,
  sandboxPersona,
  sessionCustomer,
  startOrder,
  type StartedOrder,
} from './steps';

const readPolicy = (flow: Flow, started: StartedOrder) =>
  flow.need('getCreditPolicy', orderCall(started));

function expectStatus(flow: Flow, order: StartedOrder['order'], status: string): void {
  flow.ledger.failUnless(flow.blame, order.body.status === status, () => ({
    request: order.summary,
    problem: `the order must be ${status}`,
    details: [`body: ${excerpt({ status: order.body.status })}`],
  }));
}

export async function checkTwoAccounts(kit: Kit): Promise<void> {
  const rule = 'persona.two-accounts';
  const persona = sandboxPersona(kit, rule, ({ customerIds }) => customerIds.length > 1);
  if (!persona) return;
  const plan = {
    name: 'the two-accounts flow',
    blame: rule,
    rules: [rule, 'sign-in.same-answer'],
  } as const;
  await runFlow(kit, plan, async (flow) => {
    const session = await signInComparingUnknownPhone(flow, persona.phone);
    const answer = await flow.need('getCustomers', bearer(session));
    const listed = answer.body.customers.map((customer) => customer.id);
    kit.ledger.check(
      rule,
      persona.customerIds.every((id) => listed.includes(id)),
      () => ({
        request: answer.summary,
        problem: `getCustomers must list ${persona.customerIds.join(' and ')}`,
        details: [`customers: ${excerpt(listed)}`],
      }),
    );
  });
}

export async function checkCannotOrderOnline(kit: Kit): Promise<void> {
  const rule = 'persona.cannot-order-online';
  const persona = sandboxPersona(kit, rule, ({ canOrderOnline }) => !canOrderOnline);
  if (!persona) return;
  const plan = {
    name: 'the cannot-order-online flow',
    blame: rule,
    rules: [rule, 'sign-in.otp-expiry'],
  } as const;
  await runFlow(kit, plan, async (flow) => {
    const session = await signInAfterExpiredCode(flow, persona.phone);
    const customer = await sessionCustomer(flow, session);
    const lines = await planLines(flow, session, 1);
    const refused = await flow.api.call('createOrder', {
      ...bearer(session),
      body: { customerId: customer.id, lines },
    });
    expectError(flow, rule, refused, 422, 'ACCOUNT_CANNOT_ORDER_ONLINE');
  });
}

/** Returns the persona's session, for the ownership checks on another customer's order. */
export async function checkDeposit(kit: Kit): Promise<Session | null> {
  const rule = 'persona.deposit';
  const persona = sandboxPersona(kit, rule, decidedAs('approved_with_deposit'));
  if (!persona) return null;
  let session: Session | null = null;
  await runFlow(kit, { name: 'the deposit flow', blame: rule, rules: [rule] }, async (flow) => {
    const started = await startOrder(flow, persona.phone, 1);
    session = started.session;
    const { decision } = await runCreditCheck(flow, started, persona.creditDecision);
    const policy = await readPolicy(flow, started);
    const applied = await applyPolicy(flow, started, decision.referenceId);
    const { depositCents } = policy.body;
    const shown = applied.body.totals.depositCents;
    kit.ledger.check(rule, depositCents > 0 && shown === depositCents, () => ({
      request: applied.summary,
      problem: `totals.depositCents must be the policy's depositCents (${depositCents}), above 0`,
      details: [`body: ${excerpt({ totals: { depositCents: shown } })}`],
    }));
  });
  return session;
}

export async function checkConditions(kit: Kit): Promise<void> {
  const rule = 'persona.conditions';
  const persona = sandboxPersona(kit, rule, decidedAs('approved_with_conditions'));
  if (!persona) return;
  await runFlow(kit, { name: 'the conditions flow', blame: rule, rules: [rule] }, async (flow) => {
    const started = await startOrder(flow, persona.phone, 2);
    const { decision } = await runCreditCheck(flow, started, persona.creditDecision);
    const { maxLines } = (await readPolicy(flow, started)).body;
    const applied = await applyPolicy(flow, started, decision.referenceId);
    const kept = applied.body.lines.length;
    kit.ledger.check(rule, maxLines < 2 && kept === maxLines, () => ({
      request: applied.summary,
      problem: `a 2-line order must keep maxLines (${maxLines}, below 2) lines`,
      details: [`lines: ${kept}`],
    }));
    const tooMany = await flow.api.call('replaceLines', {
      ...orderCall(started),
      body: { lines: started.lines },
    });
    expectError(flow, rule, tooMany, 422, 'LINE_LIMIT_EXCEEDED');
  });
}

export async function checkManualReview(kit: Kit): Promise<void> {
  const rule = 'persona.manual-review';
  const persona = sandboxPersona(kit, rule, decidedAs('manual_review'));
  if (!persona) return;
  await runFlow(
    kit,
    { name: 'the manual-review flow', blame: rule, rules: [rule] },
    async (flow) => {
      const started = await startOrder(flow, persona.phone, 1);
      const { order } = await runCreditCheck(flow, started, persona.creditDecision);
      expectStatus(flow, order, 'in_review');
      await expectClosedToWrites(flow, rule, started);
      const again = await flow.api.call('submitCredit', {
        ...orderCall(started),
        body: creditRequest(flow, started.customer.serviceAddress),
      });
      expectError(flow, rule, again, 409, 'ORDER_NOT_OPEN');
    },
  );
}

export async function checkDeclined(kit: Kit): Promise<void> {
  const rule = 'persona.declined';
  const persona = sandboxPersona(kit, rule, decidedAs('declined'));
  if (!persona) return;
  const plan = { name: 'the declined flow', blame: rule, rules: [rule, 'states.closed'] } as const;
  await runFlow(kit, plan, async (flow) => {
    const started = await startOrder(flow, persona.phone, 1);
    const { order } = await runCreditCheck(flow, started, persona.creditDecision);
    expectStatus(flow, order, 'declined');
    const policy = await readPolicy(flow, started);
    kit.ledger.check(rule, policy.body.adverseAction !== undefined, () => ({
      request: policy.summary,
      problem: 'a declined policy must carry adverseAction',
      details: [`body: ${excerpt(policy.body)}`],
    }));
    await expectClosedToWrites(flow, 'states.closed', started);
  });
}
