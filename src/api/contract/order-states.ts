/**
 * The order's state machine: which call moves an order to which `status` and `nextStep`, and
 * what a call made out of order answers. Plain data: the OpenAPI document shows it as tables,
 * and the conformance kit (`npm run conformance`) checks a backend against it.
 */
import type { OperationId } from './operations';
import type { KnownCreditDecision, KnownStepId } from './schemas';

type OrderStatus = 'open' | 'in_review' | 'declined' | 'submitted';

export interface OrderTransition {
  /** The operation that makes the move. */
  call: OperationId;
  /** What must hold for this row, in words. */
  when: string;
  /** For submitCredit: the decisions this row is about. */
  decisions?: readonly KnownCreditDecision[];
  status: OrderStatus;
  nextStep: KnownStepId;
}

/** The way forward, in the order a checkout makes the calls. */
export const orderTransitions: readonly OrderTransition[] = [
  {
    call: 'createOrder',
    when: 'The cart counts as done once the order exists.',
    status: 'open',
    nextStep: 'credit',
  },
  {
    call: 'submitCredit',
    when: 'The decision is `approved`, `approved_with_deposit` or `approved_with_conditions`; its policy is not applied yet.',
    decisions: ['approved', 'approved_with_deposit', 'approved_with_conditions'],
    status: 'open',
    nextStep: 'credit',
  },
  {
    call: 'submitCredit',
    when: 'The decision is `manual_review`: the order cannot finish online.',
    decisions: ['manual_review'],
    status: 'in_review',
    nextStep: 'credit',
  },
  {
    call: 'submitCredit',
    when: 'The decision is `declined`.',
    decisions: ['declined'],
    status: 'declined',
    nextStep: 'credit',
  },
  {
    call: 'applyCreditPolicy',
    when: 'The credit decision was an approval.',
    status: 'open',
    nextStep: 'shipping',
  },
  {
    call: 'createFulfillment',
    when: 'The addresses are accepted.',
    status: 'open',
    nextStep: 'number',
  },
  {
    call: 'reserveNumber',
    when: 'Every line now holds a number (each line is reserved in its own call).',
    status: 'open',
    nextStep: 'terms',
  },
  {
    call: 'updateFulfillment',
    when: '`agreements` accepts every agreement that GET agreements lists, in its current version.',
    status: 'open',
    nextStep: 'review',
  },
  {
    call: 'submitOrder',
    when: 'Validate finds no problem.',
    status: 'submitted',
    nextStep: 'review',
  },
];

/** What moves an open order back to an earlier step. */
export const orderSetbacks: readonly { cause: string; nextStep: KnownStepId }[] = [
  { cause: "A line's plan, device or promotion stops being sold.", nextStep: 'cart' },
  { cause: 'replaceLines adds a line, which has no number yet.', nextStep: 'number' },
  { cause: "A line's number hold expires, or releaseNumber drops it.", nextStep: 'number' },
  {
    cause: 'replaceLines adds a device, and with it an agreement not yet accepted.',
    nextStep: 'terms',
  },
];

/** The step each write belongs to: it is refused while the order's `nextStep` is earlier. */
export const writeSteps: Readonly<Partial<Record<OperationId, KnownStepId>>> = {
  submitCredit: 'credit',
  applyCreditPolicy: 'credit',
  createFulfillment: 'shipping',
  updateFulfillment: 'shipping',
  searchNumbers: 'number',
  reserveNumber: 'number',
};

/** How a backend answers a call made out of order. */
export const outOfOrderAnswers: readonly { call: string; status: number; code: string }[] = [
  {
    call: 'A write listed above while `nextStep` is an earlier step than its own (updateFulfillment with `agreements`: earlier than `terms`)',
    status: 409,
    code: 'STEP_OUT_OF_ORDER',
  },
  {
    call: 'createFulfillment when the order already has fulfillment (use PATCH)',
    status: 409,
    code: 'STEP_OUT_OF_ORDER',
  },
  {
    call: 'getCreditPolicy or applyCreditPolicy before submitCredit',
    status: 409,
    code: 'STEP_OUT_OF_ORDER',
  },
  {
    call: 'Any write (every call but the GETs) to an order whose status is not `open`',
    status: 409,
    code: 'ORDER_NOT_OPEN',
  },
  { call: 'submitOrder while validate lists a problem', status: 422, code: 'ORDER_INVALID' },
];
