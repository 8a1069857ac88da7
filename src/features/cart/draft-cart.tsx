import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { ApiError } from '@/api/api-error';
import { MAX_LINES, type LineInput, type OffersResponse } from '@/api/contract/schemas';
import { useCreateOrder } from '@/api/orders';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { checkoutDraft, setDraftLines } from '@/checkout/draft';
import { useMoveOn } from '@/checkout/move-on';
import { paths } from '@/checkout/paths';
import { Button } from '@/components/ui/button';
import { Form } from '@/components/ui/form';
import { useStore } from '@/i18n';
import { AddLine, CartLines } from './cart-lines';
import { cartMessages } from './cart-messages';
import { CartProblems } from './cart-problems';
import type { CartFormOutput } from './cart-schema';
import { CartTotals, previewFigures } from './cart-totals';
import { toRow } from './line-view';
import { useCartForm } from './use-cart-form';

/**
 * `/cart`: the lines of the order-to-be, kept in the draft. Continue creates the order; if the
 * order then does not move on, `useMoveOn` hands that to the order's own cart page.
 */
export function DraftCart({ offers }: { offers: OffersResponse }) {
  const t = useStore(cartMessages);
  const navigate = useNavigate();
  const { moveOn } = useMoveOn('cart');
  // Read once: the form owns the lines from here and writes every change back to the draft.
  const [rows] = useState(() => checkoutDraft.get().lines.map((line) => toRow(line)));
  const cart = useCartForm(offers, rows);
  const createOrder = useCreateOrder();
  const [failure, setFailure] = useState<{ error: ApiError; retry: () => void } | null>(null);

  // So that a reload keeps the lines as they are now.
  const linesKey = JSON.stringify(cart.inputs);
  useEffect(() => {
    setDraftLines(JSON.parse(linesKey) as LineInput[]);
  }, [linesKey]);

  const create = (lines: LineInput[]) => {
    const { customerId } = checkoutDraft.get();
    if (!customerId) {
      void navigate(paths.account);
      return;
    }
    setFailure(null);
    createOrder.mutate(
      { customerId, lines },
      {
        onSuccess: (order) => {
          // The server holds the lines now; the account stays chosen for the offers guard.
          setDraftLines([]);
          moveOn(order);
        },
        onError: (error) => {
          if (!cart.takeUnavailable(error, lines))
            setFailure({ error, retry: () => create(lines) });
        },
      },
    );
  };

  const submit = (values: CartFormOutput) => {
    const lines = cart.linesToSend(values);
    if (lines) create(lines);
  };

  return (
    <Form form={cart.form} onSubmit={submit}>
      <CartProblems views={cart.views} />
      {failure && (
        <ApiErrorNotice
          error={failure.error}
          onRetry={failure.retry}
          retrying={createOrder.isPending}
        />
      )}
      <CartLines cart={cart} offers={offers} offersPath={paths.offers} />
      <AddLine count={cart.fields.length} limit={MAX_LINES}>
        <Link to={paths.offers}>{t.addLine}</Link>
      </AddLine>
      {cart.fields.length > 0 && (
        // The server works taxes out once the order exists.
        <CartTotals figures={previewFigures(cart.views, t.taxesLater)} taxesEstimated />
      )}
      <div className="actions">
        <Button type="submit" pending={createOrder.isPending}>
          {t.continue}
        </Button>
      </div>
    </Form>
  );
}
