// The funnel's events, as the demo build collects them (/__mock/analytics): nothing of a
// persona's in them, whatever the credit outcome; and the demo panel's chart counts what was sent.
import type { Page } from '@playwright/test';
import type { FunnelEvent } from '../src/analytics/events';
import { sandboxPersonas } from '../src/api/contract/sandbox';
import {
  acceptTermsAndReview,
  continueTo,
  reserveFirstNumber,
  submitCreditCheck,
} from './support/checkout-walk';
import { expectNoAxeViolations } from './support/axe';
import { expect, startAtStep, test } from './support/fixtures';
import { mockOrders } from './support/mock-control';

/** What submitCreditCheck types. */
const TYPED = ['123-45-6789', '123456789', '1985-04-12', '04/12/1985'];

async function collected(page: Page): Promise<FunnelEvent[]> {
  return page.evaluate(async () => {
    const response = await fetch('/__mock/analytics');
    return ((await response.json()) as { events: FunnelEvent[] }).events;
  });
}

/** Waits until the collector holds an event named `name` (tracking starts once the page idles). */
async function eventsUpTo(page: Page, name: FunnelEvent['name']): Promise<FunnelEvent[]> {
  await expect
    .poll(async () => (await collected(page)).map((event) => event.name), { timeout: 30_000 })
    .toContain(name);
  return collected(page);
}

/**
 * Submits the credit check and, when the decision allows, places the order; returns the last
 * event the collector must then hold.
 */
async function walkFromCredit(page: Page, approved: boolean): Promise<FunnelEvent['name']> {
  await submitCreditCheck(page);
  if (!approved) {
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    return 'step_viewed';
  }
  await continueTo(page, '/shipping', 'Delivery');
  await continueTo(page, '/number', 'Choose your phone number');
  await reserveFirstNumber(page, 1);
  await continueTo(page, '/terms', 'Terms and agreements');
  await acceptTermsAndReview(page);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();
  return 'order_placed';
}

for (const persona of sandboxPersonas.filter((candidate) => candidate.canOrderOnline)) {
  test(`the funnel holds nothing of ${persona.email}'s (${persona.creditDecision})`, async ({
    page,
  }) => {
    await startAtStep(page, 'credit', { phone: persona.phone });
    const address = await page.getByRole('textbox', { name: 'Address line 1' }).inputValue();
    const last = await walkFromCredit(page, persona.creditDecision.startsWith('approved'));

    const events = await eventsUpTo(page, last);
    const sent = JSON.stringify(events);
    const orders = JSON.stringify(await mockOrders(page));
    const personal = [
      persona.phone,
      persona.phone.replace(/(\d{3})(\d{3})(\d{4})/, '($1) $2-$3'),
      persona.email,
      ...persona.customerIds,
      address,
      ...TYPED,
      // The chosen numbers and the order's own ids and number.
      ...(orders.match(/\b\d{10}\b|W\d{9}|ORD-[\w-]+/g) ?? []),
    ];
    expect(personal.length).toBeGreaterThan(6);
    for (const value of personal) expect(sent, value).not.toContain(value);
    expect(events.map((event) => event.name)).toContain('step_viewed');
    expect(new Set(events.map((event) => event.visitId)).size).toBe(1);
  });
}

test('the demo panel’s funnel counts what was sent, with a scenario’s failure', async ({
  page,
}) => {
  await startAtStep(page, 'number');
  const panel = page.getByRole('complementary', { name: 'Demo tools' });
  const demoToggle = page.getByRole('button', { name: 'Demo', exact: true });
  await demoToggle.click();
  await panel.getByRole('checkbox', { name: 'number-taken' }).check();
  await panel.getByRole('button', { name: 'Apply scenario' }).click();
  await expect(panel.getByText('Scenario applied: number-taken.')).toBeVisible();
  await demoToggle.click();
  const section = page.getByRole('region', { name: /^Line 1:/ });
  await section.getByRole('radio').first().check();
  await section.getByRole('button', { name: 'Reserve' }).click();
  await expect(page.getByText(/Someone else just took/).first()).toBeVisible();
  await reserveFirstNumber(page, 1);
  await continueTo(page, '/terms', 'Terms and agreements');
  const events = await eventsUpTo(page, 'step_completed');

  await demoToggle.click();
  const row = panel.getByRole('row', { name: /^Phone numbers/ });
  const visitsOn = (name: FunnelEvent['name']) =>
    new Set(events.filter((e) => e.name === name && e.step === 'number').map((e) => e.visitId))
      .size;
  const failures = events.filter((e) => e.name === 'step_failed' && e.step === 'number');
  expect(failures).toEqual([
    expect.objectContaining({
      failure: { kind: 'api', code: 'NUMBER_TAKEN' },
      scenarios: ['number-taken'],
    }),
  ]);
  await expect(row.getByRole('cell')).toHaveText([
    String(visitsOn('step_viewed')),
    String(visitsOn('step_completed')),
    '0',
    /\d+\.\d s/,
    'NUMBER_TAKEN (1)',
  ]);
  // The chart and its table, open in the panel, pass axe with the rest of the page.
  await expectNoAxeViolations(page);
});
