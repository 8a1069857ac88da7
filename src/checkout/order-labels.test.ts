import { CreditDecision, type DeliveryOffer } from '@/api/contract/schemas';
import { creditDecisionLabel, deliveryTime, orderLabels } from './order-labels';

describe('order labels', () => {
  const labels = orderLabels.get();

  it('never calls a credit decision it does not know an approval', () => {
    expect(creditDecisionLabel(labels, CreditDecision.parse('approved'))).toBe('Approved');
    expect(creditDecisionLabel(labels, CreditDecision.parse('approved_pending_identity'))).toBe(
      'Not approved for an online order',
    );
  });

  it('says how long delivery takes from the business days the API gives', () => {
    const express: DeliveryOffer = {
      id: 'express',
      priceCents: 1500,
      minBusinessDays: 1,
      maxBusinessDays: 2,
    };
    expect(deliveryTime(labels, express)).toBe('Arrives in 1 to 2 business days');
    expect(deliveryTime(labels, { ...express, maxBusinessDays: 1 })).toBe(
      'Arrives in 1 business day',
    );
  });
});
