/**
 * Records one real exchange per /v1 operation for the API reference: signs a sandbox persona in
 * and walks a whole checkout through the in-process mock backend, as the app calls it, plus the
 * calls the app makes only sometimes (a line added, a number released, the order handed off to
 * a phone, a passkey registered, the sandbox clock).
 */
import type { z } from 'zod';
import { operations, type OperationId } from '@/api/contract/operations';
import {
  SANDBOX_OTP,
  SANDBOX_PASSWORD,
  sandboxInputs,
  sandboxPersonas,
} from '@/api/contract/sandbox';
import type { Customer, LineInput, Order } from '@/api/contract/schemas';
import { createMockBackend } from '@/mocks/backend/create-mock-backend';
import type { MockRequest, MockResponse, ResponseOf } from '@/mocks/backend/types';
import { TEST_ORIGIN } from '@/mocks/backend/webauthn-passkeys';
import { createSoftwarePasskey, registrationClientData } from '@/mocks/backend/webauthn-testing';

export interface Exchange {
  request: MockRequest;
  response: MockResponse;
}
/** The first successful exchange of each operation. */
export type Exchanges = ReadonlyMap<OperationId, Exchange>;

type Call = <K extends OperationId>(id: K, request?: MockRequest) => Promise<ResponseOf<K>>;

interface Checkout {
  token: string;
  params: { id: string };
  customer: Customer;
}

/** A fixed clock, so that the examples' dates stay the same from one build to the next. */
const EXAMPLE_NOW = Date.parse('2026-03-02T15:00:00.000Z');
const exampleTime = () => new Date(EXAMPLE_NOW).toISOString();

/** Reserved by the Social Security Administration for advertising: nobody's real number. */
const SANDBOX_SSN = '987654320';

const PHONE_ON_PROMOTION: LineInput = {
  planId: 'unlimited-premium',
  deviceId: 'iphone-16-pro-256',
  promotionId: 'iphone-16-pro-on-us',
};
const PLAN_ONLY: LineInput = { planId: 'unlimited-plus' };

function approvedPersona() {
  const persona = sandboxPersonas.find(
    (candidate) =>
      candidate.creditDecision === 'approved' &&
      candidate.canOrderOnline &&
      candidate.customerIds.length === 1,
  );
  if (!persona) throw new Error('The sandbox has no approved persona with one account');
  return persona;
}

async function signIn(call: Call): Promise<string> {
  const identifier = approvedPersona().phone;
  await call('getAuthMethods');
  await call('generateOtp', { body: { identifier, channel: 'sms' } });
  const session = await call('authenticate', {
    body: { method: 'otp', identifier, code: SANDBOX_OTP },
  });
  await call('getPasskeyChallenge');
  return session.token;
}

async function startOrder(call: Call, token: string): Promise<Checkout> {
  const [customer] = (await call('getCustomers', { token })).customers;
  if (!customer) throw new Error('The persona has no account');
  await call('getOffers', { token, headers: { 'Accept-Language': 'en' } });
  const order = await call('createOrder', {
    token,
    body: { customerId: customer.id, lines: [PHONE_ON_PROMOTION] },
  });
  const params = { id: order.id };
  await call('getOrder', { token, params });
  await call('replaceLines', { token, params, body: { lines: [PHONE_ON_PROMOTION, PLAN_ONLY] } });
  return { token, params, customer };
}

async function checkCredit(call: Call, { token, params, customer }: Checkout): Promise<Order> {
  const credit = await call('submitCredit', {
    token,
    params,
    body: {
      authorization: { accepted: true, disclosureVersion: '2025.1', acceptedAt: exampleTime() },
      ssn: SANDBOX_SSN,
      dateOfBirth: '1985-07-14',
      address: customer.serviceAddress,
    },
  });
  await call('getCreditPolicy', { token, params });
  return call('applyCreditPolicy', { token, params, body: { referenceId: credit.referenceId } });
}

