import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { params } from '@nanostores/i18n';
import type { z } from 'zod';
import { isApiError, type ApiError } from '@/api/api-error';
import type { Address, DeliveryOffer, FulfillmentRequest, Order } from '@/api/contract/schemas';
import { customersQueryOptions } from '@/api/customers';
import { useCreateFulfillment, useUpdateFulfillment } from '@/api/fulfillment';
import { offersQueryOptions } from '@/api/offers';
import { orderQueryOptions } from '@/api/orders';
import { AddressFields } from '@/components/ui/address-fields';
import { emptyAddress, toAddressFormValues } from '@/checkout/address-schema';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { CheckboxField, RadioGroup } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { deliveryOptionLabel, deliveryTime, orderLabels } from '@/checkout/order-labels';
import { i18n, language, useFormat, useStore } from '@/i18n';
import { AddressSuggestions } from './address-suggestions';
import { shippingSchema, type ShippingSchema } from './shipping-schema';
import styles from './shipping-page.module.css';

const messages = i18n('shippingStep', {
  title: 'Delivery',
  intro: 'Tell us where to send your order and how you would like to get it.',
  deliveryLegend: 'Delivery address',
  deliveryHint: 'We filled in the address we have for you. We cannot deliver to a P.O. box.',
  e911Same: 'Use the delivery address as the E911 address',
  e911Hint:
    'E911 is the address emergency services see when you call 911 from this phone. Use the address where you will use the phone most.',
  e911Legend: 'E911 address',
  e911AddressHint: 'Where you will use this phone most. Emergency services use it to find you.',
  deliveryOptionLegend: 'Delivery option',
  deliveryOption: params<{ option: string; price: string }>('{option}: {price}'),
  free: 'free',
  deliveryTime: params<{ time: string }>('{time}.'),
  deliveryTimeCharged: params<{ time: string }>('{time}. Added to your first bill.'),
  simLegend: 'SIM type',
  physical: 'Physical SIM card',
  physicalHint: 'A small card in the box with your order, ready to put in the phone.',
  esim: 'eSIM',
  esimHint: 'A digital SIM built into the phone. You set it up on the phone; there is no card.',
  esimUnavailable:
    'We will send a physical SIM card. An eSIM is not available for this order because these lines cannot use one:',
  lineName: params<{ index: number; name: string }>('Line {index}: {name}'),
  noDevice: params<{ plan: string }>('{plan} (no phone from us)'),
  continue: 'Continue',
  // Validation.
  deliveryOptionRequired: 'Choose a delivery option',
  simTypeRequired: 'Choose a SIM type',
  line1Required: 'Enter address line 1 of the delivery address',
  line1TooLong: 'Address line 1 of the delivery address must be 100 characters or fewer',
  line2TooLong: 'Address line 2 of the delivery address must be 100 characters or fewer',
  cityRequired: 'Enter the town or city of the delivery address',
  cityTooLong: 'Town or city of the delivery address must be 60 characters or fewer',
  stateRequired: 'Choose the state of the delivery address',
  zipRequired: 'Enter the ZIP code of the delivery address',
  zipInvalid: 'Enter a ZIP code of 5 digits for the delivery address, like 07030',
  e911Line1Required: 'Enter address line 1 of the E911 address',
  e911Line1TooLong: 'Address line 1 of the E911 address must be 100 characters or fewer',
  e911Line2TooLong: 'Address line 2 of the E911 address must be 100 characters or fewer',
  e911CityRequired: 'Enter the town or city of the E911 address',
  e911CityTooLong: 'Town or city of the E911 address must be 60 characters or fewer',
  e911StateRequired: 'Choose the state of the E911 address',
  e911ZipRequired: 'Enter the ZIP code of the E911 address',
  e911ZipInvalid: 'Enter a ZIP code of 5 digits for the E911 address, like 07030',
  // The server's refusals, in the app's words.
  deliveryUndeliverable:
    'We cannot deliver to this address. Check it, or enter a street address instead of a P.O. box',
  e911Undeliverable:
    'Emergency services cannot use this address. Enter the street address where you will use the phone',
  esimRefused: 'Choose a physical SIM card: a phone in this order cannot use an eSIM',
});

export function ShippingPage() {
  const { orderId = '' } = useParams();
  const t = useStore(messages);
  const lang = useStore(language);
  const order = useQuery(orderQueryOptions(orderId));
  // The delivery options' prices and times: cached since the offers step, read after a reload.
  // A change of language keeps the form (and what was typed) while the catalogue loads again.
  const offers = useQuery({ ...offersQueryOptions(lang), placeholderData: (previous) => previous });
  // The account's service address is the starting point until delivery details exist.
  const needsAccount = order.data !== undefined && order.data.fulfillment === null;
  const customers = useQuery({ ...customersQueryOptions(), enabled: needsAccount });
  const account = customers.data?.customers.find(
    (customer) => customer.id === order.data?.customerId,
  );

  const ready = order.data && offers.data && (!needsAccount || customers.data);
  const failed = [order, offers, ...(needsAccount ? [customers] : [])].find((query) => query.error);

  return (
    <section className="stack">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      {ready && order.data && offers.data ? (
        <ShippingForm
          order={order.data}
          deliveryOptions={offers.data.deliveryOptions}
          serviceAddress={account?.serviceAddress}
        />
      ) : failed?.error ? (
        <ApiErrorNotice
          error={failed.error}
          onRetry={() => void failed.refetch()}
          retrying={failed.isFetching}
        />
      ) : (
        <Skeleton lines={4} height="6rem" />
      )}
    </section>
  );
}

