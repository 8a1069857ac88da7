import { useCallback, useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { count, params } from '@nanostores/i18n';
import type { z } from 'zod';
import type { Order } from '@/api/contract/schemas';
import { orderQueryOptions } from '@/api/orders';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { Form, useStepForm } from '@/components/ui/form';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { i18n, useStore } from '@/i18n';
import { LineNumber } from './line-number';
import { numberStepSchema, type NumberStepValues } from './number-schema';

const messages = i18n('numberStep', {
  title: count({ one: 'Choose your phone number', other: 'Choose your phone numbers' }),
  intro:
    'Search by area code or ZIP code and reserve a number for each line. We hold a reserved number for you for a limited time while you finish your order, and you can renew the hold.',
  needsNumber: params<{ position: number }>('Choose and reserve a number for Line {position}'),
  holdExpired: params<{ position: number }>(
    'The hold on the number for Line {position} has ended. Renew it or choose another number',
  ),
  continue: 'Continue',
});

const CONTINUE_FORM_ID = 'number-continue';

export function NumberPage() {
  const { orderId = '' } = useParams();
  const t = useStore(messages);
  const order = useQuery(orderQueryOptions(orderId));

  if (!order.data) {
    return (
      <section className="stack">
        <PageHeading>{t.title(1)}</PageHeading>
        {order.error ? (
          <ApiErrorNotice
            error={order.error}
            onRetry={() => void order.refetch()}
            retrying={order.isFetching}
          />
        ) : (
          <Skeleton lines={2} height="12rem" />
        )}
      </section>
    );
  }
  return <NumberStep order={order.data} />;
}

function NumberStep({ order }: { order: Order }) {
  const t = useStore(messages);
  const { moveOn, stall } = useMoveOn('number');
  // One polite live region for the whole page: reservations, renewals and hold warnings.
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);

  const schema = useMemo(
    () =>
      numberStepSchema({
        needsNumber: (position) => t.needsNumber({ position }),
        holdExpired: (position) => t.holdExpired({ position }),
      }),
    [t],
  );
  // The holds live on the server; the form only mirrors them so Continue can explain what is missing.
  const values = useMemo<NumberStepValues>(
    () => ({
      lines: order.lines.map((line, index) => ({
        position: index + 1,
        expiresAt: line.hold?.expiresAt ?? null,
      })),
    }),
    [order.lines],
  );
  const form = useStepForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    values,
  });

  // The delivery ZIP gives a first search, so numbers show without typing.
  const initialQuery = order.fulfillment?.shippingAddress.zip.slice(0, 5) ?? '';

  return (
    <section className="stack">
      <PageHeading>{t.title(order.lines.length)}</PageHeading>
      {/* Holds only the error summary; the Continue button below submits it. */}
      <Form id={CONTINUE_FORM_ID} form={form} onSubmit={() => moveOn(order)}>
        {null}
      </Form>
      <p>{t.intro}</p>
      {order.lines.map((line, index) => (
        <LineNumber
          key={line.id}
          order={order}
          line={line}
          position={index + 1}
          initialQuery={initialQuery}
          announce={announce}
        />
      ))}
      {stall && <OrderStalledNotice {...stall} />}
      <div className="actions">
        <Button type="submit" form={CONTINUE_FORM_ID}>
          {t.continue}
        </Button>
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
