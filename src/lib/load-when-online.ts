/**
 * Loads a code-split module the page can do without, then hands it to `use`. When the chunk
 * cannot be fetched (the connection dropped before it was needed), it tries once more when the
 * browser is back online, rather than leaving an unhandled error. An error in `use` is not
 * caught: it is a bug, not the network.
 */
export function loadWhenOnline<Module>(
  load: () => Promise<Module>,
  use: (module: Module) => void,
): void {
  void load().then(use, () => {
    window.addEventListener('online', () => void load().then(use, () => undefined), {
      once: true,
    });
  });
}
