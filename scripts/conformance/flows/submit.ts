/**
 * The last steps of a checkout: the agreements, a clean validation, and the idempotent submit:
 * no key is refused, the same key answers the same order again, the same key with another body
 * is refused.
 */
import { randomUUID } from 'node:crypto';
import type { Order } from '../api-types';
import { excerpt } from '../excerpt';
import { expectError, type Flow } from '../flow';
import type { Exchange } from '../http';
import { expectState, stateAfter } from '../state-machine';
import { acceptancesOf, bearer, orderCall, type StartedOrder } from './steps';

export async function acceptAgreements(flow: Flow, started: StartedOrder): Promise<void> {
  const { body } = await flow.need('getAgreements', orderCall(started));
  const accepted = await flow.need('updateFulfillment', {
    ...orderCall(started),
    body: { agreements: acceptancesOf(flow, body.agreements) },
  });
  expectState(flow, 'updateFulfillment', accepted, stateAfter('updateFulfillment'));
}

export async function expectValid(flow: Flow, started: StartedOrder): Promise<void> {
  const validation = await flow.need('validateOrder', orderCall(started));
  const { valid, problems } = validation.body;
  flow.ledger.failUnless(flow.blame, valid && problems.length === 0, () => ({
    request: validation.summary,
    problem: 'an order through every step must validate with no problem',
    details: [`body: ${excerpt(validation.body)}`],
  }));
}

function expectReplay(flow: Flow, first: Exchange<Order>, again: Exchange): void {
  const replayed = again.body as Partial<Order> | null;
  const same =
    again.status === first.status &&
    replayed?.id === first.body.id &&
    replayed.orderNumber === first.body.orderNumber &&
    again.headers.get('idempotent-replayed') === 'true';
  flow.ledger.check('submit.replay', same, () => ({
    request: again.summary,
    problem: `the replay must answer ${first.status}, Idempotent-Replayed: true and the first order`,
    details: [
      `first: ${excerpt({ id: first.body.id, orderNumber: first.body.orderNumber })}`,
      `replay: ${excerpt({ id: replayed?.id, orderNumber: replayed?.orderNumber })}`,
      `Idempotent-Replayed: ${again.headers.get('idempotent-replayed') ?? 'absent'}`,
    ],
  }));
}

/** Submits the order, checking the idempotency rules around it. */
export async function checkSubmit(flow: Flow, started: StartedOrder): Promise<void> {
  const submit = { ...bearer(started.session), body: { orderId: started.order.body.id } };
  const keyless = await flow.api.call('submitOrder', submit);
  expectError(flow, 'submit.key-required', keyless, 400, 'IDEMPOTENCY_KEY_REQUIRED');

  const keyed = { ...submit, headers: { 'Idempotency-Key': randomUUID() } };
  const first = await flow.need('submitOrder', keyed);
  expectState(flow, 'submitOrder', first, stateAfter('submitOrder'));
  flow.ledger.check(flow.blame, Boolean(first.body.orderNumber), () => ({
    request: first.summary,
    problem: 'a submitted order must have an orderNumber',
    details: [`body: ${excerpt({ orderNumber: first.body.orderNumber })}`],
  }));

  expectReplay(flow, first, await flow.api.call('submitOrder', keyed));
  const readBack = await flow.need('getOrder', orderCall(started));
  flow.ledger.check('submit.replay', readBack.body.orderNumber === first.body.orderNumber, () => ({
    request: readBack.summary,
    problem: 'after the replay, the order must still have the first orderNumber',
    details: [`body: ${excerpt({ orderNumber: readBack.body.orderNumber })}`],
  }));

  const otherBody = { orderId: `conformance-${randomUUID()}` };
  const reused = await flow.api.call('submitOrder', { ...keyed, body: otherBody });
  expectError(flow, 'submit.key-reused', reused, 422, 'IDEMPOTENCY_KEY_REUSED');
}
