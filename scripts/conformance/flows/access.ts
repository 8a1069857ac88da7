/**
 * Who may touch an order: only its customer's session. Another customer's token, an order id
 * that does not exist, no token, and a token after sign-out are each refused.
 */
import { randomUUID } from 'node:crypto';
import type { Session } from '../api-types';
import { expectError, type Flow } from '../flow';
import { bearer, orderCall, type StartedOrder } from './steps';

export async function checkOwnership(
  flow: Flow,
  started: StartedOrder,
  otherCustomer: Session | null,
): Promise<void> {
  const { params } = orderCall(started);
  if (otherCustomer) {
    const read = await flow.api.call('getOrder', { ...bearer(otherCustomer), params });
    expectError(flow, 'access.other-customer', read, 403, 'FORBIDDEN');
    const write = await flow.api.call('replaceLines', {
      ...bearer(otherCustomer),
      params,
      body: { lines: started.lines },
    });
    expectError(flow, 'access.other-customer', write, 403, 'FORBIDDEN');
  } else {
    flow.ledger.notChecked('access.other-customer', 'no other persona is signed in (see Personas)');
  }

  const unknownId = `conformance-${randomUUID()}`;
  const unknown = await flow.api.call('getOrder', {
    ...bearer(started.session),
    params: { id: unknownId },
  });
  expectError(flow, 'access.unknown-order', unknown, 404, 'NOT_FOUND');

  const anonymousRead = await flow.api.call('getOrder', { params });
  expectError(flow, 'access.no-token', anonymousRead, 401, 'UNAUTHENTICATED');
  const anonymousList = await flow.api.call('getCustomers');
  expectError(flow, 'access.no-token', anonymousList, 401, 'UNAUTHENTICATED');
}

export async function checkSignOut(flow: Flow, started: StartedOrder): Promise<void> {
  await flow.need('signOut', bearer(started.session));
  const after = await flow.api.call('getOrder', orderCall(started));
  expectError(flow, 'access.signed-out', after, 401, 'UNAUTHENTICATED');
}
