/**
 * The one teardown of a customer's session in this tab, whatever ended it: signing out, Done on
 * the confirmation, the idle timeout, a session the server refused (a 401), the kiosk wipe.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { authKeys, signOut } from '@/api/auth';
import { clearAllSubmitKeys } from '@/api/orders';
import { clearSession } from '@/api/session';
import { clearDraft } from './draft';
import { resumePoint } from './resume';

/**
 * - `signed-out`: the customer ended it (Sign out, Done);
 * - `timed-out`, `refused`: the customer may sign in again and resume where they were, so the
 *   draft and the resume point stay (they hold ids only; anyone else starts afresh);
 * - `wiped`: a kiosk's next customer comes next; the wipe also erases web storage.
 */
export type SessionEnd = 'signed-out' | 'timed-out' | 'refused' | 'wiped';

/**
 * Drops everything this tab holds of the customer: personal data goes with the query cache. The
 * sign-in methods are nobody's, and the sign-in page may already be reading them.
 */
export function endCustomerSession(queryClient: QueryClient, reason: SessionEnd): void {
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

/**
 * Ends the session on the server, then here whatever the server said: a failed call leaves a
 * token nobody holds any more, which expires on its own.
 */
export function useEndSession(reason: 'signed-out' | 'timed-out') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await signOut();
      } catch {
        // Ended here all the same (see above).
      } finally {
        endCustomerSession(queryClient, reason);
      }
    },
  });
}
