import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { MAX_LINES, type LineInput, type OffersResponse } from '@/api/contract/schemas';
import { offersQueryOptions } from '@/api/offers';
import { orderQueryOptions, useReplaceLines } from '@/api/orders';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { ORDER_PARAM, RETURN_TO_REVIEW, paths } from '@/checkout/paths';
import { checkoutDraft, setDraftLines } from '@/checkout/draft';
import { language, useFormat, useStore } from '@/i18n';
import { Bundles } from './bundles';
import { LineBuilder } from './line-builder';
import { offersMessages } from './offers-messages';
import { deviceName, previewLine } from '@/checkout/pricing';
import styles from './offers-page.module.css';

export function OffersPage() {
  const t = useStore(offersMessages);
  const lang = useStore(language);
  const offers = useQuery(offersQueryOptions(lang));
  const [search] = useSearchParams();
  const orderId = search.get(ORDER_PARAM);

  return (
    <section>
      <PageHeading>{t.title}</PageHeading>
      <Notice tone="info" title={t.noAutopayTitle}>
        <p>{t.noAutopayBody}</p>
      </Notice>
      {offers.isPending ? (
        <Skeleton lines={4} height="9rem" />
      ) : offers.isError ? (
        <ApiErrorNotice
          error={offers.error}
          onRetry={() => void offers.refetch()}
          retrying={offers.isFetching}
        />
      ) : offers.data.plans.length === 0 ? (
        <Notice tone="warning" title={t.noOffersTitle}>
          <p>{t.noOffersBody}</p>
          <Button
            variant="secondary"
            onClick={() => void offers.refetch()}
            pending={offers.isFetching}
          >
            {t.checkAgain}
          </Button>
        </Notice>
      ) : orderId ? (
        <OrderOffers orderId={orderId} offers={offers.data} />
      ) : (
        <DraftOffers offers={offers.data} />
      )}
    </section>
  );
}

interface CartLineView {
  key: string;
  name: string;
  monthlyCents: number;
}

function useLineName() {
  const t = useStore(offersMessages);
  return (plan: string, phone: string | undefined) =>
    phone ? t.planWithPhone({ plan, phone }) : t.planNoPhone({ plan });
}