async function chooseDelivery(call: Call, { token, params, customer }: Checkout, order: Order) {
  await call('createFulfillment', {
    token,
    params,
    body: {
      shippingAddress: customer.serviceAddress,
      e911Address: customer.serviceAddress,
      deliveryOption: 'standard',
      simType: order.lines.every((line) => line.esimCapable) ? 'esim' : 'physical',
    },
  });
}

/** Holds a number for every line, releasing and taking again the first one on the way. */
async function chooseNumbers(call: Call, { token, params }: Checkout, order: Order) {
  for (const { id: lineId } of order.lines) {
    const [number] = (
      await call('searchNumbers', {
        token,
        params,
        body: { lineId, areaCode: sandboxInputs.areaCode },
      })
    ).numbers;
    if (!number) throw new Error(`No numbers in area code ${sandboxInputs.areaCode}`);
    const reserve = { token, params, body: { lineId, number } };
    await call('reserveNumber', reserve);
    if (lineId !== order.lines[0]?.id) continue;
    await call('releaseNumber', { token, params, body: { lineId } });
    await call('reserveNumber', reserve);
  }
}

/**
 * "Continue on your phone": the checkout's device opens a hand-off and texts its link, the
 * phone reads the token (or redeems the code), signs in and claims the order; the checkout
 * goes on from the phone, since the claim ends the first session. Returns the phone's session.
 */
async function handOff(call: Call, { token, params }: Checkout): Promise<string> {
  await call('getHandoff', { token, params });
  const handoff = await call('createHandoff', { token, params });
  await call('sendHandoffLink', { token, params });
  await call('getHandoffTokenState', { body: { token: handoff.token } });
  await call('redeemHandoffCode', { body: { code: handoff.code } });
  const phone = await call('authenticate', {
    body: { method: 'password', identifier: approvedPersona().phone, password: SANDBOX_PASSWORD },
  });
  await call('claimHandoff', { token: phone.token, body: { token: handoff.token } });
  return phone.token;
}

async function acceptTermsAndSubmit(call: Call, { token, params }: Checkout) {
  const { agreements } = await call('getAgreements', { token, params });
  const acceptedAt = exampleTime();
  await call('updateFulfillment', {
    token,
    params,
    body: {
      agreements: agreements.map(({ id, version }) => ({ agreementId: id, version, acceptedAt })),
    },
  });
  await call('validateOrder', { token, params });
  await call('submitOrder', {
    token,
    headers: { 'Idempotency-Key': '6f1c2d9e-0b7a-4e55-9a1f-3c8d2b4e7a10' },
    body: { orderId: params.id },
  });
}

/** What the browser does for "Create a passkey", with a software authenticator. */
async function registerPasskey(call: Call, token: string) {
  const options = await call('getPasskeyRegistrationOptions', { token });
  const passkey = await createSoftwarePasskey();
  await call('registerPasskey', {
    token,
    body: {
      id: passkey.id,
      clientDataJSON: registrationClientData(options.challenge, TEST_ORIGIN),
      publicKey: passkey.publicKey,
      publicKeyAlgorithm: passkey.algorithm,
    },
  });
}

export async function recordCheckout(): Promise<Exchanges> {
  const backend = createMockBackend({ now: () => EXAMPLE_NOW });
  const exchanges = new Map<OperationId, Exchange>();
  const call: Call = async (id, request = {}) => {
    const response = await backend.respond(id, request);
    if (response.status !== operations[id].status) {
      throw new Error(`${id} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    if (!exchanges.has(id)) exchanges.set(id, { request, response });
    const schema: z.ZodType | null = operations[id].response;
    return (schema ? schema.parse(response.body) : undefined) as ResponseOf<typeof id>;
  };

  const token = await signIn(call);
  const checkout = await startOrder(call, token);
  const order = await checkCredit(call, checkout);
  await chooseDelivery(call, checkout, order);
  await chooseNumbers(call, checkout, order);
  const phone = await handOff(call, checkout);
  await acceptTermsAndSubmit(call, { ...checkout, token: phone });
  await registerPasskey(call, phone);
  await call('advanceSandboxClock', { body: { advanceSeconds: 60 } });
  await call('signOut', { token: phone });
  return exchanges;
}
