import { lazy, Suspense, useDeferredValue, useMemo, useReducer, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { authMethodsQueryOptions } from '@/api/auth';
import type { AuthMethod } from '@/api/contract/schemas';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { resumePoint } from '@/checkout/resume';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { useStore } from '@/i18n';
import { CodeSentNotice, CodeStage } from './code-stage';
import { ErasedNotice } from './erased-notice';
import { useFinishSignIn } from './finish-sign-in';
import { IdentifierStage } from './identifier-stage';
import { LockedNotice } from './locked-notice';
import { passkeysSupported } from './passkey-support';
import { initialSignInState, signInReducer } from './sign-in-machine';
import { signInMessages } from './sign-in-messages';
import { methodOptions } from './sign-in-methods';
import styles from './sign-in-page.module.css';

// Only after a code sign-in, and only where passkeys work: not part of the page's first load.
const PasskeyOffer = lazy(() => import('./passkey-offer'));

/**
 * Painted before the sign-in methods arrive, on purpose (index.html carries this very markup):
 * unlike the other steps, the page reads its methods itself rather than through its loader.
 */
export function SignInPage() {
  const t = useStore(signInMessages);
  const methods = useQuery(authMethodsQueryOptions());
  // The form renders in the background, in slices, rather than in one long task the moment the
  // methods arrive (a query's update would otherwise render it all at once).
  const shownMethods = useDeferredValue(methods.data?.methods);
  const resuming = useStore(resumePoint) !== null;

  return (
    <section className={styles.column}>
      <PageHeading>{t.title}</PageHeading>
      <ErasedNotice />
      {resuming ? (
        <Notice tone="warning" role="status">
          <p>{t.sessionEnded}</p>
        </Notice>
      ) : (
        <p>{t.intro}</p>
      )}
      {methods.isError ? (
        <ApiErrorNotice
          error={methods.error}
          onRetry={() => void methods.refetch()}
          retrying={methods.isFetching}
        />
      ) : shownMethods ? (
        <SignInFlow methods={shownMethods} />
      ) : (
        <Skeleton lines={3} height="4.5rem" />
      )}
    </section>
  );
}

/** The stage the sign-in is at (sign-in-machine.ts); each stage makes its own calls. */
function SignInFlow({ methods }: { methods: readonly AuthMethod[] }) {
  const t = useStore(signInMessages);
  // Read once: passkeys are offered where the browser has them and the screen is not a kiosk.
  const [passkeys] = useState(passkeysSupported);
  const options = useMemo(() => methodOptions(methods, passkeys), [methods, passkeys]);
  const [{ stage, entered, failure }, dispatch] = useReducer(signInReducer, initialSignInState);
  const { signedIn, goOn } = useFinishSignIn(dispatch, passkeys);

  if (options.length === 0) return <Notice tone="warning">{t.noMethods}</Notice>;

  const shown = () => {
    switch (stage.name) {
      case 'identifier':
        return (
          <IdentifierStage
            stage={stage}
            options={options}
            entered={entered}
            failure={failure}
            dispatch={dispatch}
            signedIn={signedIn}
          />
        );
      case 'code':
        return (
          <CodeStage stage={stage} failure={failure} dispatch={dispatch} signedIn={signedIn} />
        );
      case 'locked':
        return <LockedNotice retryAt={stage.retryAt} onBack={() => dispatch({ type: 'back' })} />;
      case 'passkey-offer':
        return (
          <Suspense fallback={<Skeleton lines={2} />}>
            <PasskeyOffer options={stage.options} onDone={() => goOn(stage.customerId)} />
          </Suspense>
        );
    }
  };

  return (
    <div className="stack">
      {/* Always in the page, so that filling it is announced. */}
      <div role="status">{stage.name === 'code' && <CodeSentNotice request={stage.request} />}</div>
      {shown()}
    </div>
  );
}
