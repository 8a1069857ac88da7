import {
  STEP_IDS as CONTRACT_STEP_IDS,
  CreditDecision,
  HANDOFF_PATH,
  StepId,
} from '@/api/contract/schemas';
import { orderFixture } from '@/api/testing/fixtures';
import { STEP_IDS, furthestStep, orderPath, paths } from './paths';

function order(nextStep: string, decision?: string) {
  return orderFixture({
    nextStep: StepId.parse(nextStep),
    credit: decision
      ? { decision: CreditDecision.parse(decision), referenceId: 'CR-1', policyApplied: true }
      : null,
  });
}

describe('paths', () => {
  it('lists the steps as the contract does, in its order', () => {
    expect(STEP_IDS).toEqual(CONTRACT_STEP_IDS);
  });

  it('opens hand-off links where the contract says they point', () => {
    expect(paths.continue).toBe(HANDOFF_PATH);
  });

  it('lets the customer as far as the order’s next step', () => {
    expect(furthestStep(order('terms', 'approved_with_deposit'))).toBe('terms');
    expect(orderPath(order('terms', 'approved'))).toBe('/orders/ord-1/terms');
  });

  it('stops at credit without an approval it knows: an unknown decision fails closed', () => {
    expect(furthestStep(order('shipping', 'approved_pending_identity'))).toBe('credit');
    expect(furthestStep(order('review', 'declined'))).toBe('credit');
    expect(orderPath(order('shipping', 'approved_pending_identity'))).toBe('/orders/ord-1/credit');
  });

  it('sends an order whose next step it does not know to the help screen', () => {
    expect(furthestStep(order('identity-check', 'approved'))).toBeNull();
    expect(orderPath(order('identity-check'))).toBe('/orders/ord-1/help');
  });
});
