import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router-dom';
import { useEndSession } from '@/checkout/end-session';
import { useSession } from '@/api/session';
import { rememberResumePoint } from '@/checkout/resume';
import { kioskSettings } from '@/config/kiosk-mode';
import { useOnConfirmation } from '../kiosk/use-on-confirmation';
import { wipeKioskSession } from '../kiosk/wipe-session';
import { TimeoutWarning } from './timeout-warning';
import { useIdleTimeout, type IdlePolicy } from './use-idle-timeout';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Signed in on a personal device: a long quiet time, and two minutes to answer the warning. */
const SIGNED_IN: IdlePolicy = {
  idleMs: 15 * MINUTE,
  warningMs: 2 * MINUTE,
  waitForActivity: false,
};

const KIOSK_IDLE_MS = 2 * MINUTE;
const KIOSK_WARNING_MS = 30 * SECOND;
/** A finished order needs no long look: the confirmation wipes itself sooner. */
const KIOSK_CONFIRMATION_IDLE_MS = MINUTE;

function kioskPolicy(idleSeconds: number | null, signedIn: boolean, finished: boolean): IdlePolicy {
  const idleMs = idleSeconds === null ? KIOSK_IDLE_MS : idleSeconds * SECOND;
  return {
    idleMs: finished ? Math.min(idleMs, KIOSK_CONFIRMATION_IDLE_MS) : idleMs,
    warningMs: KIOSK_WARNING_MS,
    // An untouched start screen has nothing to wipe; a signed-in page always has.
    waitForActivity: !signedIn,
  };
}

/**
 * The session timeout warning. On a kiosk, running out wipes everything; elsewhere it signs the
 * customer out and the sign-in page offers to continue where they were.
 */
export function SessionTimeout() {
  const session = useSession();
  const kiosk = kioskSettings();
  const finished = useOnConfirmation();
  const queryClient = useQueryClient();
  const { pathname, search } = useLocation();
  const signOut = useEndSession('timed-out');

  const policy = kiosk
    ? kioskPolicy(kiosk.idleSeconds, session !== null, finished)
    : session && SIGNED_IN;

  const expire = () => {
    if (kiosk) {
      void wipeKioskSession(queryClient, 'idle');
      return;
    }
    rememberResumePoint(pathname + search, session?.customerId ?? null);
    signOut.mutate();
  };

  const { deadline, extend } = useIdleTimeout(policy, expire);
  if (deadline === null) return null;
  return <TimeoutWarning deadline={deadline} kiosk={kiosk !== null} onContinue={extend} />;
}
