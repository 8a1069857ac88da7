import { sessionPersona } from './customers';
import { fail } from './errors';
import { orderView, requireOpen, requireOrder, requireStep } from './order-model';
import { lineLimitExceeded } from './orders';
import { CONTENT_LANGUAGE_TAG } from './language';
import { creditPolicyFor } from './policy';
import { randomDigits } from './random';
import type { OperationImpls, StoredCredit, StoredOrder } from './types';

function requireCredit(order: StoredOrder): StoredCredit {
  if (!order.credit)
    throw fail(409, 'STEP_OUT_OF_ORDER', 'Run the credit check (credit.submit) first.');
  return order.credit;
}

export const creditOperations: Pick<
  OperationImpls,
  'submitCredit' | 'getCreditPolicy' | 'applyCreditPolicy'
> = {
  // The SSN, date of birth and address are checked for shape by the schema and then dropped.
  submitCredit: (ctx, { session, params }) => {
    const order = requireOrder(ctx, session, params.id);
    requireOpen(order);
    requireStep(ctx, order, 'credit', 'The credit check');
    // A repeated check (a retry) answers with the decision already made.
    if (!order.credit) {
      const { decision } = sessionPersona(session).credit;
      order.credit = {
        decision,
        referenceId: `CR-${randomDigits(8)}`,
        checkedAt: new Date(ctx.now).toISOString(),
        policyApplied: false,
      };
      if (decision === 'manual_review') order.status = 'in_review';
      if (decision === 'declined') order.status = 'declined';
    }
    return {
      status: 200,
      body: { decision: order.credit.decision, referenceId: order.credit.referenceId },
    };
  },

  getCreditPolicy: (ctx, { session, params }) => {
    const order = requireOrder(ctx, session, params.id);
    const language = ctx.language ?? 'en';
    return {
      status: 200,
      body: creditPolicyFor(order, requireCredit(order), language),
      headers: { 'Content-Language': CONTENT_LANGUAGE_TAG[language] },
    };
  },

  applyCreditPolicy: (ctx, { session, params, body }) => {
    const order = requireOrder(ctx, session, params.id);
    const credit = requireCredit(order);
    requireOpen(order);
    if (body.referenceId !== credit.referenceId) {
      throw fail(
        422,
        'VALIDATION_FAILED',
        'This is not the reference of the credit decision for this order.',
        {
          fieldErrors: [
            { field: 'referenceId', code: 'mismatch', message: 'Unknown credit reference.' },
          ],
        },
      );
    }
    const policy = creditPolicyFor(order, credit);
    const keep = body.keepLineIds;
    const unknown = keep?.filter((id) => !order.lines.some((line) => line.id === id)) ?? [];
    if (keep && (keep.length === 0 || unknown.length > 0 || new Set(keep).size !== keep.length)) {
      throw fail(422, 'VALIDATION_FAILED', 'keepLineIds must name distinct lines of this order.', {
        fieldErrors: [
          {
            field: 'keepLineIds',
            code: 'invalid_lines',
            message: 'Name one or more lines of this order.',
          },
        ],
      });
    }
    const kept = keep
      ? order.lines.filter((line) => keep.includes(line.id))
      : order.lines.slice(0, policy.maxLines);
    if (kept.length > policy.maxLines) throw lineLimitExceeded(policy.maxLines);
    order.lines = kept;
    credit.policyApplied = true;
    return { status: 200, body: orderView(ctx, order) };
  },
};
