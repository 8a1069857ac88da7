import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { MAX_LINES, type LineInput, type OffersResponse } from '@/api/contract/schemas';
import { orderQueryOptions, useReplaceLines } from '@/api/orders';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Notice } from '@/components/ui/notice';
import { useStore } from '@/i18n';
import { Bundles } from './bundles';
import { CartSoFar, useLineName } from './cart-so-far';
import { LineBuilder } from './line-builder';
import { offersMessages } from './offers-messages';

/** `/offers?order=<id>`: lines are added to this order, then the customer returns to its cart. */
export interface ExistingOrder {
  orderId: string;
  /** The order's cart, on the way back to review when the customer came from there. */
  cartPath: string;
}

/** Adding a line to an order that exists: the server holds the lines, so it is told at once. */
export function OrderOffers({
  orderId,
  cartPath,
  offers,
}: ExistingOrder & { offers: OffersResponse }) {
  const t = useStore(offersMessages);
  const lineName = useLineName();
  const navigate = useNavigate();
  const { data: order } = useSuspenseQuery(orderQueryOptions(orderId));
  const replaceLines = useReplaceLines(orderId);
  const [lastLine, setLastLine] = useState<LineInput | null>(null);

  const current: LineInput[] = order.lines.map(({ planId, deviceId, promotionId }) => ({
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

  // The line goes to the server and the customer to the cart: the builder does not start over.
  const add = (line: LineInput) => {
    save(line);
    return false;
  };

  const views = order.lines.map((line) => ({
    key: line.id,
    name: lineName(line.planName, line.deviceName),
    monthlyCents: line.monthlyCents,
  }));
  const full = order.lines.length >= MAX_LINES;

  return (
    <div className="stack">
      <CartSoFar lines={views} footer={<Link to={cartPath}>{t.editInCart}</Link>} />
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
            lineNumber={order.lines.length + 1}
            existingLines={order.lines.length}
            onAdd={add}
            onContinue={(line) => (line ? save(line) : void navigate(cartPath))}
            pending={replaceLines.isPending}
          />
        </>
      )}
    </div>
  );
}
