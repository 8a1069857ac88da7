import { useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { isApiError, type ApiError } from '@/api/api-error';
import type { Address, DeliveryOffer, FulfillmentRequest, Order } from '@/api/contract/schemas';
import { useCreateFulfillment, useUpdateFulfillment } from '@/api/fulfillment';
import { toAddressFormValues } from '@/checkout/address-schema';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { Button } from '@/components/ui/button';
import { Form, useStepForm } from '@/components/ui/form';
import { useStore } from '@/i18n';
import { AddressSuggestions } from './address-suggestions';
import { DeliveryAddress, deliveryAddressDefault } from './delivery-address';
import { DeliveryOptions } from './delivery-options';
import { E911Address, e911Defaults } from './e911-address';
import { ADDRESS_PARTS, placeRefusal, type Ambiguity } from './fulfillment-refusals';
import { shippingMessages } from './shipping-messages';
import { shippingSchema, type ShippingSchema } from './shipping-schema';
import { SimType, linesWithoutEsim } from './sim-type';

interface ShippingFormProps {
  order: Order;
  /** From the catalogue, in the order offered. */
  deliveryOptions: DeliveryOffer[];
  /** The account's, to start from while the order has no delivery details. */
  serviceAddress: Address | undefined;
}

/** The step's answers, saved as the order's delivery details. */
export function ShippingForm({ order, deliveryOptions, serviceAddress }: ShippingFormProps) {
  const t = useStore(shippingMessages);
  const { moveOn, stall } = useMoveOn('shipping');
  const create = useCreateFulfillment(order.id);
  const update = useUpdateFulfillment(order.id);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [ambiguity, setAmbiguity] = useState<Ambiguity | null>(null);

  const fulfillment = order.fulfillment;
  const withoutEsim = linesWithoutEsim(order);

  const schema = useMemo(
    () =>
      shippingSchema({
        delivery: t,
        e911: {
          line1Required: t.e911Line1Required,
          line1TooLong: t.e911Line1TooLong,
          line2TooLong: t.e911Line2TooLong,
          cityRequired: t.e911CityRequired,
          cityTooLong: t.e911CityTooLong,
          stateRequired: t.e911StateRequired,
          zipRequired: t.e911ZipRequired,
          zipInvalid: t.e911ZipInvalid,
        },
        deliveryOptionRequired: t.deliveryOptionRequired,
        simTypeRequired: t.simTypeRequired,
      }),
    [t],
  );
  const form = useStepForm<z.input<ShippingSchema>, unknown, z.output<ShippingSchema>>({
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    defaultValues: {
      shippingAddress: deliveryAddressDefault(fulfillment, serviceAddress),
      ...e911Defaults(fulfillment),
      deliveryOption: fulfillment?.deliveryOption ?? deliveryOptions[0]?.id,
      // A saved eSIM choice stands only while every line can still use one.
      simType: withoutEsim.length === 0 ? (fulfillment?.simType ?? 'physical') : 'physical',
    },
  });

  /** Shows the server's refusal where it belongs: suggestions, the fields, or a failure. */
  const showRefusal = (error: ApiError, usedSameAddress: boolean) => {
    const refusal = placeRefusal(error, usedSameAddress);
    if (refusal.kind === 'ambiguous') {
      setAmbiguity(refusal.ambiguity);
      return;
    }
    for (const { field, message } of refusal.fields) {
      form.setError(field, { message: t[message] });
    }
    if (refusal.fields.length === 0) setFailure(error);
  };

  const onSubmit = async (body: FulfillmentRequest) => {
    setFailure(null);
    setAmbiguity(null);
    const usedSameAddress = form.getValues('e911Same');
    let saved: Order;
    try {
      // First time a POST; afterwards changes are a PATCH of the same details.
      saved = fulfillment ? await update.mutateAsync(body) : await create.mutateAsync(body);
    } catch (error) {
      if (isApiError(error)) showRefusal(error, usedSameAddress);
      return;
    }
    moveOn(saved);
  };

  const chooseSuggestion = (address: Address) => {
    if (!ambiguity) return;
    const target = ambiguity.address;
    const values = toAddressFormValues(address);
    for (const part of ADDRESS_PARTS) {
      form.setValue(`${target}.${part}`, values[part], { shouldDirty: true });
    }
    setAmbiguity(null);
    void form.handleSubmit(onSubmit)();
  };

  const pending = form.formState.isSubmitting;

  return (
    <>
      {ambiguity && (
        <AddressSuggestions
          typed={form.getValues(ambiguity.address)}
          suggestions={ambiguity.suggestions}
          onChoose={chooseSuggestion}
          pending={pending}
        />
      )}
      <Form form={form} onSubmit={onSubmit} className="stack">
        {failure && (
          <ApiErrorNotice
            error={failure}
            onRetry={() => void form.handleSubmit(onSubmit)()}
            retrying={pending}
          />
        )}
        <DeliveryAddress />
        <E911Address />
        <DeliveryOptions options={deliveryOptions} />
        <SimType linesWithoutEsim={withoutEsim} />
        {stall && <OrderStalledNotice {...stall} />}
        <div className="actions">
          <Button type="submit" pending={pending}>
            {t.continue}
          </Button>
        </div>
      </Form>
    </>
  );
}
