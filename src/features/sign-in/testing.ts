/**
 * Test helpers for the sign-in, account, offers and cart steps. They talk to the mock backend
 * over HTTP only (as the app does), so this module imports nothing from src/mocks.
 */
import { act, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { Session } from '@/api/contract/schemas';
import { setSession } from '@/api/session';
import { renderApp } from '@/testing/render-app';

/** The password every demo persona shares (product.md). */
export const DEMO_PASSWORD = 'Checkout-Demo-1';

/** Signs a persona in through the API (password method) and stores the session like the app. */
export async function signInAs(phone: string): Promise<Session> {
  const response = await fetch('http://localhost/v1/auth', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ method: 'password', identifier: phone, password: DEMO_PASSWORD }),
  });
  const session = Session.parse(await response.json());
  setSession(session);
  return session;
}

/** jsdom has no matchMedia; the layout's order summary (on order steps) asks it. */
export function stubMatchMedia(): void {
  vi.stubGlobal('matchMedia', (query: string): MediaQueryList =>
    Object.assign(new EventTarget(), {
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }),
  );
}

/**
 * React Router warns once per module ("No `HydrateFallback` element provided") the first time
 * a lazy route renders, and setup.ts fails a test on any warning. Rendering the app once here,
 * before the tests' console spies, spends that one warning.
 */
export async function warmUpRouter(url = '/sign-in'): Promise<void> {
  // Compile the four steps' code now, so that a test's first navigation is not the slow one.
  await Promise.all([
    import('@/features/account/account-page'),
    import('@/features/offers/offers-page'),
    import('@/features/cart/cart-page'),
  ]);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    const view = renderApp(url);
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    act(() => view.unmount());
  } finally {
    warn.mockRestore();
  }
}
