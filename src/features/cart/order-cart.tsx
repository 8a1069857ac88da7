import { useMemo, useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '@/api/api-error';
import { MAX_LINES, type LineInput, type OffersResponse, type Order } from '@/api/contract/schemas';
import { creditPolicyQueryOptions } from '@/api/credit';
import { orderQueryOptions, useReplaceLines } from '@/api/orders';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { orderFigures } from '@/checkout/order-totals';
import { useStepNavigation } from '@/checkout/navigation';
import { changePath, stepPath } from '@/checkout/paths';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { Notice } from '@/components/ui/notice';
import { useStore } from '@/i18n';
import { AddLine, CartLines } from './cart-lines';
import { cartMessages } from './cart-messages';
import { CartProblems } from './cart-problems';
import type { CartFormOutput } from './cart-schema';
import { CartTotals, previewFigures } from './cart-totals';
import { toRow } from './line-view';
import { useCartForm } from './use-cart-form';

/** `/orders/:orderId/cart`: the order's lines, as the server holds them. */
export function OrderCart({ orderId, offers }: { orderId: string; offers: OffersResponse }) {
  const { data: order } = useSuspenseQuery(orderQueryOptions(orderId));
  // A new server answer (after a save elsewhere) starts the form again from it.
  const key = order.lines.map((line) => line.id).join();
  return order.credit?.policyApplied ? (
    <OrderCartWithinPolicy key={key} order={order} offers={offers} />
  ) : (
    <OrderCartForm key={key} order={order} offers={offers} creditMaxLines={undefined} />
  );
}

/** Once the order's credit policy has been applied, its lines are limited by the approval. */
function OrderCartWithinPolicy({ order, offers }: { order: Order; offers: OffersResponse }) {
  const { data: policy } = useSuspenseQuery(creditPolicyQueryOptions(order.id));
  return <OrderCartForm order={order} offers={offers} creditMaxLines={policy.maxLines} />;
}

interface OrderCartFormProps {
  order: Order;
  offers: OffersResponse;
  creditMaxLines: number | undefined;
}

/** Changed lines are saved before the customer goes on; lines left as they are need no call. */
function OrderCartForm({ order, offers, creditMaxLines }: OrderCartFormProps) {
  const t = useStore(cartMessages);
  const navigate = useNavigate();
  const backToReview = useStepNavigation()?.backToReview ?? false;
  const rows = useMemo(() => order.lines.map((line) => toRow(line, line.id)), [order.lines]);
  const cart = useCartForm(offers, rows, order.lines);
  const replaceLines = useReplaceLines(order.id);
  const { moveOn, stall } = useMoveOn('cart');
  const [failure, setFailure] = useState<{ error: ApiError; retry: () => void } | null>(null);

  const readOnly = order.status !== 'open';
  const limit = Math.min(MAX_LINES, creditMaxLines ?? MAX_LINES);
  const offersPath = backToReview ? changePath('offers', order.id) : stepPath('offers', order.id);

  /** Saves the lines if they changed, then goes on with the order as the server has it. */
  const saveThen = (lines: LineInput[], next: (saved: Order) => void) => {
    if (!cart.changed) {
      next(order);
      return;
    }
    setFailure(null);
    replaceLines.mutate(
      { lines },
      {
        onSuccess: next,
        onError: (error) => {
          if (!cart.takeUnavailable(error, lines)) {
            setFailure({ error, retry: () => saveThen(lines, next) });
          }
        },
      },
    );
  };

  const submit = (values: CartFormOutput) => {
    const lines = cart.linesToSend(values);
    if (lines) saveThen(lines, moveOn);
  };

  // Unsaved changes are saved first, so that the offers page adds to the cart as shown here.
  const addLine = () => saveThen(cart.inputs, () => void navigate(offersPath));

  return (
    <Form form={cart.form} onSubmit={submit}>
      <CartProblems views={cart.views} />
      {failure && (
        <ApiErrorNotice
          error={failure.error}
          onRetry={failure.retry}
          retrying={replaceLines.isPending}
        />
      )}
      {creditMaxLines !== undefined && cart.fields.length > creditMaxLines && (
        <Notice tone="error">
          <p>{t.creditMaxLines({ max: creditMaxLines })}</p>
        </Notice>
      )}
      <CartLines
        cart={cart}
        offers={offers}
        offersPath={offersPath}
        readOnly={readOnly}
        keepOneLine
      />
      {!readOnly && (
        <AddLine count={cart.fields.length} limit={limit}>
          <Button variant="secondary" pending={replaceLines.isPending} onClick={addLine}>
            {t.addLine}
          </Button>
        </AddLine>
      )}
      <CartTotals
        figures={cart.changed ? previewFigures(cart.views, t.estimate, order) : orderFigures(order)}
        taxesEstimated={order.totals.taxesEstimated}
      />
      {stall && <OrderStalledNotice {...stall} />}
      <div className="actions">
        <Button type="submit" pending={replaceLines.isPending}>
          {t.continue}
        </Button>
      </div>
    </Form>
  );
}
