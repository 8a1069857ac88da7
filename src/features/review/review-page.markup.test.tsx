// Responses are untrusted: markup in API data is shown as text and never becomes an element.
import { screen } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { handlers } from '@/testing/mock-backend';
import { server } from '@/testing/mock-backend';
import { renderApp } from '@/testing/render-app';
import { seedOrderAt } from '@/testing/personas';

const PLAN = '<img src=x onerror="window.__pwned=1">Plan';
const STREET = '<script>window.__pwned=1</script>1 Main St';

/** The mock backend's real answer, so only the hostile fields differ from a normal order. */
async function realJson(request: Request): Promise<Record<string, unknown>> {
  const response = await getResponse(handlers, request);
  if (!response) throw new Error(`No mock handler for ${request.url}`);
  return (await response.json()) as Record<string, unknown>;
}

describe('Review step with hostile data', { timeout: 20_000 }, () => {
  it('shows markup from the order as text and creates no element from it', async () => {
    server.use(
      http.get('*/v1/order/:id', async ({ request }) => {
        const order = await realJson(request);
        const lines = order.lines as Record<string, unknown>[];
        const fulfillment = order.fulfillment as { shippingAddress: Record<string, unknown> };
        fulfillment.shippingAddress.line1 = STREET;
        return HttpResponse.json({
          ...order,
          lines: lines.map((line) => ({ ...line, planName: PLAN })),
        });
      }),
    );
    const { orderId } = await seedOrderAt('review');
    const { container } = renderApp(`/orders/${orderId}/review`);

    await screen.findByRole('heading', { level: 1, name: 'Review your order' });
    expect((await screen.findAllByText(PLAN, { exact: false })).length).toBeGreaterThan(0);
    expect((await screen.findAllByText(STREET, { exact: false })).length).toBeGreaterThan(0);
    // An element made from the data would serialize as a tag; text serializes escaped.
    expect(container.innerHTML).not.toMatch(/<img[^>]*onerror|<script/);
    expect(container.innerHTML).toContain('&lt;img src=x');
    expect('__pwned' in window).toBe(false);
  });
});
