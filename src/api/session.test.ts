import { act, renderHook } from '@testing-library/react';
import {
  clearSession,
  getLastCustomerId,
  getSession,
  SESSION_STORAGE_KEY,
  setSession,
  subscribe,
  useSession,
} from './session';
import { sessionFixture } from './testing/fixtures';

afterEach(() => {
  clearSession();
  sessionStorage.clear();
  vi.useRealTimers();
});

describe('session', () => {
  it('mirrors only token, customerId and expiresAt to sessionStorage, under one key', () => {
    const extra = { ...sessionFixture(), refreshToken: 'never-store-me', ssn: '123456789' };
    setSession(extra);

    expect(Object.keys(sessionStorage)).toEqual([SESSION_STORAGE_KEY]);
    const stored: unknown = JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY) ?? 'null');
    expect(stored).toEqual(sessionFixture());
    expect(Object.keys(stored ?? {}).sort()).toEqual(['customerId', 'expiresAt', 'token']);
    expect(getSession()).toEqual(sessionFixture());
  });

  it('clearSession forgets it in memory and in storage', () => {
    setSession(sessionFixture());
    clearSession();
    expect(getSession()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('resumes after a reload from storage, and drops what it cannot trust', async () => {
    setSession(sessionFixture());
    vi.resetModules();
    const reloaded = await import('./session');
    expect(reloaded.getSession()).toEqual(sessionFixture());
    expect(reloaded.getLastCustomerId()).toBe('cust-1');

    sessionStorage.setItem(SESSION_STORAGE_KEY, '{"token":"short"}');
    vi.resetModules();
    const tampered = await import('./session');
    expect(tampered.getSession()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('reads an expired session as null and removes it', async () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify(sessionFixture({ expiresAt: '2000-01-01T00:00:00.000Z' })),
    );
    vi.resetModules();
    const reloaded = await import('./session');
    expect(reloaded.getSession()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(reloaded.getLastCustomerId()).toBeNull();
  });

  it('useSession re-renders on sign-in, on expiry and on sign-out', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00.000Z') });
    const { result } = renderHook(() => useSession());
    expect(result.current).toBeNull();

    act(() => setSession(sessionFixture({ expiresAt: '2030-01-01T00:10:00.000Z' })));
    expect(result.current?.customerId).toBe('cust-1');

    act(() => {
      vi.advanceTimersByTime(10 * 60_000);
    });
    expect(result.current).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();

    act(() => setSession(sessionFixture({ expiresAt: '2030-01-01T01:00:00.000Z' })));
    expect(result.current).not.toBeNull();
    act(() => clearSession());
    expect(result.current).toBeNull();
  });

  it('remembers the last customer in memory after the session ends', () => {
    setSession(sessionFixture({ customerId: 'cust-9' }));
    clearSession();
    expect(getLastCustomerId()).toBe('cust-9');
  });

  it('drops a session read after its expiry, even before the expiry timer has run', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00.000Z') });
    setSession(sessionFixture({ expiresAt: '2030-01-01T00:10:00.000Z' }));
    vi.setSystemTime(new Date('2030-01-01T00:09:59.999Z'));
    expect(getSession()?.customerId).toBe('cust-1');
    vi.setSystemTime(new Date('2030-01-01T00:10:00.000Z'));
    expect(getSession()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('waits out a session longer than a browser timer can wait, without waking early', () => {
    const start = Date.parse('2030-01-01T00:00:00.000Z');
    vi.useFakeTimers({ now: start });
    setSession(sessionFixture({ expiresAt: '2030-01-31T00:00:00.000Z' }));
    const listener = vi.fn();
    const unsubscribe = subscribe(listener);
    vi.advanceTimersByTime(0); // jsdom's storage event for the write
    // A browser fires a longer setTimeout at once: the session waits the longest it allows, twice.
    vi.advanceTimersToNextTimer();
    expect(Date.now() - start).toBe(2 ** 31 - 1);
    expect(getSession()?.customerId).toBe('cust-1');
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer();
    expect(new Date(Date.now()).toISOString()).toBe('2030-01-31T00:00:00.000Z');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(getSession()).toBeNull();
    unsubscribe();
  });

  it('works without storage when the browser refuses to store it', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    setSession(sessionFixture());
    expect(getSession()).toEqual(sessionFixture());
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('tells subscribers of each change, and of nothing else, until they unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = subscribe(listener);
    clearSession();
    expect(listener).not.toHaveBeenCalled();
    setSession(sessionFixture());
    expect(listener).toHaveBeenCalledTimes(1);
    clearSession();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    setSession(sessionFixture());
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('tells nobody when a fresh page signs out without ever having signed in', async () => {
    vi.resetModules();
    const fresh = await import('./session');
    const listener = vi.fn();
    fresh.subscribe(listener);
    fresh.clearSession();
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps one expiry timer for the newest session, and none for a session already over', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00.000Z') });
    setSession(sessionFixture({ expiresAt: '2030-01-01T00:10:00.000Z' }));
    setSession(sessionFixture({ expiresAt: '2030-01-01T00:20:00.000Z' }));
    vi.advanceTimersByTime(0); // jsdom's storage events for the writes
    expect(vi.getTimerCount()).toBe(1);
    clearSession();
    vi.advanceTimersByTime(0);
    expect(vi.getTimerCount()).toBe(0);

    const listener = vi.fn();
    subscribe(listener);
    setSession(sessionFixture({ expiresAt: '2030-01-01T00:00:00.000Z' }));
    vi.advanceTimersByTime(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
