import { consoleAdapter, httpAdapter } from './adapters';
import type { FunnelEvent } from './events';

const event: FunnelEvent = {
  name: 'step_viewed',
  schemaVersion: 1,
  visitId: '5b0f2c39-4c8e-4d43-9a53-2f3c1a0d6e11',
  at: '2026-03-01T12:00:00.000Z',
  step: 'offers',
  language: 'es',
  kiosk: true,
};

afterEach(() => vi.unstubAllGlobals());

describe('httpAdapter', () => {
  it('sends the batch as a beacon of plain text', async () => {
    const sendBeacon = vi.fn((_url: string, _body: Blob) => true);
    const fetchSpy = vi.fn();
    vi.stubGlobal('navigator', { ...navigator, sendBeacon });
    vi.stubGlobal('fetch', fetchSpy);

    httpAdapter('https://collect.example/events')([event]);

    expect(sendBeacon).toHaveBeenCalledTimes(1);
    const [url, body] = sendBeacon.mock.calls[0] ?? [];
    expect(url).toBe('https://collect.example/events');
    expect(body?.type).toBe('text/plain');
    expect(JSON.parse((await body?.text()) ?? '')).toEqual({ events: [event] });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each([
    ['refuses the beacon', { sendBeacon: () => false }],
    ['has no sendBeacon', { sendBeacon: undefined }],
  ])('falls back to fetch with keepalive when the browser %s', (_label, beacon) => {
    const fetchSpy = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(new Response(null, { status: 204 })),
    );
    vi.stubGlobal('navigator', { ...navigator, ...beacon });
    vi.stubGlobal('fetch', fetchSpy);

    httpAdapter('/__mock/analytics')([event]);

    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0] ?? [];
    expect(url).toBe('/__mock/analytics');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(JSON.parse(init?.body as string)).toEqual({ events: [event] });
  });
});

describe('consoleAdapter', () => {
  it('logs each event by name', () => {
    const log = vi.fn();
    consoleAdapter(log)([event, { ...event, step: 'cart' }]);
    expect(log.mock.calls.map(([, name]) => name as string)).toEqual([
      'step_viewed',
      'step_viewed',
    ]);
  });
});
