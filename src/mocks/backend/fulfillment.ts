import type { Address, FieldError, SimType } from '@/api/contract/schemas';
import type { z } from 'zod';
import {
  AMBIGUOUS_LINE1,
  UNDELIVERABLE_LINE1,
  US_STATES,
  ambiguousSuggestions,
} from '../data/addresses';
import { fail } from './errors';
import { CONTENT_LANGUAGE_TAG } from './language';
import {
  findDevice,
  orderView,
  requireOpen,
  requireOrder,
  requireStep,
  requiredAgreements,
} from './order-model';
import type { OperationImpls, StoredOrder } from './types';

type FieldErrorItem = z.infer<typeof FieldError>;

const sameText = (a = '', b = '') => a.trim().toLowerCase() === b.trim().toLowerCase();
const sameAddress = (a: Address, b: Address) =>
  sameText(a.line1, b.line1) &&
  sameText(a.line2, b.line2) &&
  sameText(a.city, b.city) &&
  a.state === b.state &&
  a.zip.slice(0, 5) === b.zip.slice(0, 5);

/** Refuses undeliverable addresses, then ambiguous ones (unless one of the suggestions was picked). */
function checkAddresses(addresses: Record<string, Address | undefined>): void {
  const undeliverable: FieldErrorItem[] = [];
  const ambiguous: FieldErrorItem[] = [];
  for (const [field, address] of Object.entries(addresses)) {
    if (!address) continue;
    if (UNDELIVERABLE_LINE1.test(address.line1)) {
      undeliverable.push({
        field: `${field}.line1`,
        code: 'undeliverable',
        message: 'We cannot deliver to or locate a PO Box.',
      });
    } else if (!US_STATES.has(address.state)) {
      undeliverable.push({
        field: `${field}.state`,
        code: 'undeliverable',
        message: 'Not a US state.',
      });
    } else if (
      AMBIGUOUS_LINE1.test(address.line1) &&
      !ambiguousSuggestions.some((s) => sameAddress(s, address))
    ) {
      ambiguous.push({
        field: `${field}.line1`,
        code: 'ambiguous',
        message: 'This matches several addresses.',
      });
    }
  }
  if (undeliverable.length > 0) {
    throw fail(422, 'ADDRESS_UNDELIVERABLE', 'An address cannot be used.', {
      fieldErrors: undeliverable,
    });
  }
  if (ambiguous.length > 0) {
    throw fail(422, 'ADDRESS_AMBIGUOUS', 'An address matches several places; pick one.', {
      fieldErrors: ambiguous,
      suggestions: ambiguousSuggestions,
    });
  }
}

function checkSimType(order: StoredOrder, simType: SimType | undefined): void {
  if (simType === 'esim' && order.lines.some((line) => !findDevice(line.deviceId)?.esimCapable)) {
    throw fail(422, 'VALIDATION_FAILED', 'Every line needs an eSIM-capable device for an eSIM.', {
      fieldErrors: [
        {
          field: 'simType',
          code: 'esim_unsupported',
          message: 'A device in this order has no eSIM.',
        },
      ],
    });
  }
}

export const fulfillmentOperations: Pick<
  OperationImpls,
  'createFulfillment' | 'updateFulfillment' | 'getAgreements'
> = {
  createFulfillment: (ctx, { session, params, body }) => {
    const order = requireOrder(ctx, session, params.id);
    requireOpen(order);
    requireStep(ctx, order, 'shipping', 'Delivery');
    if (order.fulfillment) {
      throw fail(
        409,
        'STEP_OUT_OF_ORDER',
        'Delivery details are already set; change them with PATCH.',
      );
    }
    checkAddresses({ shippingAddress: body.shippingAddress, e911Address: body.e911Address });
    checkSimType(order, body.simType);
    order.fulfillment = { ...body, agreements: [] };
    return { status: 201, body: orderView(ctx, order) };
  },

  updateFulfillment: (ctx, { session, params, body }) => {
    const order = requireOrder(ctx, session, params.id);
    requireOpen(order);
    requireStep(ctx, order, 'shipping', 'Delivery');
    const current = order.fulfillment;
    if (!current) throw fail(409, 'STEP_OUT_OF_ORDER', 'Set the delivery details with POST first.');
    const { agreements, ...changes } = body;
    checkAddresses({ shippingAddress: changes.shippingAddress, e911Address: changes.e911Address });
    checkSimType(order, changes.simType);
    order.fulfillment = { ...current, ...changes };

    if (agreements) {
      requireStep(ctx, order, 'terms', 'Accepting agreements');
      const required = requiredAgreements(order);
      agreements.forEach((acceptance, index) => {
        const agreement = required.find((candidate) => candidate.id === acceptance.agreementId);
        if (!agreement) {
          throw fail(422, 'VALIDATION_FAILED', 'This order does not need that agreement.', {
            fieldErrors: [
              {
                field: `agreements.${index}.agreementId`,
                code: 'unknown_agreement',
                message: 'Not an agreement of this order.',
              },
            ],
          });
        }
        if (agreement.version !== acceptance.version) {
          throw fail(
            409,
            'AGREEMENT_VERSION_MISMATCH',
            `${agreement.title} has changed; read version ${agreement.version}.`,
            {
              fieldErrors: [
                {
                  field: `agreements.${index}.version`,
                  code: 'version_mismatch',
                  message: `The current version is ${agreement.version}.`,
                },
              ],
            },
          );
        }
      });
      // One record per agreement; accepting the same version again keeps the first time.
      const byId = new Map(order.fulfillment.agreements.map((kept) => [kept.agreementId, kept]));
      for (const acceptance of agreements) {
        if (byId.get(acceptance.agreementId)?.version !== acceptance.version)
          byId.set(acceptance.agreementId, acceptance);
      }
      order.fulfillment.agreements = [...byId.values()];
    }
    return { status: 200, body: orderView(ctx, order) };
  },

  getAgreements: (ctx, { session, params }) => {
    const order = requireOrder(ctx, session, params.id);
    const language = ctx.language ?? 'en';
    return {
      status: 200,
      body: { agreements: requiredAgreements(order, language) },
      headers: { 'Content-Language': CONTENT_LANGUAGE_TAG[language] },
    };
  },
};
