import { z } from 'zod';
import { operations, type OperationId } from '@/api/contract/operations';
import { LineInput, MAX_LINES, Session } from '@/api/contract/schemas';
import type { MockBackend } from './backend/create-mock-backend';
import { ApiFailure, fail } from './backend/errors';
import { findPersona, normalizeIdentifier } from './backend/identity';
import type { MockRequest, MockResponse, ResponseOf } from './backend/types';
import { zipAreaCodes } from './data/numbers';
import { DEMO_PASSWORD } from './data/personas';

export const SeedStep = z.enum(['cart', 'credit', 'shipping', 'number', 'terms', 'review']);
export type SeedStep = z.infer<typeof SeedStep>;

export const SeedRequest = z.object({
  phone: z.string(),
  /** The step the order should be at: every earlier step is done. */
  step: SeedStep,
  lines: z.array(LineInput).min(1).max(MAX_LINES).optional(),
});
export type SeedRequest = z.infer<typeof SeedRequest>;

export const SeedResult = z.object({ session: Session, orderId: z.string() });
export type SeedResult = z.infer<typeof SeedResult>;

const defaultLines: LineInput[] = [
  {
    planId: 'unlimited-premium',
    deviceId: 'iphone-16-pro-256',
    promotionId: 'iphone-16-pro-on-us',
  },
];

/** Calls the backend like a client would; a refusal ends the seed with that refusal. */
function call<K extends OperationId>(
  backend: MockBackend,
  id: K,
  request: MockRequest,
): ResponseOf<K> {
  const response = backend[id](request);
  if (response.status >= 300) throw new ApiFailure(response);
  const schema: z.ZodType | null = operations[id].response;
  return (schema ? schema.parse(response.body) : undefined) as ResponseOf<K>;
}

const reached = (target: SeedStep, step: SeedStep) =>
  SeedStep.options.indexOf(target) >= SeedStep.options.indexOf(step);

/**
 * Signs a persona in and builds an order whose next step is `step`, through the same
 * operations the app calls, so a test can start in the middle of the checkout.
 */
export function seedOrder(backend: MockBackend, input: SeedRequest): MockResponse {
  try {
    const identifier = normalizeIdentifier(input.phone);
    const persona = identifier ? findPersona(identifier) : undefined;
    if (!persona) {
      throw fail(422, 'VALIDATION_FAILED', 'Seed with the phone of a demo persona.', {
        fieldErrors: [{ field: 'phone', code: 'invalid_value', message: 'Not a demo persona.' }],
      });
    }
    const session = call(backend, 'authenticate', {
      body: { method: 'password', identifier: persona.phone, password: DEMO_PASSWORD },
    });
    const token = session.token;
    const [customer] = call(backend, 'getCustomers', { token }).customers;
    if (!customer) throw new Error(`Persona ${persona.id} has no account`);
    const order = call(backend, 'createOrder', {
      token,
      body: { customerId: customer.id, lines: input.lines ?? defaultLines },
    });
    const params = { id: order.id };
    const result = { status: 201, body: { session, orderId: order.id } satisfies SeedResult };
    if (!reached(input.step, 'shipping')) return result;

    const credit = call(backend, 'submitCredit', {
      token,
      params,
      body: {
        authorization: {
          accepted: true,
          disclosureVersion: '2025.1',
          acceptedAt: new Date().toISOString(),
        },
        ssn: '123456789',
        dateOfBirth: '1990-01-01',
        address: customer.serviceAddress,
      },
    });
    if (credit.decision === 'manual_review' || credit.decision === 'declined') {
      throw fail(
        409,
        'ORDER_NOT_OPEN',
        `This persona's credit decision (${credit.decision}) ends the order at the credit step.`,
      );
    }
    const withPolicy = call(backend, 'applyCreditPolicy', {
      token,
      params,
      body: { referenceId: credit.referenceId },
    });
    if (!reached(input.step, 'number')) return result;

    call(backend, 'createFulfillment', {
      token,
      params,
      body: {
        shippingAddress: customer.serviceAddress,
        e911Address: customer.serviceAddress,
        deliveryOption: 'standard',
        simType: withPolicy.lines.every((line) => line.esimCapable) ? 'esim' : 'physical',
      },
    });
    if (!reached(input.step, 'terms')) return result;

    const areaCode = zipAreaCodes[customer.serviceAddress.zip.slice(0, 5)] ?? '201';
    for (const line of withPolicy.lines) {
      const [number] = call(backend, 'searchNumbers', {
        token,
        params,
        body: { lineId: line.id, areaCode },
      }).numbers;
      if (!number) throw new Error(`No numbers left in ${areaCode}`);
      call(backend, 'reserveNumber', { token, params, body: { lineId: line.id, number } });
    }
    if (!reached(input.step, 'review')) return result;

    const { agreements } = call(backend, 'getAgreements', { token, params });
    const acceptedAt = new Date().toISOString();
    call(backend, 'updateFulfillment', {
      token,
      params,
      body: {
        agreements: agreements.map((a) => ({ agreementId: a.id, version: a.version, acceptedAt })),
      },
    });
    return result;
  } catch (error) {
    if (error instanceof ApiFailure) return error.response;
    throw error;
  }
}
