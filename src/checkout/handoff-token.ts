/**
 * The hand-off token this tab opened a `/continue` link with (or redeemed a typed code for),
 * until it is claimed or refused. Held in memory only: never in web storage, a URL or a log.
 * Sign-in reads it to go back to `/continue` rather than to the account step.
 */
import { atom } from 'nanostores';

export const handoffToken = atom<string | null>(null);
