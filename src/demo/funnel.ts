/**
 * The product team's view of the funnel, worked out from the events the mock collected: for each
 * step, how many visits reached it and completed it, how many stopped there, the median time
 * spent, and the failures met most often.
 */
import type { FunnelEvent } from '@/analytics/events';
import { STEP_IDS, type KnownStepId } from '@/api/contract/schemas';

export interface FunnelRow {
  step: KnownStepId;
  /** Visits that saw the step. */
  reached: number;
  /** Visits that went on from it to a later step (or, from review, placed the order). */
  completed: number;
  /** Visits that saw it and did not complete it (yet: a visit may still be going). */
  stopped: number;
  /** Median time spent on the step by the visits that completed it, in ms; null without any. */
  medianMs: number | null;
  /** The failures met on the step, most frequent first (at most three). */
  topFailures: { failure: string; count: number }[];
}

export interface FunnelSummary {
  visits: number;
  placed: number;
  rows: FunnelRow[];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** An API code as sent, a form's refusal as `form: field, field`. */
function failureLabel(event: Extract<FunnelEvent, { name: 'step_failed' }>): string {
  const { failure } = event;
  return failure.kind === 'api' ? failure.code : `form: ${failure.fields.join(', ')}`;
}

export function summarizeFunnel(events: readonly FunnelEvent[]): FunnelSummary {
  const visitsOf = (name: FunnelEvent['name'], step?: KnownStepId) =>
    new Set(
      events
        .filter((event) => event.name === name && (step === undefined || event.step === step))
        .map((event) => event.visitId),
    );

  const rows = STEP_IDS.map((step): FunnelRow => {
    const reached = visitsOf('step_viewed', step);
    const completed = visitsOf('step_completed', step);
    const durations = events.flatMap((event) =>
      event.name === 'step_completed' && event.step === step ? [event.durationMs] : [],
    );
    const failures = new Map<string, number>();
    for (const event of events) {
      if (event.name !== 'step_failed' || event.step !== step) continue;
      const label = failureLabel(event);
      failures.set(label, (failures.get(label) ?? 0) + 1);
    }
    return {
      step,
      reached: reached.size,
      completed: completed.size,
      stopped: [...reached].filter((visit) => !completed.has(visit)).length,
      medianMs: median(durations),
      topFailures: [...failures]
        .map(([failure, count]) => ({ failure, count }))
        .sort((a, b) => b.count - a.count || a.failure.localeCompare(b.failure))
        .slice(0, 3),
    };
  });

  return {
    visits: new Set(events.map((event) => event.visitId)).size,
    placed: visitsOf('order_placed').size,
    rows,
  };
}
