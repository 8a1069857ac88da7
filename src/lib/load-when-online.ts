/**
 * Runs `load`, a code-split import and what follows it, for work the page can do without: when
 * the chunk cannot be fetched (the connection dropped before it was needed), it tries once more
 * when the browser is back online, rather than leaving an unhandled error.
 */
export function loadWhenOnline(load: () => Promise<unknown>): void {
  load().catch(() => {
    window.addEventListener('online', () => void load().catch(() => undefined), { once: true });
  });
}
