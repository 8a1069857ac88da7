import { Link, isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router-dom';
import { ApiError } from '@/api/api-error';
import { Button } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/checkout/paths';
import { useStore } from '@/i18n';
import { routeErrorMessages } from './messages';

/** The error boundary of every route: never a blank page, always a way on. */
export function RouteError() {
  const error = useRouteError();
  const t = useStore(routeErrorMessages);
  const revalidator = useRevalidator();

  const notFound =
    (isRouteErrorResponse(error) && error.status === 404) ||
    (error instanceof ApiError && (error.status === 404 || error.status === 403));

  if (notFound) {
    return (
      <section className="stack">
        <PageHeading>{t.orderNotFoundTitle}</PageHeading>
        <p>{t.orderNotFoundBody}</p>
        <Link className="button button--primary" to={paths.home}>
          {t.startAgain}
        </Link>
      </section>
    );
  }

  return (
    <section className="stack">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.body}</p>
      <div className="actions">
        <Button onClick={() => void revalidator.revalidate()}>{t.retry}</Button>
        <Link className="button button--secondary" to={paths.home}>
          {t.startAgain}
        </Link>
      </div>
    </section>
  );
}

export function NotFound() {
  const t = useStore(routeErrorMessages);
  return (
    <section className="stack">
      <PageHeading>{t.notFoundTitle}</PageHeading>
      <p>{t.notFoundBody}</p>
      <Link className="button button--primary" to={paths.home}>
        {t.startAgain}
      </Link>
    </section>
  );
}
