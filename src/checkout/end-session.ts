/**
 * The one teardown of a customer's session in this tab, whatever ended it: signing out, Done on
 * the confirmation, the idle timeout, a session the server refused (a 401), the kiosk wipe.
 */
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { atom } from 'nanostores';
import { authKeys, signOut } from '@/api/auth';
import { clearAllSubmitKeys } from '@/api/orders';
import { clearSession } from '@/api/session';
import { useStore } from '@/i18n';
import { clearDraft } from './draft';
import { paths } from './paths';
import { resumePoint } from './resume';

/**
 * - `signed-out`: the customer ended it (Sign out, Done);
 * - `timed-out`, `refused`: the customer may sign in again and resume where they were, so the
 *   draft and the resume point stay (they hold ids only; anyone else starts afresh);
 * - `wiped`: a kiosk's next customer comes next; the wipe also erases web storage.
 */
export type SessionEnd = 'signed-out' | 'timed-out' | 'refused' | 'wiped';

/** Why the session on screen ended, until sign-in shows and the rest of its teardown runs. */
const endingSession = atom<SessionEnd | null>(null);

/**
 * Drops everything this tab holds of the customer: personal data goes with the query cache. The
 * sign-in methods are nobody's, and the sign-in page may already be reading them.
 */
export function endCustomerSession(queryClient: QueryClient, reason: SessionEnd): void {
  endingSession.set(null);
  clearSession();
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] !== authKeys.all[0],
  });
  queryClient.getMutationCache().clear();
  // A refused session keeps its submission key: the same customer's retry must not order twice.
  if (reason !== 'refused') clearAllSubmitKeys();
  if (reason === 'signed-out' || reason === 'wiped') {
    clearDraft();
    resumePoint.set(null);
  }
}

export const isSessionEnding = () => endingSession.get() !== null;

/**
 * Ends a session whose pages are still on screen, on the way to sign-in: the token goes now, the
 * cached answers once sign-in shows, since a page still showing would fetch them again without
 * a session and fail. Whatever ended it first says what stays.
 */
export function endSessionAtSignIn(reason: SessionEnd): void {
  clearSession();
  if (!isSessionEnding()) endingSession.set(reason);
}

/** In the layout around every page: finishes an ended session's teardown once sign-in shows. */
export function useFinishSessionEnd(onSignIn: boolean): void {
  const queryClient = useQueryClient();
  const reason = useStore(endingSession);
  useEffect(() => {
    if (!reason || !onSignIn) return;
    endingSession.set(null);
    endCustomerSession(queryClient, reason);
  }, [onSignIn, queryClient, reason]);
}

/**
 * Ends the session on the server, then here whatever the server said (a failed call leaves a
 * token nobody holds any more, which expires on its own), and goes to sign-in.
 */
export function useEndSession(reason: 'signed-out' | 'timed-out') {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await signOut();
      } catch {
        // Ended here all the same (see above).
      } finally {
        endSessionAtSignIn(reason);
      }
    },
    onSettled: () => navigate(paths.signIn, { replace: true }),
  });
}
