import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { mockRuntime } from './runtime';

/** MSW for Vitest: intercepts /v1 and /__mock requests in-process, without latency. */
export const server = setupServer(...handlers);

export { mockRuntime };

/** Forgets every session, order and logged request. */
export function resetMockBackend(): void {
  mockRuntime.reset();
}
