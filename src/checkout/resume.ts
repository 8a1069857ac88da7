/**
 * Where to go back to after signing in again, when a session ended mid-checkout. Held in
 * memory only; it applies only if the same customer signs in (anyone else starts afresh).
 */
import { atom } from 'nanostores';

interface ResumePoint {
  path: string;
  customerId: string;
}

export const resumePoint = atom<ResumePoint | null>(null);

/**
 * Remembers `path` for `customerId`. Calls that no longer know the customer (requests refused
 * after the session was already dropped) keep the point that was remembered first.
 */
export function rememberResumePoint(path: string, customerId: string | null) {
  if (customerId) resumePoint.set({ path, customerId });
}

/**
 * The hand-off token this tab opened a `/continue` link with (or redeemed a typed code for),
 * until it is claimed or refused: sign-in then goes back to `/continue` to claim the order.
 * Held in memory only: never in web storage, a URL or a log.
 */
export const handoffToken = atom<string | null>(null);

/** The path to resume for this customer, if any; the point is used up either way. */
export function takeResumePath(customerId: string): string | null {
  const point = resumePoint.get();
  resumePoint.set(null);
  return point?.customerId === customerId ? point.path : null;
}
