import { vi } from 'vitest';

function storedEntries(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, index) => {
    const key = storage.key(index) ?? '';
    return `${key}=${storage.getItem(key) ?? ''}`;
  });
}

/**
 * Watches localStorage and sessionStorage from now on: `seen()` is everything written since, and
 * everything stored now, as one text to search for what must never be there.
 */
export function watchWebStorage(): { seen: () => string } {
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  return {
    seen: () =>
      [
        ...setItem.mock.calls.map(([key, value]) => `${key}=${value}`),
        ...storedEntries(localStorage),
        ...storedEntries(sessionStorage),
      ].join('\n'),
  };
}
