/**
 * Test helpers for this step. They reach the mock backend over HTTP only (as the app does), so
 * this module imports nothing from src/mocks at run time.
 */
import { act, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { z } from 'zod';
import { type LineInput, Session } from '@/api/contract/schemas';
import { setSession } from '@/api/session';
import { renderApp } from '@/testing/render-app';

const SeedResult = z.object({ session: Session, orderId: z.string() });

/**
 * Signs a persona in through `POST /__mock/seed` with an order whose every step before `step`
 * is done, and stores the session like the app does. Returns the order's id.
 */
export async function seedOrderAt(
  step: 'credit' | 'shipping' | 'number' | 'review',
  options: { phone?: string; lines?: LineInput[] } = {},
): Promise<string> {
  const response = await fetch('http://localhost/__mock/seed', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone: options.phone ?? '(201) 555-0101', step, lines: options.lines }),
  });
  const seeded = SeedResult.parse(await response.json());
  setSession(seeded.session);
  return seeded.orderId;
}

/** jsdom has no matchMedia; the layout's order summary asks it whether the screen is wide. */
export function stubMatchMedia(): void {
  vi.stubGlobal('matchMedia', (query: string): MediaQueryList =>
    Object.assign(new EventTarget(), {
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
    }),
  );
}

/**
 * React Router warns once per module ("No `HydrateFallback` element provided") the first time
 * a lazy route renders, and setup.ts fails a test on any warning. Rendering the app once,
 * before the tests' console spies, spends that warning and loads the pages' code.
 */
export async function warmUpRouter(): Promise<void> {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  stubMatchMedia();
  try {
    const view = renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    act(() => view.unmount());
  } finally {
    warn.mockRestore();
    vi.unstubAllGlobals();
  }
}
