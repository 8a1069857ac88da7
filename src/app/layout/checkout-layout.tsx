import { Suspense, lazy, useCallback, useEffect } from 'react';
import {
  Link,
  Outlet,
  useLocation,
  useMatches,
  useNavigate,
  useNavigation,
  useParams,
} from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { onUnauthorized } from '@/api/client';
import type { KnownStepId } from '@/api/contract/schemas';
import { useSession } from '@/api/session';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import {
  endSessionAtSignIn,
  isSessionEnding,
  useEndSession,
  useFinishSessionEnd,
} from '@/checkout/end-session';
import { useStepNavigation } from '@/checkout/navigation';
import { paths } from '@/checkout/paths';
import { rememberResumePoint, resumePoint } from '@/checkout/resume';
import { useStore } from '@/i18n';
import { isKioskMode } from '@/config/kiosk-mode';
import { ErasingScreen, KioskFinish, StartOverButton } from '../kiosk/kiosk-controls';
import { wipeInProgress } from '../kiosk/wipe-session';
import { endHandedOffSession } from '../handoff/handed-off';
import { SessionTimeout } from '../session-timeout/session-timeout';
import { layoutMessages } from '../messages';
import { usePrefetchNextStep } from '../prefetch-next-step';
import type { RouteHandle } from '../route-handle';
import { LanguageSwitch } from './language-switch';
import { OfflineBanner } from './offline-banner';
import { Progress } from './progress';

// Shown only once an order exists: its code (and the totals and labels it shows) is not
// first-load code.
const OrderSummary = lazy(() =>
  import('./order-summary').then((module) => ({ default: module.OrderSummary })),
);

// Offered once an order exists: its code and the QR code's library are not first-load code.
const HandoffOffer = lazy(() => import('../handoff/handoff-offer'));

function useCurrentStep(): KnownStepId | undefined {
  const matches = useMatches();
  for (const match of [...matches].reverse()) {
    const handle = match.handle as RouteHandle | undefined;
    if (handle?.step) return handle.step;
  }
  return undefined;
}

/**
 * A session refused mid-flow: sign in again, then come back here if it is the same customer.
 * A session that a hand-off's claim ended is over here for good: the order went on elsewhere.
 */
function useResumeAfterUnauthorized() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { pathname, search } = useLocation();
  useEffect(
    () =>
      onUnauthorized(({ customerId, code }) => {
        // Requests still settling after the first refusal must not send the customer to
        // sign in again (and wipe what they started typing there).
        if (pathname === paths.signIn || isSessionEnding()) return;
        if (code === 'SESSION_HANDED_OFF') {
          endHandedOffSession(queryClient, navigate);
          return;
        }
        if (resumePoint.get()) return;
        rememberResumePoint(pathname + search, customerId);
        endSessionAtSignIn('refused');
        void navigate(paths.signIn, { replace: true });
      }),
    [navigate, pathname, queryClient, search],
  );
  useFinishSessionEnd(pathname === paths.signIn);
}

export function CheckoutLayout() {
  useResumeAfterUnauthorized();
  const t = useStore(layoutMessages);
  const step = useCurrentStep();
  const { orderId } = useParams();
  const backPath = useStepNavigation()?.backPath;
  // A step's loader is reading what its page needs: the page on screen stays until it has.
  const loading = useNavigation().state === 'loading';
  usePrefetchNextStep(step, orderId);
  const session = useSession();
  const signOut = useEndSession('signed-out');
  const showSummary = Boolean(orderId && step && step !== 'cart');
  const kiosk = isKioskMode();
  const wiping = useStore(wipeInProgress);
  // Every step of an order (not its confirmation or help screen) may move to the phone.
  const handoffOrderId = session && step ? orderId : undefined;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const onHandedOff = useCallback(
    () => endHandedOffSession(queryClient, navigate),
    [navigate, queryClient],
  );

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
            <>
              {handoffOrderId && (
                <Suspense fallback={null}>
                  <HandoffOffer
                    orderId={handoffOrderId}
                    placement="header"
                    creditStep={false}
                    onClaimed={onHandedOff}
                  />
                </Suspense>
              )}
              <StartOverButton />
            </>
          ) : (
            session && (
              <Button variant="link" onClick={() => signOut.mutate()} pending={signOut.isPending}>
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
          <main id="main" className="page__main" aria-busy={loading}>
            {backPath && (
              <Link to={backPath} className="back-link">
                {t.back}
              </Link>
            )}
            {/* Only when the cache lost what the loader read (say, a sign-out in another call). */}
            <Suspense fallback={<Skeleton lines={3} height="12rem" />}>
              <Outlet />
            </Suspense>
            {handoffOrderId && (!kiosk || step === 'credit') && (
              <Suspense fallback={null}>
                <HandoffOffer
                  orderId={handoffOrderId}
                  placement="page"
                  creditStep={step === 'credit'}
                  onClaimed={onHandedOff}
                />
              </Suspense>
            )}
            {kiosk && <KioskFinish />}
          </main>
          {showSummary && orderId && (
            <Suspense fallback={<aside className="order-summary order-summary--loading" />}>
              <OrderSummary orderId={orderId} />
            </Suspense>
          )}
        </div>
      </div>
    </div>
  );
}
