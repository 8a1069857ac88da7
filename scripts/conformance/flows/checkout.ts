/**
 * The approved persona's checkout from sign-in to a submitted order, with the checks that need
 * an order on the way: ownership, calls out of order, addresses, numbers and holds, submitting.
 */
import type { Session } from '../api-types';
import { runFlow, type Kit } from '../flow';
import type { RuleId } from '../rules';
import { checkOwnership, checkSignOut } from './access';
import { checkNumbers } from './numbers';
import {
  checkAgreementsBeforeTerms,
  checkBeforeCreditCheck,
  checkBeforePolicyApplied,
} from './out-of-order';
import { checkAddresses } from './shipping';
import {
  applyPolicy,
  decidedAs,
  expectClosedToWrites,
  runCreditCheck,
  sandboxPersona,
  startOrder,
} from './steps';
import { acceptAgreements, checkSubmit, expectValid } from './submit';

const CHECKOUT_RULES: readonly RuleId[] = [
  'persona.approved',
  'states.out-of-order',
  'states.closed',
  'access.other-customer',
  'access.unknown-order',
  'access.no-token',
  'access.signed-out',
  'address.undeliverable',
  'address.ambiguous',
  'numbers.empty-search',
  'holds.duration',
  'holds.renew',
  'holds.expiry',
  'submit.key-required',
  'submit.replay',
  'submit.key-reused',
];

/** `otherCustomer`: another persona's session, for the ownership checks. */
export async function checkApprovedCheckout(
  kit: Kit,
  otherCustomer: Session | null,
): Promise<void> {
  const persona = sandboxPersona(kit, 'persona.approved', decidedAs('approved'));
  if (!persona) return;
  const plan = {
    name: 'the approved checkout',
    blame: 'persona.approved',
    rules: CHECKOUT_RULES,
  } as const;
  await runFlow(kit, plan, async (flow) => {
    const started = await startOrder(flow, persona.phone, 2);
    await checkOwnership(flow, started, otherCustomer);
    await checkBeforeCreditCheck(flow, started);
    const { decision } = await runCreditCheck(flow, started, persona.creditDecision);
    await checkBeforePolicyApplied(flow, started);
    await applyPolicy(flow, started, decision.referenceId);
    const delivered = await checkAddresses(flow, started);
    await checkAgreementsBeforeTerms(flow, started);
    await checkNumbers(flow, started, delivered.body);
    await acceptAgreements(flow, started);
    await expectValid(flow, started);
    await checkSubmit(flow, started);
    await expectClosedToWrites(flow, 'states.closed', started);
    await checkSignOut(flow, started);
  });
}