const sameAddress = (a: Address, b: Address) =>
  a.line1 === b.line1 &&
  (a.line2 ?? '') === (b.line2 ?? '') &&
  a.city === b.city &&
  a.state === b.state &&
  a.zip === b.zip;

type AddressField = 'shippingAddress' | 'e911Address';
const ADDRESS_PARTS = ['line1', 'line2', 'city', 'state', 'zip'] as const;
type AddressPart = (typeof ADDRESS_PARTS)[number];

/** `shippingAddress.line1` → which address and which part; null for anything else. */
function addressPathOf(field: string): { address: AddressField; part: AddressPart } | null {
  const [address, part] = field.split('.');
  if (address !== 'shippingAddress' && address !== 'e911Address') return null;
  const known = ADDRESS_PARTS.find((name) => name === part);
  return { address, part: known ?? 'line1' };
}

interface Ambiguity {
  address: AddressField;
  suggestions: Address[];
}

interface ShippingFormProps {
  order: Order;
  /** From the catalogue, in the order offered. */
  deliveryOptions: DeliveryOffer[];
  serviceAddress: Address | undefined;
}

function ShippingForm({ order, deliveryOptions, serviceAddress }: ShippingFormProps) {
  const t = useStore(messages);
  const labels = useStore(orderLabels);
  const { money } = useFormat();
  const { moveOn, stall } = useMoveOn('shipping');
  const create = useCreateFulfillment(order.id);
  const update = useUpdateFulfillment(order.id);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [ambiguity, setAmbiguity] = useState<Ambiguity | null>(null);

  const fulfillment = order.fulfillment;
  const esimLines = order.lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => !line.esimCapable);
  const esimAllowed = esimLines.length === 0;
  const e911Same = fulfillment
    ? sameAddress(fulfillment.shippingAddress, fulfillment.e911Address)
    : true;

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
      shippingAddress: toAddressFormValues(fulfillment?.shippingAddress ?? serviceAddress),
      e911Same,
      e911Address:
        fulfillment && !e911Same
          ? toAddressFormValues(fulfillment.e911Address)
          : { ...emptyAddress },
      deliveryOption: fulfillment?.deliveryOption ?? deliveryOptions[0]?.id,
      // A saved eSIM choice stands only while every line can still use one.
      simType: esimAllowed ? (fulfillment?.simType ?? 'physical') : 'physical',
    },
  });
  const showE911 = !useWatch({ control: form.control, name: 'e911Same' });

  /** Puts the server's refusal where it belongs; false when it is not about a field. */
  const showRefusal = (error: ApiError, usedSameAddress: boolean): boolean => {
    if (error.code === 'ADDRESS_AMBIGUOUS' && error.suggestions?.length) {
      const path = error.fieldErrors.map((item) => addressPathOf(item.field)).find(Boolean);
      const address = usedSameAddress || !path ? 'shippingAddress' : path.address;
      setAmbiguity({ address, suggestions: error.suggestions });
      return true;
    }
    let shown = false;
    for (const item of error.fieldErrors) {
      if (item.field === 'simType') {
        form.setError('simType', { message: t.esimRefused });
        shown = true;
        continue;
      }
      const path = addressPathOf(item.field);
      if (!path || error.code !== 'ADDRESS_UNDELIVERABLE') continue;
      // With "same as delivery", an E911 refusal is about the one address the customer typed.
      const address = usedSameAddress ? 'shippingAddress' : path.address;
      form.setError(`${address}.${path.part}`, {
        message: address === 'shippingAddress' ? t.deliveryUndeliverable : t.e911Undeliverable,
      });
      shown = true;
    }
    return shown;
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
      if (isApiError(error) && !showRefusal(error, usedSameAddress)) setFailure(error);
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
        <AddressFields
          name="shippingAddress"
          legend={t.deliveryLegend}
          hint={t.deliveryHint}
          autoCompleteSection="shipping"
        />
        <CheckboxField name="e911Same" label={t.e911Same} hint={t.e911Hint} />
        {showE911 && (
          <AddressFields
            name="e911Address"
            legend={t.e911Legend}
            hint={t.e911AddressHint}
            autoCompleteSection="section-e911"
          />
        )}
        <RadioGroup
          name="deliveryOption"
          legend={t.deliveryOptionLegend}
          options={deliveryOptions.map((offer) => {
            const time = deliveryTime(labels, offer);
            return {
              value: offer.id,
              label: t.deliveryOption({
                option: deliveryOptionLabel(labels, offer.id),
                price: offer.priceCents > 0 ? money(offer.priceCents) : t.free,
              }),
              description:
                offer.priceCents > 0 ? t.deliveryTimeCharged({ time }) : t.deliveryTime({ time }),
            };
          })}
        />
        {esimAllowed ? (
          <RadioGroup
            name="simType"
            legend={t.simLegend}
            options={[
              { value: 'physical', label: t.physical, description: t.physicalHint },
              { value: 'esim', label: t.esim, description: t.esimHint },
            ]}
          />
        ) : (
          <div className="field">
            <h2 className={styles.groupTitle}>{t.simLegend}</h2>
            <p>{t.esimUnavailable}</p>
            <ul className={styles.lines}>
              {esimLines.map(({ line, index }) => (
                <li key={line.id}>
                  {t.lineName({
                    index: index + 1,
                    name: line.deviceName ?? t.noDevice({ plan: line.planName }),
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
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
