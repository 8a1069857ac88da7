import type { FunnelEvent } from '@/analytics/events';
import { summarizeFunnel } from './funnel';

const base = {
  schemaVersion: 1,
  at: '2026-03-01T12:00:00.000Z',
  language: 'en',
  kiosk: false,
} as const;
const visit = (visitId: string) => ({
  viewed: (step: FunnelEvent['step']): FunnelEvent => ({
    ...base,
    visitId,
    name: 'step_viewed',
    step,
  }),
  completed: (step: FunnelEvent['step'], durationMs: number): FunnelEvent => ({
    ...base,
    visitId,
    name: 'step_completed',
    step,
    durationMs,
  }),
  failed: (step: FunnelEvent['step'], code: 'NUMBER_TAKEN' | 'OTHER'): FunnelEvent => ({
    ...base,
    visitId,
    name: 'step_failed',
    step,
    failure: { kind: 'api', code },
  }),
});

const ids = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
] as const;
const [a, b, c] = ids.map(visit) as [
  ReturnType<typeof visit>,
  ReturnType<typeof visit>,
  ReturnType<typeof visit>,
];

describe('summarizeFunnel', () => {
  it('counts visits, not events, per step, with the median time of those who went on', () => {
    const summary = summarizeFunnel([
      a.viewed('number'),
      a.failed('number', 'NUMBER_TAKEN'),
      a.failed('number', 'NUMBER_TAKEN'),
      a.viewed('number'),
      a.completed('number', 30_000),
      b.viewed('number'),
      b.failed('number', 'OTHER'),
      b.completed('number', 50_000),
      c.viewed('number'),
      c.completed('number', 10_000),
      c.viewed('terms'),
      { ...base, visitId: ids[2], name: 'order_placed', step: 'review', lineCount: 1 },
    ]);

    expect(summary.visits).toBe(3);
    expect(summary.placed).toBe(1);
    const number = summary.rows.find((row) => row.step === 'number');
    expect(number).toEqual({
      step: 'number',
      reached: 3,
      completed: 3,
      stopped: 0,
      medianMs: 30_000,
      topFailures: [
        { failure: 'NUMBER_TAKEN', count: 2 },
        { failure: 'OTHER', count: 1 },
      ],
    });
    const terms = summary.rows.find((row) => row.step === 'terms');
    expect(terms).toMatchObject({ reached: 1, completed: 0, stopped: 1, medianMs: null });
  });

  it('takes the mean of the middle two for an even count, and lists every step in order', () => {
    const summary = summarizeFunnel([
      a.viewed('credit'),
      a.completed('credit', 10_000),
      b.viewed('credit'),
      b.completed('credit', 20_000),
    ]);
    expect(summary.rows.map((row) => row.step)).toEqual([
      'sign-in',
      'account',
      'offers',
      'cart',
      'credit',
      'shipping',
      'number',
      'terms',
      'review',
    ]);
    expect(summary.rows.find((row) => row.step === 'credit')?.medianMs).toBe(15_000);
    expect(summarizeFunnel([]).rows.every((row) => row.reached === 0)).toBe(true);
  });
});
