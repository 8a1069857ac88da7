// Where the browser disables web storage (it throws on access), the session lives in memory.
import { clearSession, getLastCustomerId, getSession, setSession } from './session';
import { sessionFixture } from './testing/fixtures';

vi.mock('@/lib/storage', () => ({ browserSessionStorage: () => null }));

it('signs in, reads and signs out without storage', () => {
  expect(getSession()).toBeNull();
  setSession(sessionFixture());
  expect(getSession()).toEqual(sessionFixture());
  clearSession();
  expect(getSession()).toBeNull();
  expect(getLastCustomerId()).toBe('cust-1');
});

it('drops an expired session without storage', () => {
  vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00.000Z') });
  try {
    setSession(sessionFixture({ expiresAt: '2030-01-01T00:10:00.000Z' }));
    vi.setSystemTime(new Date('2030-01-01T00:10:00.000Z'));
    expect(getSession()).toBeNull();
  } finally {
    clearSession();
    vi.useRealTimers();
  }
});
