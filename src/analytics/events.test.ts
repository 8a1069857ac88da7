import { sandboxPersonas } from '@/api/contract/sandbox';
import { FunnelEvent, FunnelEventBatch } from './events';

const stepCompleted = {
  name: 'step_completed',
  schemaVersion: 1,
  visitId: '5b0f2c39-4c8e-4d43-9a53-2f3c1a0d6e11',
  at: '2026-03-01T12:00:00.000Z',
  step: 'credit',
  language: 'en',
  kiosk: false,
  durationMs: 42_000,
} as const;

const persona = sandboxPersonas[0];

describe('FunnelEvent', () => {
  it('takes each kind of event the checkout sends', () => {
    const events: unknown[] = [
      { ...stepCompleted, name: 'checkout_started', durationMs: undefined },
      stepCompleted,
      {
        ...stepCompleted,
        name: 'step_failed',
        durationMs: undefined,
        failure: { kind: 'api', code: 'NUMBER_TAKEN' },
      },
      {
        ...stepCompleted,
        name: 'step_failed',
        durationMs: undefined,
        failure: { kind: 'form', fields: ['ssn', 'dob'] },
      },
      {
        ...stepCompleted,
        name: 'order_placed',
        step: 'review',
        durationMs: undefined,
        lineCount: 2,
      },
      {
        ...stepCompleted,
        name: 'kiosk_wiped',
        kiosk: true,
        durationMs: undefined,
        reason: 'idle',
        scenarios: ['slow-network'],
      },
    ].map((event) => JSON.parse(JSON.stringify(event)) as unknown);
    for (const event of events) expect(FunnelEvent.safeParse(event).error).toBeUndefined();
  });

  // Each plants one of a customer's details where an event could carry it.
  it.each([
    ['a phone number as an extra field', { ...stepCompleted, phone: persona?.phone }],
    ['an e-mail as the step', { ...stepCompleted, step: 'ana@example.com' }],
    ['an SSN as the visit id', { ...stepCompleted, visitId: '123-45-6789' }],
    ['a date of birth as the time', { ...stepCompleted, at: '1985-03-27' }],
    ['a name as a scenario', { ...stepCompleted, scenarios: ['Ana Lopez'] }],
    [
      'an address as an error code',
      {
        ...stepCompleted,
        name: 'step_failed',
        failure: { kind: 'api', code: '221 Washington St' },
      },
    ],
    [
      'a typed value beside a field name',
      {
        ...stepCompleted,
        name: 'step_failed',
        failure: { kind: 'form', fields: ['ssn'], values: ['123456789'] },
      },
    ],
    [
      'a chosen number as a line count',
      { ...stepCompleted, name: 'order_placed', lineCount: 2015550123 },
    ],
    [
      'an order number inside the failure',
      { ...stepCompleted, name: 'kiosk_wiped', reason: 'ORD-10001' },
    ],
  ])('refuses %s', (_label, event) => {
    expect(FunnelEvent.safeParse(event).success).toBe(false);
  });

  it('refuses a batch holding one event that does not fit', () => {
    expect(FunnelEventBatch.safeParse({ events: [stepCompleted] }).success).toBe(true);
    expect(
      FunnelEventBatch.safeParse({ events: [stepCompleted, { ...stepCompleted, email: 'a@b.c' }] })
        .success,
    ).toBe(false);
  });
});
