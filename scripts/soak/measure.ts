/**
 * What can grow while a kiosk serves customer after customer: the browser's renderer, the
 * origin's storage, the page's JavaScript heap and the API server's heap. Every figure is read
 * after a full garbage collection of whatever it measures.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';

export interface Sample {
  /** Private memory (Private_Clean + Private_Dirty) of the browser's renderer processes, summed. */
  rendererBytes: number;
  /** `navigator.storage.estimate().usage` of the app's origin. */
  storageBytes: number;
  /** Cache Storage caches plus service-worker registrations of the app's origin. */
  storageObjects: number;
  /** The page's JavaScript heap in use (`Runtime.getHeapUsage`). */
  pageHeapBytes: number;
  /** The mock server's heap in use (`process.memoryUsage().heapUsed`). */
  serverHeapBytes: number;
}

export type Figure = keyof Sample;

/** What the process holds on its own (`/proc/<pid>/smaps_rollup`), in bytes; 0 once it is gone. */
function privateBytes(pid: number): number {
  let rollup: string;
  try {
    rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  } catch {
    return 0;
  }
  const field = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
  return (field('Private_Clean') + field('Private_Dirty')) * 1024;
}

export interface Probes {
  sample(serverHeapBytes: () => Promise<number>): Promise<Sample>;
}

/**
 * The browser's CDP session names the renderer processes (`SystemInfo.getProcessInfo`); Linux
 * says how much memory each holds on its own. The page's session collects its garbage
 * (`HeapProfiler.collectGarbage`) before the heap and the renderer are read.
 */
export async function createProbes(
  browser: Browser,
  context: BrowserContext,
  page: Page,
): Promise<Probes> {
  const browserSession = await browser.newBrowserCDPSession();
  const pageSession = await context.newCDPSession(page);

  const rendererBytes = async () => {
    const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
    return processInfo
      .filter((info) => info.type === 'renderer')
      .reduce((sum, info) => sum + privateBytes(info.id), 0);
  };

  const storage = () =>
    page.evaluate(async () => {
      const [estimate, cacheNames, registrations] = await Promise.all([
        navigator.storage.estimate(),
        caches.keys(),
        navigator.serviceWorker.getRegistrations(),
      ]);
      return { bytes: estimate.usage ?? 0, objects: cacheNames.length + registrations.length };
    });

  return {
    async sample(serverHeapBytes) {
      await pageSession.send('HeapProfiler.collectGarbage');
      const { usedSize } = await pageSession.send('Runtime.getHeapUsage');
      const stored = await storage();
      return {
        rendererBytes: await rendererBytes(),
        storageBytes: stored.bytes,
        storageObjects: stored.objects,
        pageHeapBytes: usedSize,
        serverHeapBytes: await serverHeapBytes(),
      };
    },
  };
}
