/**
 * The order's state machine as the contract's table states it (src/api/contract/order-states.ts):
 * which status and nextStep an order has after each call of the flow.
 */
import { orderTransitions, type OrderTransition } from '../../src/api/contract/order-states';
import type { Order } from './api-types';
import { excerpt } from './excerpt';
import type { Kit } from './flow';
import type { Exchange } from './http';

type OrderState = Pick<Order, 'status' | 'nextStep'>;

/** While a line still has no number, the order still needs the number step. */
export const NUMBER_STILL_NEEDED: OrderState = { status: 'open', nextStep: 'number' };

/** The row of the table for a call; submitCredit has one row per group of decisions. */
export function stateAfter(call: OrderTransition['call'], decision?: string): OrderState {
  const row = orderTransitions.find(
    (transition) =>
      transition.call === call &&
      (decision === undefined ||
        transition.decisions?.some((candidate) => candidate === decision) === true),
  );
  if (!row) throw new Error(`the state table has no row for ${call} ${decision ?? ''}`);
  return { status: row.status, nextStep: row.nextStep };
}

/** Checks an order against the state the table gives it after `call`. */
export function expectState(
  kit: Kit,
  call: string,
  exchange: Exchange<Order>,
  expected: OrderState,
): void {
  const { status, nextStep } = exchange.body;
  kit.ledger.check(
    'states.transitions',
    status === expected.status && nextStep === expected.nextStep,
    () => ({
      request: exchange.summary,
      problem: `after ${call} the order is ${status}, nextStep "${nextStep}"; the table says ${expected.status}, nextStep "${expected.nextStep}"`,
      details: [`body: ${excerpt({ status, nextStep })}`],
    }),
  );
}
