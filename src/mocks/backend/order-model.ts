import {
  STEP_IDS,
  VALIDATION_PROBLEM_STEPS,
  type Device,
  type FieldError,
  type KnownStepId,
  type KnownValidationProblemCode,
  type LineInput,
  type Order,
  type OrderLine,
  type OrderTotals,
  type ValidationProblem,
} from '@/api/contract/schemas';
import { taxRate } from '../data/addresses';
import { agreementsFor } from '../data/agreements';
import {
  ACTIVATION_FEE_CENTS,
  catalog,
  deliveryPriceCents,
  installmentCents,
  localizeDevice,
  localizePromotion,
  promotionApplies,
} from '../data/catalog';
import { findPersonaById } from '../data/personas';
import { fail } from './errors';
import type { ContentLanguage } from './language';
import { appliedPolicy } from './policy';
import { randomString } from './random';
import type { Context, MockState, SessionRecord, StoredLine, StoredOrder } from './types';

export const findPlan = (id: string) => catalog.plans.find((plan) => plan.id === id);
export const findDevice = (id: string | undefined) =>
  catalog.devices.find((device) => device.id === id);
export const findPromotion = (id: string | undefined) =>
  catalog.promotions.find((promo) => promo.id === id);

function mustFind<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Catalog lost ${what}`);
  return value;
}

// ---------------------------------------------------------------- access

export function requireOrder(
  ctx: Context,
  session: SessionRecord,
  orderId: string | undefined,
): StoredOrder {
  const order = orderId ? ctx.state.orders[orderId] : undefined;
  if (!order) throw fail(404, 'NOT_FOUND', `There is no order ${orderId ?? ''}.`);
  if (order.personaId !== session.personaId)
    throw fail(403, 'FORBIDDEN', 'This order belongs to another customer.');
  return order;
}

const notOpenMessages: Record<StoredOrder['status'], string> = {
  open: '',
  in_review: 'The order is waiting for a credit review and cannot change online.',
  declined: 'The credit check declined this order; it cannot continue.',
  submitted: 'The order has already been placed.',
};

export function requireOpen(order: StoredOrder): void {
  if (order.status !== 'open') throw fail(409, 'ORDER_NOT_OPEN', notOpenMessages[order.status]);
}

export function requireLine(order: StoredOrder, lineId: string): StoredLine {
  const line = order.lines.find((candidate) => candidate.id === lineId);
  if (!line) throw fail(404, 'NOT_FOUND', `This order has no line ${lineId}.`);
  return line;
}

// ---------------------------------------------------------------- lines

/**
 * Turns requested lines into stored ones. A requested line with the plan and device of an
 * existing line takes that line over, with its id and number hold. When the number of lines is
 * unchanged, a line changed in place (another plan or phone, say for one that sold out) is still
 * that line, and keeps its number.
 */
export function buildLines(
  ctx: Context,
  inputs: LineInput[],
  existing: StoredLine[] = [],
): StoredLine[] {
  const invalid: FieldError[] = [];
  const unavailable: typeof invalid = [];
  inputs.forEach((input, index) => {
    const at = `lines.${index}`;
    const plan = findPlan(input.planId);
    const device = findDevice(input.deviceId);
    const promotion = findPromotion(input.promotionId);
    if (!plan)
      invalid.push({
        field: `${at}.planId`,
        code: 'unknown_offer',
        message: 'There is no such plan.',
      });
    if (input.deviceId !== undefined && !device) {
      invalid.push({
        field: `${at}.deviceId`,
        code: 'unknown_offer',
        message: 'There is no such device.',
      });
    }
    if (input.promotionId !== undefined && !promotion) {
      invalid.push({
        field: `${at}.promotionId`,
        code: 'unknown_offer',
        message: 'There is no such promotion.',
      });
    } else if (promotion && !promotionApplies(promotion, input.planId, input.deviceId)) {
      invalid.push({
        field: `${at}.promotionId`,
        code: 'promotion_conditions_not_met',
        message: `${promotion.title} needs: ${promotion.conditions.join('; ')}.`,
      });
    }
    for (const [field, id] of [
      ['planId', input.planId],
      ['deviceId', input.deviceId],
      ['promotionId', input.promotionId],
    ]) {
      if (id !== undefined && ctx.state.soldOutOfferIds.includes(id)) {
        unavailable.push({
          field: `${at}.${field}`,
          code: 'offer_unavailable',
          message: 'No longer offered.',
        });
      }
    }
  });
  if (invalid.length > 0) {
    throw fail(422, 'VALIDATION_FAILED', 'Some of the chosen offers are not valid.', {
      fieldErrors: invalid,
    });
  }
  if (unavailable.length > 0) {
    throw fail(409, 'OFFER_UNAVAILABLE', 'An offer in the cart is no longer available.', {
      fieldErrors: unavailable,
    });
  }

  const unused = [...existing];
  const sameLines = inputs.map((input) => {
    const index = unused.findIndex(
      (line) => line.planId === input.planId && line.deviceId === input.deviceId,
    );
    return index >= 0 ? unused.splice(index, 1)[0] : undefined;
  });
  const changedInPlace = (position: number) => {
    const line = inputs.length === existing.length ? existing[position] : undefined;
    return line && unused.includes(line) ? line : undefined;
  };
  return inputs.map((input, position) => {
    const kept = sameLines[position] ?? changedInPlace(position);
    return {
      id: kept?.id ?? `ln_${randomString(10)}`,
      planId: input.planId,
      deviceId: input.deviceId,
      promotionId: input.promotionId,
      hold: kept?.hold ?? null,
    };
  });
}

// ---------------------------------------------------------------- numbers

export function isHoldActive(hold: StoredLine['hold'], now: number): boolean {
  return hold !== null && Date.parse(hold.expiresAt) > now;
}

/** The line that holds a number: an unexpired hold, or any line of a placed order. */
export function numberHolder(
  state: MockState,
  number: string,
  now: number,
): StoredLine | undefined {
  for (const order of Object.values(state.orders)) {
    for (const line of order.lines) {
      if (
        line.hold?.number === number &&
        (order.status === 'submitted' || isHoldActive(line.hold, now))
      ) {
        return line;
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- money

export function downPaymentCents(device: Device, percent: number): number {
  return Math.max(device.downPaymentCents, Math.round((device.fullPriceCents * percent) / 100));
}

function lineView(
  line: StoredLine,
  downPaymentPercent: number,
  language: ContentLanguage,
): OrderLine {
  const plan = mustFind(findPlan(line.planId), line.planId);
  const found = findDevice(line.deviceId);
  const device = found && localizeDevice(found, language);
  const inEffect = findPromotion(line.promotionId);
  const promotion = inEffect && localizePromotion(inEffect, language);
  const down = device ? downPaymentCents(device, downPaymentPercent) : 0;
  const installment = device ? installmentCents(device.fullPriceCents, down) : 0;
  return {
    id: line.id,
    planId: plan.id,
    planName: plan.name,
    deviceId: device?.id,
    deviceName: device
      ? `${device.brand} ${device.name} ${device.storage}, ${device.color}`
      : undefined,
    promotionId: promotion?.id,
    promotionTitle: promotion?.title,
    monthlyCents: plan.monthlyCents + installment - (promotion?.monthlyCreditCents ?? 0),
    dueOnFirstBillCents: down + ACTIVATION_FEE_CENTS,
    esimCapable: device?.esimCapable ?? false,
    hold: line.hold,
  };
}

function totalsOf(order: StoredOrder, lines: OrderLine[], depositCents: number): OrderTotals {
  const monthlyCents = lines.reduce((sum, line) => sum + line.monthlyCents, 0);
  const shippingCents = order.fulfillment
    ? deliveryPriceCents(order.fulfillment.deliveryOption)
    : 0;
  const account = findPersonaById(order.personaId)?.accounts.find(
    (a) => a.customerId === order.customerId,
  );
  // Until a shipping address is known, taxes are estimated from the account's service address.
  const state = order.fulfillment?.shippingAddress.state ?? account?.serviceAddress.state ?? '';
  return {
    monthlyCents,
    dueOnFirstBillCents:
      lines.reduce((sum, line) => sum + line.dueOnFirstBillCents, 0) + depositCents + shippingCents,
    depositCents,
    shippingCents,
    estimatedTaxesCents: Math.round(monthlyCents * taxRate(state)),
    taxesEstimated: order.fulfillment === null,
  };
}

// ---------------------------------------------------------------- progress

export const stepOrder: readonly KnownStepId[] = STEP_IDS;

export function requiredAgreements(order: StoredOrder, language: ContentLanguage = 'en') {
  return agreementsFor(
    order.lines.some((line) => line.deviceId !== undefined),
    language,
  );
}

type KnownProblem = ValidationProblem & {
  code: KnownValidationProblemCode;
  step: KnownStepId;
};

/** A problem, filed under the step the contract says fixes it. */
const problem = (
  code: KnownValidationProblemCode,
  message: string,
  lineId?: string,
): KnownProblem => ({
  code,
  step: VALIDATION_PROBLEM_STEPS[code],
  message,
  ...(lineId ? { lineId } : {}),
});

/** Everything the order still needs, in step order; the first one names the next step. */
export function problemsOf(ctx: Context, order: StoredOrder): KnownProblem[] {
  if (order.status === 'submitted') {
    return [problem('ORDER_SUBMITTED', notOpenMessages.submitted)];
  }
  if (order.status === 'in_review') return [problem('CREDIT_IN_REVIEW', notOpenMessages.in_review)];
  if (order.status === 'declined') return [problem('CREDIT_DECLINED', notOpenMessages.declined)];

  const problems: KnownProblem[] = [];
  const lineName = (index: number) => `Line ${index + 1}`;
  order.lines.forEach((line, index) => {
    if (
      [line.planId, line.deviceId, line.promotionId].some(
        (id) => id && ctx.state.soldOutOfferIds.includes(id),
      )
    ) {
      problems.push(
        problem(
          'OFFER_UNAVAILABLE',
          `${lineName(index)} has an offer that is no longer available.`,
          line.id,
        ),
      );
    }
  });

  if (!order.credit) {
    problems.push(problem('CREDIT_CHECK_REQUIRED', 'The credit check has not been done.'));
  } else if (!order.credit.policyApplied) {
    problems.push(
      problem(
        'CREDIT_POLICY_NOT_APPLIED',
        'The credit decision has not been applied to the order.',
      ),
    );
  }

  const fulfillment = order.fulfillment;
  if (!fulfillment) {
    problems.push(problem('FULFILLMENT_REQUIRED', 'The delivery details are missing.'));
  } else if (
    fulfillment.simType === 'esim' &&
    order.lines.some((line) => !findDevice(line.deviceId)?.esimCapable)
  ) {
    problems.push(
      problem('SIM_TYPE_UNSUPPORTED', 'A line cannot use an eSIM; choose a physical SIM.'),
    );
  }

  order.lines.forEach((line, index) => {
    if (!line.hold) {
      problems.push(
        problem('NUMBER_REQUIRED', `${lineName(index)} has no phone number yet.`, line.id),
      );
    } else if (!isHoldActive(line.hold, ctx.now)) {
      problems.push(
        problem('HOLD_EXPIRED', `The hold on ${lineName(index)}'s number has expired.`, line.id),
      );
    }
  });

  for (const agreement of requiredAgreements(order)) {
    const accepted = fulfillment?.agreements.some(
      (a) => a.agreementId === agreement.id && a.version === agreement.version,
    );
    if (!accepted) {
      problems.push(
        problem(
          'AGREEMENT_REQUIRED',
          `${agreement.title} (version ${agreement.version}) has not been accepted.`,
        ),
      );
    }
  }
  return problems;
}

