/** Helpers for the mock's own tests: a fake clock, typed answers, orders seeded at a step. */
import { expect } from 'vitest';
import { operations, type OperationId } from '@/api/contract/operations';
import { ApiErrorBody, type ErrorCode, type LineInput } from '@/api/contract/schemas';
import { seedOrder, SeedResult, type SeedStep } from '../seed';
import { createMockBackend, type MockBackend } from './create-mock-backend';
import type { MockResponse, MockState, ResponseOf } from './types';

export const START = Date.parse('2026-03-02T15:00:00.000Z');

export function setup(state?: MockState) {
  let time = START;
  const backend = createMockBackend({ now: () => time, state });
  return {
    backend,
    advance: (ms: number) => {
      time += ms;
    },
    now: () => time,
  };
}

/** Asserts the operation's success status and returns the body parsed by its schema. */
export function ok<K extends OperationId>(id: K, response: MockResponse): ResponseOf<K> {
  expect(response, JSON.stringify(response.body)).toMatchObject({ status: operations[id].status });
  const schema = operations[id].response;
  return (schema ? schema.parse(response.body) : undefined) as ResponseOf<K>;
}

/**
 * Asserts an error answer with this status and code, in the contract's error shape, with words
 * for the logs (the contract's `message`) in the error and in each field error.
 */
export function refused(response: MockResponse, status: number, code: ErrorCode): ApiErrorBody {
  expect({ status: response.status, body: response.body }).toMatchObject({
    status,
    body: { code },
  });
  const body = ApiErrorBody.parse(response.body);
  expect(body.message, `${code} has no message`).not.toBe('');
  for (const fieldError of body.fieldErrors) {
    expect(fieldError.message, `${fieldError.field} has no message`).not.toBe('');
  }
  return body;
}

export const iphoneLine: LineInput = {
  planId: 'unlimited-premium',
  deviceId: 'iphone-16-pro-256',
  promotionId: 'iphone-16-pro-on-us',
};
export const motoLine: LineInput = { planId: 'essentials-15', deviceId: 'moto-g-play-64' };
export const planOnlyLine: LineInput = { planId: 'unlimited-plus' };

/** Signs in the persona with `phone` and builds an order whose next step is `step`. */
export function seed(backend: MockBackend, phone: string, step: SeedStep, lines?: LineInput[]) {
  const response = seedOrder(backend, { phone, step, lines });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  const { session, orderId } = SeedResult.parse(response.body);
  return { token: session.token, orderId, params: { id: orderId } };
}

export function signIn(backend: MockBackend, identifier: string): string {
  return ok(
    'authenticate',
    backend.authenticate({ body: { method: 'password', identifier, password: 'Checkout-Demo-1' } }),
  ).token;
}

export const creditBody = (
  address = { line1: '221 Washington St', city: 'Hoboken', state: 'NJ', zip: '07030' },
) => ({
  authorization: {
    accepted: true,
    disclosureVersion: '2025.1',
    acceptedAt: new Date(START).toISOString(),
  },
  ssn: '987654321',
  dateOfBirth: '1985-07-14',
  address,
});
