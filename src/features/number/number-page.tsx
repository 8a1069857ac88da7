import { useCallback, useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import type { z } from 'zod';
import { orderQueryOptions } from '@/api/orders';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { Button } from '@/components/ui/button';
import { Form, useStepForm } from '@/components/ui/form';
import { PageHeading } from '@/components/ui/page-heading';
import { useStore } from '@/i18n';
import { LineNumber } from './line-number';
import { numberStepMessages } from './number-messages';
import { numberStepSchema, type NumberStepValues } from './number-schema';

const CONTINUE_FORM_ID = 'number-continue';

export function NumberPage() {
  const { orderId = '' } = useParams();
  const t = useStore(numberStepMessages);
  const { data: order } = useSuspenseQuery(orderQueryOptions(orderId));
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
          orderId={order.id}
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
