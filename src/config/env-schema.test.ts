import { parseEnv } from './env-schema';

describe('parseEnv', () => {
  it('defaults to the same origin, no mocking and a 15 s timeout', () => {
    expect(parseEnv({})).toEqual({
      VITE_API_BASE_URL: '',
      VITE_API_MOCKING: false,
      VITE_REQUEST_TIMEOUT_MS: 15_000,
      VITE_KIOSK_MODE: false,
    });
    expect(parseEnv({ VITE_API_BASE_URL: '', VITE_REQUEST_TIMEOUT_MS: '' })).toMatchObject({
      VITE_API_BASE_URL: '',
      VITE_REQUEST_TIMEOUT_MS: 15_000,
    });
  });

  it('reads the values Vite passes as strings', () => {
    expect(
      parseEnv({
        VITE_API_BASE_URL: 'https://api.example.com/',
        VITE_API_MOCKING: 'true',
        VITE_REQUEST_TIMEOUT_MS: '5000',
        VITE_KIOSK_MODE: 'true',
      }),
    ).toEqual({
      VITE_API_BASE_URL: 'https://api.example.com',
      VITE_API_MOCKING: true,
      VITE_REQUEST_TIMEOUT_MS: 5000,
      VITE_KIOSK_MODE: true,
    });
  });

  it.each(['https://collect.example.com/events', '/collect'])(
    'takes an absolute URL or a path for the funnel collector: %s',
    (url) => {
      expect(parseEnv({ VITE_ANALYTICS_URL: url }).VITE_ANALYTICS_URL).toBe(url);
    },
  );

  it.each([
    [{ VITE_API_BASE_URL: 'api.example.com' }, 'VITE_API_BASE_URL'],
    [{ VITE_API_BASE_URL: 'ftp://api.example.com' }, 'VITE_API_BASE_URL'],
    [{ VITE_API_MOCKING: 'yes' }, 'VITE_API_MOCKING'],
    [{ VITE_KIOSK_MODE: '1' }, 'VITE_KIOSK_MODE'],
    [{ VITE_REQUEST_TIMEOUT_MS: 'soon' }, 'VITE_REQUEST_TIMEOUT_MS'],
    [{ VITE_REQUEST_TIMEOUT_MS: '0' }, 'VITE_REQUEST_TIMEOUT_MS'],
    [{ VITE_ANALYTICS_URL: 'collect.example.com' }, 'VITE_ANALYTICS_URL'],
    [{ VITE_ANALYTICS_URL: '//collect.example.com' }, 'VITE_ANALYTICS_URL'],
  ])('throws a clear error for %o', (source, variable) => {
    expect(() => parseEnv(source)).toThrow(/Invalid environment configuration/);
    expect(() => parseEnv(source)).toThrow(variable);
  });
});
