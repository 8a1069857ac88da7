import type { KnownStepId } from '@/api/contract/schemas';

/** What a route tells the layout before its code loads: which step it is, for the progress. */
export interface RouteHandle {
  step?: KnownStepId;
}
