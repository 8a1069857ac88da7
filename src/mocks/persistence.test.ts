import { latencyFromEnv } from './latency';
import { MOCK_STORAGE_KEY, persistToStorage, restoreFromStorage } from './persistence';
import { createMockRuntime } from './runtime';
import { seedOrder } from './seed';

afterEach(() => sessionStorage.clear());

describe('browser persistence', () => {
  it('saves the snapshot under one key after a change and restores it after a reload', () => {
    const before = createMockRuntime();
    const stop = persistToStorage(before, sessionStorage);
    seedOrder(before.backend, { phone: '2015550101', step: 'terms' });
    before.record({
      at: '2026-03-02T15:00:00.000Z',
      method: 'GET',
      path: '/v1/offers',
      operationId: 'getOffers',
      status: 200,
    });
    before.notifyChange();
    stop();
    expect(Object.keys(sessionStorage)).toEqual([MOCK_STORAGE_KEY]);

    const after = createMockRuntime();
    restoreFromStorage(after, sessionStorage);
    expect(after.snapshot()).toEqual(before.snapshot());
    expect(after.backend.listOrders()).toHaveLength(1);
  });

  it.each([
    '{not json',
    JSON.stringify({ state: { version: 0 }, requests: [] }),
    JSON.stringify([1]),
  ])('drops an unreadable or outdated snapshot (%s) and starts afresh', (saved) => {
    sessionStorage.setItem(MOCK_STORAGE_KEY, saved);
    const runtime = createMockRuntime();
    restoreFromStorage(runtime, sessionStorage);
    expect(runtime.backend.listOrders()).toEqual([]);
    expect(sessionStorage.getItem(MOCK_STORAGE_KEY)).toBeNull();
  });

  it('does nothing when nothing was saved', () => {
    const runtime = createMockRuntime();
    restoreFromStorage(runtime, sessionStorage);
    expect(runtime.requests()).toEqual([]);
  });
});

describe('latencyFromEnv', () => {
  it('uses a fixed delay when configured, including 0', () => {
    expect(latencyFromEnv('0')()).toBe(0);
    expect(latencyFromEnv('250')()).toBe(250);
  });

  it.each([undefined, '', 'fast', '-5'])('picks 150-450 ms otherwise (%s)', (configured) => {
    const ms = latencyFromEnv(configured)();
    expect(ms).toBeGreaterThanOrEqual(150);
    expect(ms).toBeLessThanOrEqual(450);
  });
});
