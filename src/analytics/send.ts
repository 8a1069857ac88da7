/**
 * The funnel's sender, loaded once the page is interactive and only where analytics is on. It
 * checks every event against the schema (an event that does not fit is dropped, never sent),
 * sends nothing while the visitor has asked not to be tracked, and hands the rest to an adapter
 * in batches.
 */
import { FunnelEvent } from './events';
import { connectSender } from './track';

/** Where batches go: the collector over HTTP, the console in development, the demo's mock. */
export type Adapter = (events: FunnelEvent[]) => void;

declare global {
  interface Navigator {
    /** Global Privacy Control (not yet in TypeScript's DOM types). */
    readonly globalPrivacyControl?: boolean;
  }
}

/** Global Privacy Control or Do Not Track: either one means nothing is sent. */
export function visitorOptedOut(): boolean {
  return navigator.globalPrivacyControl === true || navigator.doNotTrack === '1';
}

/**
 * The host's consent setting, `<meta name="analytics-consent" content="denied">`, read at every
 * event and every send, so a consent banner may change it at any time: while it says denied,
 * nothing is sent and what was waiting is dropped. Without the tag, consent is given.
 */
export const CONSENT_META = 'analytics-consent';

function consentGiven(): boolean {
  return (
    document.querySelector(`meta[name="${CONSENT_META}"]`)?.getAttribute('content') !== 'denied'
  );
}

const mayCollect = () => consentGiven() && !visitorOptedOut();

const BATCH_SIZE = 20;
const BATCH_DELAY_MS = 5_000;

export interface SenderOptions {
  batchSize?: number;
  delayMs?: number;
}

/**
 * Starts sending: a batch goes when it is full, after a short delay, and whenever the page is
 * hidden or left (a phone switched to read a code, a kiosk wiped). Returns a function that sends
 * what is waiting at once.
 */
export function startSending(
  adapter: Adapter,
  { batchSize = BATCH_SIZE, delayMs = BATCH_DELAY_MS }: SenderOptions = {},
): () => void {
  let batch: FunnelEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const events = batch;
    batch = [];
    if (events.length > 0 && mayCollect()) adapter(events);
  };

  connectSender((event) => {
    if (!mayCollect()) return;
    const checked = FunnelEvent.safeParse(event);
    if (!checked.success) return;
    batch.push(checked.data);
    if (batch.length >= batchSize) flush();
    else timer ??= setTimeout(flush, delayMs);
  });
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  return flush;
}
