import '@testing-library/jest-dom/vitest';
import { format } from 'node:util';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

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
