import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { creditPolicyQueryOptions } from '@/api/credit';
import { MAX_LINES, type LineInput, type OffersResponse } from '@/api/contract/schemas';
import { offersQueryOptions } from '@/api/offers';
import { orderQueryOptions, useCreateOrder, useReplaceLines } from '@/api/orders';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { RETURN_TO_REVIEW, changePath, paths, stepPath } from '@/checkout/paths';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { checkoutDraft, setDraftLines } from '@/checkout/draft';
import { language, useStore } from '@/i18n';
import { CartEditor, lineFields, type SubmitCallbacks } from './cart-editor';
import { cartMessages } from './cart-messages';

/** The cart: `/cart` before the order exists (the draft), `/orders/:orderId/cart` after. */
export function CartPage() {
  const t = useStore(cartMessages);
  const { orderId } = useParams();
  const lang = useStore(language);
  const offers = useQuery(offersQueryOptions(lang));

  return (
    <section>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      {offers.isPending ? (
        <Skeleton lines={3} height="8rem" />
      ) : offers.isError ? (
        <ApiErrorNotice
          error={offers.error}
          onRetry={() => void offers.refetch()}
          retrying={offers.isFetching}
        />
      ) : orderId ? (
        <OrderCart orderId={orderId} offers={offers.data} />
      ) : (
        <DraftCart offers={offers.data} />
      )}
    </section>
  );
}

function DraftCart({ offers }: { offers: OffersResponse }) {
  const navigate = useNavigate();
  const { moveOn } = useMoveOn('cart');
  // Read once: the form owns the lines from here and writes every change back to the draft.
  const [draft] = useMemo(() => [checkoutDraft.get()], []);
  const createOrder = useCreateOrder();
  const rows = useMemo(
    () => draft.lines.map((line) => ({ ...lineFields(line), lineId: '' })),
    [draft],
  );
  const keepDraft = useCallback((lines: LineInput[]) => setDraftLines(lines), []);

  const submit = (lines: LineInput[], _changed: boolean, { onError }: SubmitCallbacks) => {
    const customerId = checkoutDraft.get().customerId;
    if (!customerId) {
      void navigate(paths.account);
      return;
    }
    createOrder.mutate(
      { customerId, lines },
      {
        onSuccess: (order) => {
          // The server holds the lines now; the account stays chosen for the offers guard.
          setDraftLines([]);
          moveOn(order);
        },
        onError,
      },
    );
  };

  return (
    <CartEditor
      offers={offers}
      rows={rows}
      maxLines={MAX_LINES}
      keepOneLine={false}
      readOnly={false}
      onRowsChange={keepDraft}
      onSubmit={submit}
      addLine={paths.offers}
      offersPath={paths.offers}
      pending={createOrder.isPending}
    />
  );
}

function OrderCart({ orderId, offers }: { orderId: string; offers: OffersResponse }) {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const backToReview = search.get(RETURN_TO_REVIEW) === 'review';
  const order = useQuery(orderQueryOptions(orderId));
  const policyApplied = order.data?.credit?.policyApplied === true;
  const policy = useQuery({ ...creditPolicyQueryOptions(orderId), enabled: policyApplied });
  const replaceLines = useReplaceLines(orderId);
  const { moveOn, stall } = useMoveOn('cart');

  if (order.isPending) return <Skeleton lines={3} height="8rem" />;
  if (order.isError) {
    return (
      <ApiErrorNotice
        error={order.error}
        onRetry={() => void order.refetch()}
        retrying={order.isFetching}
      />
    );
  }

  const submit = (lines: LineInput[], changed: boolean, { onError }: SubmitCallbacks) => {
    if (!changed) {
      moveOn(order.data);
      return;
    }
    replaceLines.mutate({ lines }, { onSuccess: moveOn, onError });
  };

  const offersPath = backToReview ? changePath('offers', orderId) : stepPath('offers', orderId);

  // Unsaved changes are saved first, so that the offers page adds to the cart as shown here.
  const addLine = (lines: LineInput[], changed: boolean, { onError }: SubmitCallbacks) => {
    if (!changed) {
      void navigate(offersPath);
      return;
    }
    replaceLines.mutate({ lines }, { onSuccess: () => void navigate(offersPath), onError });
  };

  return (
    <CartEditor
      // A new server answer (after a save elsewhere) starts the form again from it.
      key={order.data.lines.map((line) => line.id).join()}
      offers={offers}
      rows={order.data.lines.map((line) => ({ ...lineFields(line), lineId: line.id }))}
      server={{ lines: order.data.lines, totals: order.data.totals }}
      maxLines={MAX_LINES}
      creditMaxLines={policyApplied ? policy.data?.maxLines : undefined}
      keepOneLine
      readOnly={order.data.status !== 'open'}
      onSubmit={submit}
      addLine={addLine}
      offersPath={offersPath}
      pending={replaceLines.isPending}
      beforeContinue={stall && <OrderStalledNotice {...stall} />}
    />
  );
}