/** Refuses an action whose earlier steps are not done. */
export function requireStep(
  ctx: Context,
  order: StoredOrder,
  step: KnownStepId,
  action: string,
): void {
  const blocking = problemsOf(ctx, order).find(
    (problem) => stepOrder.indexOf(problem.step) < stepOrder.indexOf(step),
  );
  if (blocking) {
    throw fail(
      409,
      'STEP_OUT_OF_ORDER',
      `${action} needs the ${blocking.step} step first: ${blocking.message}`,
    );
  }
}

export function orderView(ctx: Context, order: StoredOrder): Order {
  const policy = appliedPolicy(order);
  const lines = order.lines.map((line) =>
    lineView(line, policy?.deviceDownPaymentPercent ?? 0, ctx.language ?? 'en'),
  );
  return {
    id: order.id,
    customerId: order.customerId,
    status: order.status,
    lines,
    credit: order.credit
      ? {
          decision: order.credit.decision,
          referenceId: order.credit.referenceId,
          policyApplied: order.credit.policyApplied,
        }
      : null,
    fulfillment: order.fulfillment,
    totals: totalsOf(order, lines, policy?.depositCents ?? 0),
    nextStep: problemsOf(ctx, order)[0]?.step ?? 'review',
    orderNumber: order.orderNumber,
    submittedAt: order.submittedAt,
    createdAt: order.createdAt,
  };
}
