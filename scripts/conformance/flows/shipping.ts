/**
 * The delivery step with the sandbox's documented addresses: the undeliverable one is refused
 * on the field, the ambiguous one is answered with suggestions, and a suggestion is accepted.
 */
import { sandboxInputs } from '../../../src/api/contract/sandbox';
import type { Address, Order } from '../api-types';
import { excerpt } from '../excerpt';
import { expectError, type Flow } from '../flow';
import type { Exchange } from '../http';
import { expectState, stateAfter } from '../state-machine';
import { fulfillmentRequest, orderCall, type StartedOrder } from './steps';

const SHIPPING_LINE1 = 'shippingAddress.line1';

async function tryShippingTo(flow: Flow, started: StartedOrder, shipping: Address) {
  return flow.api.call('createFulfillment', {
    ...orderCall(started),
    body: fulfillmentRequest(shipping, started.customer.serviceAddress),
  });
}

async function checkUndeliverable(flow: Flow, started: StartedOrder, home: Address) {
  const line1 = sandboxInputs.undeliverableLine1;
  const answer = await tryShippingTo(flow, started, { ...home, line1 });
  const refusal = expectError(flow, 'address.undeliverable', answer, 422, 'ADDRESS_UNDELIVERABLE');
  if (!refusal) return;
  const fields = refusal.fieldErrors.map(({ field }) => field);
  flow.ledger.check('address.undeliverable', fields.includes(SHIPPING_LINE1), () => ({
    request: answer.summary,
    problem: `fieldErrors must name ${SHIPPING_LINE1}`,
    details: [`fieldErrors: ${excerpt(fields)}`],
  }));
}

/** Returns the first suggestion, if the answer gave one. */
async function ambiguousSuggestion(
  flow: Flow,
  started: StartedOrder,
  home: Address,
): Promise<Address | undefined> {
  const line1 = sandboxInputs.ambiguousLine1;
  const answer = await tryShippingTo(flow, started, { ...home, line1 });
  const refusal = expectError(flow, 'address.ambiguous', answer, 422, 'ADDRESS_AMBIGUOUS');
  const suggestion = refusal?.suggestions?.[0];
  if (refusal) {
    flow.ledger.check('address.ambiguous', suggestion !== undefined, () => ({
      request: answer.summary,
      problem: 'ADDRESS_AMBIGUOUS must carry suggestions',
      details: [`body: ${excerpt(refusal)}`],
    }));
  }
  return suggestion;
}

/** Ends with the order's delivery set (to a suggestion when there was one). */
export async function checkAddresses(flow: Flow, started: StartedOrder): Promise<Exchange<Order>> {
  const home = started.customer.serviceAddress;
  await checkUndeliverable(flow, started, home);
  const suggestion = await ambiguousSuggestion(flow, started, home);
  const accepted = await flow.need('createFulfillment', {
    ...orderCall(started),
    body: fulfillmentRequest(suggestion ?? home, home),
  });
  if (suggestion) flow.ledger.pass('address.ambiguous');
  expectState(flow, 'createFulfillment', accepted, stateAfter('createFulfillment'));
  return accepted;
}
