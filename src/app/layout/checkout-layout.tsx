import { useEffect } from 'react';
import {
  Link,
  Outlet,
  useLocation,
  useMatches,
  useNavigate,
  useParams,
  useSearchParams,
} from 'react-router-dom';
import { onUnauthorized } from '@/api/client';
import type { KnownStepId } from '@/api/contract/schemas';
import { useSession, clearSession } from '@/api/session';
import { useSignOut } from '@/api/auth';
import { Button } from '@/components/ui/button';
import { RETURN_TO_REVIEW, STEP_IDS, paths, stepIndex, stepPath } from '@/config/paths';
import { clearDraft } from '@/lib/checkout-draft';
import { rememberResumePoint, resumePoint } from '@/lib/resume';
import { useStore } from '@/i18n';
import { isKioskMode } from '@/config/kiosk-mode';
import { ErasingScreen, KioskFinish, StartOverButton } from '../kiosk/kiosk-controls';
import { wipeInProgress } from '../kiosk/wipe-session';
import { SessionTimeout } from '../session-timeout/session-timeout';
import { layoutMessages } from '../messages';
import { usePrefetchNextStep } from '../prefetch-next-step';
import type { RouteHandle } from '../router';
import { LanguageSwitch } from './language-switch';
import { OfflineBanner } from './offline-banner';
import { OrderSummary } from './order-summary';
import { Progress } from './progress';

function useCurrentStep(): KnownStepId | undefined {
  const matches = useMatches();
  for (const match of [...matches].reverse()) {
    const handle = match.handle as RouteHandle | undefined;
    if (handle?.step) return handle.step;
  }
  return undefined;
}

/** The previous step, or review when the customer came from there to change an answer. */
function useBackPath(step: KnownStepId | undefined, orderId: string | undefined): string | null {
  const [search] = useSearchParams();
  if (!step || step === 'sign-in' || step === 'account') return null;
  if (orderId && search.get(RETURN_TO_REVIEW) === 'review') return stepPath('review', orderId);
  const previous = STEP_IDS[stepIndex(step) - 1];
  return previous ? stepPath(previous, orderId) : null;
}

/** A session refused mid-flow: sign in again, then come back here if it is the same customer. */
function useResumeAfterUnauthorized() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  useEffect(
    () =>
      onUnauthorized(({ customerId }) => {
        // Requests still settling after the first refusal must not send the customer to
        // sign in again (and wipe what they started typing there).
        if (pathname === paths.signIn || resumePoint.get()) return;
        rememberResumePoint(pathname + search, customerId);
        void navigate(paths.signIn, { replace: true });
      }),
    [navigate, pathname, search],
  );
}

export function CheckoutLayout() {
  useResumeAfterUnauthorized();
  const t = useStore(layoutMessages);
  const step = useCurrentStep();
  const { orderId } = useParams();
  const backPath = useBackPath(step, orderId);
  usePrefetchNextStep(step, orderId);
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const showSummary = Boolean(orderId && step && step !== 'cart');
  const kiosk = isKioskMode();
  const wiping = useStore(wipeInProgress);

  const endSession = () => {
    signOut.mutate(undefined, {
      onSettled: () => {
        clearSession();
        clearDraft();
        void navigate(paths.signIn, { replace: true });
      },
    });
  };

  // The customer's pages unmount at once; the wipe then finishes with a fresh page load.
  if (wiping) return <ErasingScreen />;

  return (
    <div className="app">
      <SessionTimeout />
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to={paths.home} className="brand">
            {t.brand}
          </Link>
          <LanguageSwitch />
          {kiosk ? (
            <StartOverButton />
          ) : (
            session && (
              <Button variant="link" onClick={endSession} pending={signOut.isPending}>
                {t.signOut}
              </Button>
            )
          )}
        </div>
      </header>
      <div className="page">
        <OfflineBanner />
        {step && <Progress current={step} />}
        <div className={`page__columns${showSummary ? ' page__columns--with-summary' : ''}`}>
          <main id="main" className="page__main">
            {backPath && (
              <Link to={backPath} className="back-link">
                {t.back}
              </Link>
            )}
            <Outlet />
            {kiosk && <KioskFinish />}
          </main>
          {showSummary && orderId && <OrderSummary orderId={orderId} />}
        </div>
      </div>
    </div>
  );
}
