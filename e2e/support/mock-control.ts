import type { Page } from '@playwright/test';
import type { Order } from '../../src/api/contract/schemas';

/**
 * The mock backend's test routes (`/__mock/*`), called from inside the page: the mock runs in
 * the page's service worker, so Playwright's own `page.route` never sees these requests and a
 * failure has to be provoked in the mock itself.
 */

type FaultKind = 'network-error' | 'server-error' | 'hang' | 'malformed';

async function postControl(page: Page, path: string, body: unknown): Promise<void> {
  const status = await page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { path, body },
  );
  if (status >= 300) throw new Error(`POST ${path} answered ${status}`);
}

async function getControl<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (path) => {
    const response = await fetch(path);
    return (await response.json()) as T;
  }, path);
}

/** The next `times` calls of the operation fail this way, without reaching the backend. */
export function injectFault(page: Page, operationId: string, kind: FaultKind, times = 1) {
  return postControl(page, '/__mock/faults', { operationId, kind, times });
}

/** Selects demo scenarios (comma-separated names) the way the demo panel does. */
export function selectScenario(page: Page, scenario: string) {
  return postControl(page, '/__mock/scenario', { names: scenario.split(',') });
}

/** Ends the page's session on the server (as an expiry would) while the page still holds the token. */
export async function endSessionOnServer(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const session = JSON.parse(sessionStorage.getItem('checkout.session') ?? '{}') as {
      token?: string;
    };
    await fetch('/v1/auth/signout', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.token ?? ''}` },
    });
  });
}

/** Takes plans, devices or promotions off sale, as if they sold out. */
export function markSoldOut(page: Page, offerIds: string[]) {
  return postControl(page, '/__mock/sold-out', { offerIds });
}

/** Every order the mock server holds, as the API shows it. */
export async function mockOrders(page: Page): Promise<Order[]> {
  return (await getControl<{ orders: Order[] }>(page, '/__mock/orders')).orders;
}

export interface LoggedRequest {
  method: string;
  path: string;
  operationId: string;
  /** 0 when no answer arrived (a network error or a hang). */
  status: number;
  idempotencyKey?: string;
}

/** Every /v1 request the mock received (including the failed ones), oldest first. */
export async function mockRequests(page: Page, operationId?: string): Promise<LoggedRequest[]> {
  const { requests } = await getControl<{ requests: LoggedRequest[] }>(page, '/__mock/requests');
  return operationId ? requests.filter((entry) => entry.operationId === operationId) : requests;
}
