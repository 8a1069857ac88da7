import type { MockRuntime } from './runtime';

/** The one sessionStorage key of the browser mock: its state survives a reload, as a server's would. */
export const MOCK_STORAGE_KEY = 'mock-backend-state';

/** Loads a saved snapshot; an unreadable or outdated one is dropped and the mock starts afresh. */
export function restoreFromStorage(runtime: MockRuntime, storage: Storage): void {
  const saved = storage.getItem(MOCK_STORAGE_KEY);
  if (!saved) return;
  try {
    if (runtime.restore(JSON.parse(saved))) return;
  } catch {
    // Not JSON: dropped below.
  }
  storage.removeItem(MOCK_STORAGE_KEY);
}

/** Saves the snapshot after every change; returns the unsubscribe function. */
export function persistToStorage(runtime: MockRuntime, storage: Storage): () => void {
  return runtime.onChange(() =>
    storage.setItem(MOCK_STORAGE_KEY, JSON.stringify(runtime.snapshot())),
  );
}
