import type { Page } from '@playwright/test';

interface ChangedAnswer {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** The /v1 path, as a regular expression's source, e.g. `^/v1/order/[^/]+$`. */
  path: string;
  /** Fields of the JSON answer to replace, e.g. `{ nextStep: 'identity-check' }`. */
  set: Record<string, unknown>;
  /** How many answers to change in each page load; every one when left out. */
  times?: number;
}

/**
 * Makes the page meet a backend newer than the app: the mock's own successful answer, with some
 * fields replaced by values the app does not know. The mock answers from a service worker, out
 * of reach of `page.route`, so the page's `fetch` is wrapped before the app starts.
 */
export async function answerAsNewerBackend(page: Page, change: ChangedAnswer): Promise<void> {
  await page.addInitScript(({ method, path, set, times }) => {
    const pattern = new RegExp(path);
    let left = times ?? Number.POSITIVE_INFINITY;
    const fetchAsUsual = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const response = await fetchAsUsual(input, init);
      const request = new Request(input, init);
      const matches =
        request.method === method && pattern.test(new URL(request.url).pathname) && response.ok;
      if (!matches || left <= 0) return response;
      left -= 1;
      const body = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify({ ...body, ...set }), {
        status: response.status,
        headers: response.headers,
      });
    };
  }, change);
}
