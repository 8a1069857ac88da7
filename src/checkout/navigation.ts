/**
 * Where Back goes from a step, and whether Continue returns to review: worked out once, by the
 * step's loader, from the URL. The layout's back link and the step's Continue read the answer.
 */
import { useMatches } from 'react-router-dom';
import type { KnownStepId } from '@/api/contract/schemas';
import { RETURN_TO_REVIEW, STEP_IDS, stepIndex, stepPath } from './paths';

export interface StepNavigation {
  step: KnownStepId;
  /** The customer came from review to change an answer: Continue and Back go back there. */
  backToReview: boolean;
  /** The previous step, review when `backToReview`, or null where there is no way back. */
  backPath: string | null;
}

export function stepNavigation(
  step: KnownStepId,
  orderId: string | undefined,
  request: Request,
): StepNavigation {
  const backToReview =
    orderId !== undefined && new URL(request.url).searchParams.get(RETURN_TO_REVIEW) === 'review';
  const previous = STEP_IDS[stepIndex(step) - 1];
  const noWayBack = step === 'sign-in' || step === 'account' || !previous;
  return {
    step,
    backToReview,
    backPath: noWayBack
      ? null
      : backToReview
        ? stepPath('review', orderId)
        : stepPath(previous, orderId),
  };
}

function navigationOf(loaderData: unknown): StepNavigation | undefined {
  return typeof loaderData === 'object' && loaderData !== null && 'navigation' in loaderData
    ? (loaderData.navigation as StepNavigation)
    : undefined;
}

/** The navigation of the step on screen (the deepest route whose loader gave one). */
export function useStepNavigation(): StepNavigation | undefined {
  const matches = useMatches();
  for (const match of [...matches].reverse()) {
    const navigation = navigationOf(match.loaderData);
    if (navigation) return navigation;
  }
  return undefined;
}
