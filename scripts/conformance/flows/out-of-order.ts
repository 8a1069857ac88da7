/**
 * Calls made before their step is open, each of which must answer 409 STEP_OUT_OF_ORDER and
 * leave the order as it was.
 */
import { sandboxInputs } from '../../../src/api/contract/sandbox';
import type { OperationId } from '../api-types';
import { expectError, type Flow } from '../flow';
import type { Call } from '../http';
import { acceptancesOf, fulfillmentRequest, orderCall, type StartedOrder } from './steps';

async function expectOutOfOrder(flow: Flow, id: OperationId, call: Call): Promise<void> {
  const answer = await flow.api.call(id, call);
  expectError(flow, 'states.out-of-order', answer, 409, 'STEP_OUT_OF_ORDER');
}

const homeDelivery = (started: StartedOrder) =>
  fulfillmentRequest(started.customer.serviceAddress, started.customer.serviceAddress);

const firstLineId = (started: StartedOrder) => started.order.body.lines[0]?.id ?? '';

/** Before the credit check: its policy, delivery and numbers. */
export async function checkBeforeCreditCheck(flow: Flow, started: StartedOrder): Promise<void> {
  await expectOutOfOrder(flow, 'getCreditPolicy', orderCall(started));
  await checkBeforePolicyApplied(flow, started);
}

/** Before the credit policy is applied: delivery and numbers. */
export async function checkBeforePolicyApplied(flow: Flow, started: StartedOrder): Promise<void> {
  await expectOutOfOrder(flow, 'createFulfillment', {
    ...orderCall(started),
    body: homeDelivery(started),
  });
  await expectOutOfOrder(flow, 'searchNumbers', {
    ...orderCall(started),
    body: { lineId: firstLineId(started), areaCode: sandboxInputs.areaCode },
  });
}

/** Agreements accepted before the order reaches the terms step. */
export async function checkAgreementsBeforeTerms(flow: Flow, started: StartedOrder): Promise<void> {
  const { body } = await flow.need('getAgreements', orderCall(started));
  await expectOutOfOrder(flow, 'updateFulfillment', {
    ...orderCall(started),
    body: { agreements: acceptancesOf(flow, body.agreements) },
  });
}
