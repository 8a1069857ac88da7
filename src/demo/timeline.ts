/**
 * The demo panel's API timeline: every /v1 call of this page with its method, path, status,
 * duration and time. Only those: never a body, a header or a query string, so an SSN, a date of
 * birth, a code, a password or a token cannot reach it, whatever the call carried.
 */
import { atom } from 'nanostores';

export interface TimelineEntry {
  id: string;
  method: string;
  /** The URL's path only. */
  path: string;
  /** Epoch ms when the call started. */
  startedAt: number;
  /** The outcome: pending, an HTTP status, or no answer at all. */
  outcome: { kind: 'pending' } | { kind: 'status'; status: number } | { kind: 'no-response' };
  durationMs: number | null;
}

const MAX_ENTRIES = 300;

export const timeline = atom<TimelineEntry[]>([]);

/** The path of a /v1 call, or null for anything else (assets, `/__mock/*`). */
export function apiPath(url: string): string | null {
  if (!URL.canParse(url, 'http://local')) return null;
  const { pathname } = new URL(url, 'http://local');
  return pathname.startsWith('/v1/') ? pathname : null;
}

export function startCall(id: string, method: string, url: string, now = Date.now()): void {
  const path = apiPath(url);
  if (path === null) return;
  const entry: TimelineEntry = {
    id,
    method: method.toUpperCase(),
    path,
    startedAt: now,
    outcome: { kind: 'pending' },
    durationMs: null,
  };
  timeline.set([...timeline.get(), entry].slice(-MAX_ENTRIES));
}

/** Settles a call: its status, or null when no response arrived (network error, aborted). */
export function endCall(id: string, status: number | null, now = Date.now()): void {
  timeline.set(
    timeline.get().map((entry) =>
      entry.id === id && entry.outcome.kind === 'pending'
        ? {
            ...entry,
            outcome:
              status === null || status === 0
                ? { kind: 'no-response' }
                : { kind: 'status', status },
            durationMs: now - entry.startedAt,
          }
        : entry,
    ),
  );
}

/** The parts of MSW's worker events the timeline reads. */
export interface WorkerEvents {
  on(
    event: 'request:start',
    listener: (args: { request: Request; requestId: string }) => void,
  ): unknown;
  on(
    event: 'response:mocked',
    listener: (args: { response: Response; requestId: string }) => void,
  ): unknown;
}

/** With the browser mock: what the service worker saw. */
export function recordWorkerEvents(events: WorkerEvents): void {
  events.on('request:start', ({ request, requestId }) =>
    startCall(requestId, request.method, request.url),
  );
  events.on('response:mocked', ({ response, requestId }) =>
    endCall(requestId, response.type === 'error' ? null : response.status),
  );
}

let nextFetchId = 0;

/**
 * With `npm run mock:server` there is no worker to listen to: wraps `fetch` instead. The app's
 * own calls pass through unchanged.
 */
export function recordFetches(target: { fetch: typeof fetch }): void {
  const original = target.fetch.bind(target);
  target.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    nextFetchId += 1;
    const id = `fetch-${nextFetchId}`;
    startCall(id, method, url);
    try {
      const response = await original(input, init);
      endCall(id, response.status);
      return response;
    } catch (error) {
      endCall(id, null);
      throw error;
    }
  };
}