/** The lines chosen so far, with what each costs a month. */
function CartSoFar({
  lines,
  onRemove,
  headingRef,
  footer,
}: {
  lines: CartLineView[];
  onRemove?: (index: number) => void;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  footer?: React.ReactNode;
}) {
  const t = useStore(offersMessages);
  const { money } = useFormat();
  return (
    <section className="card" aria-labelledby="cart-so-far">
      <h2 id="cart-so-far" ref={headingRef} tabIndex={-1}>
        {t.yourLines({ count: lines.length, max: MAX_LINES })}
      </h2>
      <ol className={styles.cartLines}>
        {lines.map((line, index) => (
          <li key={line.key} className={styles.cartLine}>
            <div>
              <p>
                <strong>{t.lineLabel({ index: index + 1 })}:</strong> {line.name}
              </p>
              <p className="small muted">
                {money(line.monthlyCents)}
                {t.perMonth}
              </p>
            </div>
            {onRemove && (
              <Button
                variant="link"
                onClick={() => onRemove(index)}
                aria-label={t.removeLineLabel({ index: index + 1 })}
              >
                {t.removeLine}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {footer}
    </section>
  );
}

function DraftOffers({ offers }: { offers: OffersResponse }) {
  const t = useStore(offersMessages);
  const lineName = useLineName();
  const navigate = useNavigate();
  const { lines } = useStore(checkoutDraft);
  const [announcement, setAnnouncement] = useState('');
  const cartHeading = useRef<HTMLHeadingElement>(null);
  const [focusCart, setFocusCart] = useState(0);

  // After adding a line, take the customer to the cart list where it now shows.
  useEffect(() => {
    if (focusCart > 0) cartHeading.current?.focus();
  }, [focusCart]);

  const nameOf = (line: LineInput) => {
    const preview = previewLine(offers, line);
    return lineName(
      preview.plan?.name ?? line.planId,
      preview.device && deviceName(preview.device),
    );
  };

  const add = (line: LineInput) => {
    if (lines.length >= MAX_LINES) return false;
    setDraftLines([...lines, line]);
    setAnnouncement(t.lineAdded({ index: lines.length + 1, name: nameOf(line) }));
    setFocusCart((n) => n + 1);
    return true;
  };

  const remove = (index: number) => {
    setDraftLines(lines.filter((_, at) => at !== index));
    setAnnouncement(t.lineRemoved({ index: index + 1 }));
  };

  const goToCart = (line: LineInput | null) => {
    if (line && lines.length < MAX_LINES) setDraftLines([...lines, line]);
    void navigate(paths.cart);
  };

  const views = lines.map((line, index) => ({
    key: `${index}-${line.planId}-${line.deviceId ?? ''}`,
    name: nameOf(line),
    monthlyCents: previewLine(offers, line).monthlyCents,
  }));

  return (
    <div className="stack">
      <div role="status">{announcement && <Notice tone="success">{announcement}</Notice>}</div>
      {lines.length > 0 && <CartSoFar lines={views} onRemove={remove} headingRef={cartHeading} />}
      {lines.length < MAX_LINES ? (
        <>
          <Bundles offers={offers} onAdd={add} />
          <LineBuilder
            offers={offers}
            lineNumber={lines.length + 1}
            existingLines={lines.length}
            onAdd={add}
            onContinue={goToCart}
            pending={false}
          />
        </>
      ) : (
        <>
          <Notice tone="info">
            <p>{t.limitReached({ max: MAX_LINES })}</p>
          </Notice>
          <div className="actions">
            <Button onClick={() => goToCart(null)}>{t.continue}</Button>
          </div>
        </>
      )}
    </div>
  );
}

/** Adding a line to an order that exists: the server holds the lines, so it is told at once. */
function OrderOffers({ orderId, offers }: { orderId: string; offers: OffersResponse }) {
  const t = useStore(offersMessages);
  const lineName = useLineName();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const order = useQuery(orderQueryOptions(orderId));
  const replaceLines = useReplaceLines(orderId);
  const cartHeading = useRef<HTMLHeadingElement>(null);
  const [lastLine, setLastLine] = useState<LineInput | null>(null);

  const backToReview = search.get(RETURN_TO_REVIEW) === 'review';
  const cartPath = `${paths.orderStep(orderId, 'cart')}${backToReview ? `?${RETURN_TO_REVIEW}=review` : ''}`;

  if (order.isPending) return <Skeleton lines={4} height="9rem" />;
  if (order.isError) {
    return (
      <ApiErrorNotice
        error={order.error}
        onRetry={() => void order.refetch()}
        retrying={order.isFetching}
      />
    );
  }

  const current: LineInput[] = order.data.lines.map(({ planId, deviceId, promotionId }) => ({
    planId,
    ...(deviceId ? { deviceId } : {}),
    ...(promotionId ? { promotionId } : {}),
  }));

  const save = (line: LineInput) => {
    setLastLine(line);
    replaceLines.mutate(
      { lines: [...current, line] },
      { onSuccess: () => void navigate(cartPath) },
    );
  };

  const add = (line: LineInput) => {
    save(line);
    return false;
  };

  const views = order.data.lines.map((line) => ({
    key: line.id,
    name: lineName(line.planName, line.deviceName),
    monthlyCents: line.monthlyCents,
  }));
  const full = order.data.lines.length >= MAX_LINES;

  return (
    <div className="stack">
      <CartSoFar
        lines={views}
        headingRef={cartHeading}
        footer={<Link to={cartPath}>{t.editInCart}</Link>}
      />
      {replaceLines.isError && (
        <ApiErrorNotice
          error={replaceLines.error}
          onRetry={lastLine ? () => save(lastLine) : undefined}
          retrying={replaceLines.isPending}
        />
      )}
      {full ? (
        <>
          <Notice tone="info">
            <p>{t.limitReached({ max: MAX_LINES })}</p>
          </Notice>
          <div className="actions">
            <Link className="button button--primary" to={cartPath}>
              {t.continue}
            </Link>
          </div>
        </>
      ) : (
        <>
          <Bundles offers={offers} onAdd={add} pending={replaceLines.isPending} />
          <LineBuilder
            offers={offers}
            lineNumber={order.data.lines.length + 1}
            existingLines={order.data.lines.length}
            onAdd={add}
            onContinue={(line) => (line ? save(line) : void navigate(cartPath))}
            pending={replaceLines.isPending}
          />
        </>
      )}
    </div>
  );
}
