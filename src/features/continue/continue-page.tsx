import { useEffect } from 'react';
import { Link, useLoaderData, useRevalidator } from 'react-router-dom';
import { useSession } from '@/api/session';
import { paths } from '@/checkout/paths';
import { PageHeading } from '@/components/ui/page-heading';
import { useStore } from '@/i18n';
import { CodeForm } from './code-form';
import { continueMessages } from './continue-messages';
import type { ClosedReason, ContinueScreen } from './continue-screen';

type Messages = ReturnType<typeof continueMessages.get>;

function closedWords(reason: ClosedReason, t: Messages): { title: string; body: string } {
  switch (reason) {
    case 'expired':
      return { title: t.expiredTitle, body: t.expiredBody };
    case 'used':
      return { title: t.usedTitle, body: t.usedBody };
    case 'other-customer':
      return { title: t.otherCustomerTitle, body: t.otherCustomerBody };
    case 'unknown':
      return { title: t.unknownTitle, body: t.unknownBody };
  }
}

/** A link that no longer works: why, in words that say nothing of the order, and a way on. */
function Closed({ reason }: { reason: ClosedReason }) {
  const t = useStore(continueMessages);
  const signedIn = useSession() !== null;
  const { title, body } = closedWords(reason, t);
  return (
    <section className="stack">
      <PageHeading>{title}</PageHeading>
      <p>{body}</p>
      <div className="actions">
        {signedIn ? (
          <Link className="button button--primary" to={paths.account}>
            {t.startOrder}
          </Link>
        ) : (
          <Link className="button button--primary" to={paths.signIn}>
            {t.signIn}
          </Link>
        )}
        {(reason === 'expired' || reason === 'unknown') && (
          <Link className="button button--secondary" to={paths.continue}>
            {t.typeCode}
          </Link>
        )}
      </div>
    </section>
  );
}

export function ContinuePage() {
  const t = useStore(continueMessages);
  const data = useLoaderData<ContinueScreen>();
  const { revalidate } = useRevalidator();
  // A link opened while this page is on screen changes only the fragment: the loader reads it.
  useEffect(() => {
    const onHashChange = () => void revalidate();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [revalidate]);
  switch (data.screen) {
    case 'sign-in':
      return (
        <section className="stack">
          <PageHeading>{t.signInTitle}</PageHeading>
          <p>{t.signInBody}</p>
          <div className="actions">
            <Link className="button button--primary" to={paths.signIn}>
              {t.signIn}
            </Link>
          </div>
        </section>
      );
    case 'code':
      return (
        <section className="stack">
          <PageHeading>{t.codeTitle}</PageHeading>
          <p>{t.codeLead}</p>
          <CodeForm />
          <p>
            <Link to={paths.signIn}>{t.startInstead}</Link>
          </p>
        </section>
      );
    case 'closed':
      return <Closed reason={data.reason} />;
  }
}
