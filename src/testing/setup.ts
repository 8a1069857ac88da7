import '@testing-library/jest-dom/vitest';
import { format } from 'node:util';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi, type MockInstance } from 'vitest';
import { resetMockBackend, server } from '@/mocks/node';

// Lazy route chunks are transformed on first use; on a busy 2-core machine that can take
// more than Testing Library's default second. This is a ceiling to wait, not a time to beat.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no matchMedia; the layout asks it whether the screen is wide (it is not, here).
// Node-environment tests (the mock backend) have no window at all.
if (typeof window !== 'undefined') {
  window.matchMedia = (query: string): MediaQueryList =>
    Object.assign(new EventTarget(), {
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
    });
}

let consoleError: MockInstance<typeof console.error>;
let consoleWarn: MockInstance<typeof console.warn>;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();

  const messages = [
    ...consoleError.mock.calls.map((args) => `console.error: ${format(...args)}`),
    ...consoleWarn.mock.calls.map((args) => `console.warn: ${format(...args)}`),
  ];
  consoleError.mockRestore();
  consoleWarn.mockRestore();

  if (messages.length > 0) {
    throw new Error(
      `This test called console.error or console.warn, which fails the test:\n\n${messages.join('\n\n')}`,
    );
  }
});

// The mock /v1 API for every test; a request no handler knows fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  // Here rather than in a test's body, where a failed assertion would skip it.
  server.events.removeAllListeners();
  resetMockBackend();
});
afterAll(() => server.close());
