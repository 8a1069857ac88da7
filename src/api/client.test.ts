import { delay, http, HttpResponse } from 'msw';
import { server } from '@/testing/mock-backend';
import { ApiError } from './api-error';
import { callApi, getApiLanguage, onUnauthorized, setApiLanguage } from './client';
import { clearSession, getSession, setSession } from './session';
import { errorBodyFixture, orderFixture, sessionFixture } from './testing/fixtures';

afterEach(() => {
  clearSession();
  sessionStorage.clear();
  setApiLanguage('en');
});

const authMethods = { methods: [{ type: 'password' }] };
const emptyOffers = {
  plans: [],
  devices: [],
  bundles: [],
  promotions: [],
  activationFeeCents: 3500,
  deliveryOptions: [{ id: 'standard', priceCents: 0, minBusinessDays: 3, maxBusinessDays: 5 }],
};

/** Runs the call and returns what it rejected with, failing if it resolved or threw anything else. */
async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => new Error('expected the call to fail'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw error instanceof Error ? error : new Error(String(error));
  return error;
}

describe('callApi: requests', () => {
  it('parses the success body with the operation schema', async () => {
    server.use(http.get('*/v1/order/:id', () => HttpResponse.json(orderFixture())));
    await expect(callApi('getOrder', { params: { id: 'ord-1' } })).resolves.toEqual(orderFixture());
  });

  it('encodes path parameters and query values', async () => {
    const urls: string[] = [];
    server.use(
      http.get('*/v1/order/:id/validate', ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json({ valid: true, problems: [] });
      }),
      http.get('*/v1/customers', ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json({ customers: [] });
      }),
    );
    await callApi('validateOrder', { params: { id: 'a b/c?d' } });
    await callApi('getCustomers', { query: { email: 'a+b@example.com', phone: undefined } });
    await callApi('getCustomers', { query: { email: '', phone: '2015550101' } });
    await callApi('getCustomers', { query: { email: '' } });
    await callApi('getCustomers', { query: { phone: null } as never });
    expect(urls).toEqual([
      'http://localhost:3000/v1/order/a%20b%2Fc%3Fd/validate',
      'http://localhost:3000/v1/customers?email=a%2Bb%40example.com',
      'http://localhost:3000/v1/customers?phone=2015550101',
      'http://localhost:3000/v1/customers',
      'http://localhost:3000/v1/customers',
    ]);
  });

  it('refuses a missing path parameter before sending anything', async () => {
    const missing = 'Missing path parameter "id" for /v1/order/{id}';
    await expect(callApi('getOrder', { params: { id: '' } })).rejects.toThrow(
      new TypeError(missing),
    );
    await expect(callApi('getOrder', {} as never)).rejects.toThrow(new TypeError(missing));
  });

  it('leaves no timer behind once a call has finished', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      server.use(http.get('*/v1/auth-methods', () => HttpResponse.json(authMethods)));
      await callApi('getAuthMethods');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('attaches the bearer token only to authenticated operations, and only once signed in', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get('*/v1/offers', ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json(emptyOffers);
      }),
      http.get('*/v1/auth-methods', ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json(authMethods);
      }),
    );
    await callApi('getOffers');
    setSession(sessionFixture());
    await callApi('getOffers');
    await callApi('getAuthMethods');
    expect(seen).toEqual([null, 'Bearer test-token-0123456789abcdef', null]);
  });

  it('asks for JSON, and sends no body headers, key or cookies with a plain read', async () => {
    let received: Request | undefined;
    server.use(
      http.get('*/v1/auth-methods', ({ request }) => {
        received = request;
        return HttpResponse.json(authMethods);
      }),
    );
    await callApi('getAuthMethods');
    expect(received?.headers.get('Accept')).toBe('application/json');
    expect(received?.headers.get('Content-Type')).toBeNull();
    expect(received?.headers.get('Idempotency-Key')).toBeNull();
    expect(received?.credentials).toBe('omit');
    expect(received?.cache).toBe('no-store');
  });

  it('sends Accept-Language from the setter, and lets a call override it', async () => {
    const languages: (string | null)[] = [];
    server.use(
      http.get('*/v1/offers', ({ request }) => {
        languages.push(request.headers.get('Accept-Language'));
        return HttpResponse.json(emptyOffers);
      }),
    );
    await callApi('getOffers');
    setApiLanguage('es');
    expect(getApiLanguage()).toBe('es');
    await callApi('getOffers');
    await callApi('getOffers', { headers: { 'Accept-Language': 'fr' } });
    expect(languages).toEqual(['en', 'es', 'fr']);
  });

  it('sends JSON bodies with Content-Type, and the Idempotency-Key on submit', async () => {
    let received: { contentType: string | null; key: string | null; body: unknown } | undefined;
    server.use(
      http.post('*/v1/order/submit', async ({ request }) => {
        received = {
          contentType: request.headers.get('Content-Type'),
          key: request.headers.get('Idempotency-Key'),
          body: await request.json(),
        };
        return HttpResponse.json(orderFixture({ status: 'submitted' }), { status: 201 });
      }),
    );
    setSession(sessionFixture());
    const key = crypto.randomUUID();
    await callApi('submitOrder', { body: { orderId: 'ord-1' }, idempotencyKey: key });
    expect(received).toEqual({ contentType: 'application/json', key, body: { orderId: 'ord-1' } });
  });

  it('resolves a 204 with undefined, without reading a schema', async () => {
    server.use(http.post('*/v1/auth/signout', () => new HttpResponse(null, { status: 204 })));
    setSession(sessionFixture());
    await expect(callApi('signOut')).resolves.toBeUndefined();
  });
});

describe('callApi: every failure is an ApiError', () => {
  it('HTTP 4xx with a contract body: code, message, field errors and details', async () => {
    server.use(
      http.post('*/v1/order/:id/fulfillment', () =>
        HttpResponse.json(
          errorBodyFixture('ADDRESS_AMBIGUOUS', {
            fieldErrors: [
              { field: 'shippingAddress.line1', code: 'ambiguous', message: 'Which one?' },
            ],
            suggestions: [{ line1: '1 Main St', city: 'Newark', state: 'NJ', zip: '07102' }],
          }),
          { status: 422 },
        ),
      ),
    );
    const error = await failureOf(
      callApi('createFulfillment', {
        params: { id: 'ord-1' },
        body: {
          shippingAddress: { line1: '1 Main', city: 'Newark', state: 'NJ', zip: '07102' },
          e911Address: { line1: '1 Main', city: 'Newark', state: 'NJ', zip: '07102' },
          deliveryOption: 'standard',
          simType: 'esim',
        },
      }),
    );
    expect(error).toMatchObject({
      name: 'ApiError',
      operationId: 'createFulfillment',
      status: 422,
      code: 'ADDRESS_AMBIGUOUS',
      message: 'ADDRESS_AMBIGUOUS (test)',
      retryable: false,
    });
    expect(error.fieldError('shippingAddress.line1')?.message).toBe('Which one?');
    expect(error.suggestions).toHaveLength(1);
    expect(error.body?.code).toBe('ADDRESS_AMBIGUOUS');
  });

  it('an error code from a newer API is kept as sent, with its body, not taken for a broken answer', async () => {
    server.use(
      http.get('*/v1/order/:id', () =>
        HttpResponse.json({ code: 'ORDER_FROZEN', message: 'Frozen.' }, { status: 409 }),
      ),
    );
    const error = await failureOf(callApi('getOrder', { params: { id: 'ord-1' } }));
    expect(error).toMatchObject({ status: 409, code: 'ORDER_FROZEN', retryable: false });
    expect(error.body?.message).toBe('Frozen.');
  });

  it('HTTP 4xx sign-in refusals keep attemptsRemaining and retryAt', async () => {
    const retryAt = '2030-01-01T00:15:00.000Z';
    server.use(
      http.post('*/v1/auth', () =>
        HttpResponse.json(errorBodyFixture('SIGN_IN_LOCKED', { attemptsRemaining: 0, retryAt }), {
          status: 423,
        }),
      ),
    );
    const error = await failureOf(
      callApi('authenticate', {
        body: { method: 'otp', identifier: '2015550101', code: '000000' },
      }),
    );
    expect(error).toMatchObject({ status: 423, code: 'SIGN_IN_LOCKED', retryable: false });
    expect(error.attemptsRemaining).toBe(0);
    expect(error.retryAt).toBe(retryAt);
  });

  it('HTTP 429 is retryable (after retryAt) and 5xx is retryable', async () => {
    server.use(
      http.post('*/v1/auth/generateotp', () =>
        HttpResponse.json(
          errorBodyFixture('OTP_RATE_LIMITED', { retryAt: '2030-01-01T00:00:00Z' }),
          {
            status: 429,
          },
        ),
      ),
      http.get('*/v1/offers', () =>
        HttpResponse.json(errorBodyFixture('SERVICE_UNAVAILABLE'), { status: 503 }),
      ),
    );
    const limited = await failureOf(
      callApi('generateOtp', { body: { identifier: '2015550101', channel: 'sms' } }),
    );
    expect(limited).toMatchObject({ status: 429, code: 'OTP_RATE_LIMITED', retryable: true });
    expect(limited.retryAt).toBe('2030-01-01T00:00:00Z');

    const unavailable = await failureOf(callApi('getOffers'));
    expect(unavailable).toMatchObject({
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      retryable: true,
    });
  });

  it.each([
    [502, '<html>Bad gateway</html>', 'INTERNAL', true],
    [404, '', 'NOT_FOUND', false],
    [409, '{"error":"conflict"}', 'INTERNAL', false],
    [503, '{"code":42,"message":"x"}', 'SERVICE_UNAVAILABLE', true],
  ] as const)(
    'HTTP %i with a body that is not the Error schema still becomes an ApiError',
    async (status, text, code, retryable) => {
      server.use(http.get('*/v1/order/:id', () => new HttpResponse(text, { status })));
      const error = await failureOf(callApi('getOrder', { params: { id: 'ord-1' } }));
      expect(error).toMatchObject({ status, code, retryable, body: null, fieldErrors: [] });
      expect(error.message).toBe(`getOrder failed with HTTP ${status}`);
    },
  );

  it('a network error: status 0, NETWORK_ERROR, retryable', async () => {
    server.use(http.get('*/v1/auth-methods', () => HttpResponse.error()));
    const error = await failureOf(callApi('getAuthMethods'));
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR', retryable: true, body: null });
    expect(error.message).toBe('getAuthMethods could not reach the server');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('a timeout: status 0, TIMEOUT, retryable', async () => {
    server.use(
      http.get('*/v1/auth-methods', async () => {
        await delay('infinite');
        return HttpResponse.json(authMethods);
      }),
    );
    const error = await failureOf(callApi('getAuthMethods', { timeoutMs: 20 }));
    expect(error).toMatchObject({ status: 0, code: 'TIMEOUT', retryable: true });
    expect(error.message).toBe('getAuthMethods timed out after 20 ms');
  });

  it('an abort by the caller: status 0, ABORTED, not retryable', async () => {
    server.use(
      http.get('*/v1/auth-methods', async () => {
        await delay('infinite');
        return HttpResponse.json(authMethods);
      }),
    );
    const controller = new AbortController();
    const call = failureOf(callApi('getAuthMethods', { signal: controller.signal }));
    controller.abort();
    const aborted = await call;
    expect(aborted).toMatchObject({ status: 0, code: 'ABORTED', retryable: false });
    expect(aborted.message).toBe('getAuthMethods was cancelled');

    const alreadyAborted = await failureOf(
      callApi('getAuthMethods', { signal: AbortSignal.abort() }),
    );
    expect(alreadyAborted).toMatchObject({
      code: 'ABORTED',
      message: 'getAuthMethods was cancelled',
    });
  });

  it('an abort while the request is out: ABORTED, not a network error', async () => {
    let arrived: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    server.use(
      http.get('*/v1/auth-methods', async () => {
        arrived();
        await delay('infinite');
        return HttpResponse.json(authMethods);
      }),
    );
    const controller = new AbortController();
    const call = failureOf(
      callApi('getAuthMethods', { signal: controller.signal, timeoutMs: 5000 }),
    );
    await reached;
    controller.abort();
    expect(await call).toMatchObject({
      status: 0,
      code: 'ABORTED',
      message: 'getAuthMethods was cancelled',
    });
  });

  it.each([
    ['not JSON', 'is not JSON', () => new HttpResponse('<html>oops</html>', { status: 200 })],
    ['an empty body', 'is not JSON', () => new HttpResponse(null, { status: 200 })],
    [
      'JSON that breaks the contract',
      'breaks the contract',
      () => HttpResponse.json({ methods: [{ type: 'carrier-pigeon' }] }),
    ],
  ])(
    'a malformed success body (%s): MALFORMED_RESPONSE, retryable',
    async (_label, what, respond) => {
      server.use(http.get('*/v1/auth-methods', respond));
      const error = await failureOf(callApi('getAuthMethods'));
      expect(error).toMatchObject({ status: 200, code: 'MALFORMED_RESPONSE', retryable: true });
      expect(error.message).toBe(`getAuthMethods answered with a body that ${what}`);
      // The message says what broke, never what the body held.
      expect(error.message).not.toContain('carrier-pigeon');
    },
  );
});

describe('callApi: 401 on an authenticated call', () => {
  it('clears the refused session and tells subscribers who it belonged to', async () => {
    server.use(
      http.get('*/v1/offers', () =>
        HttpResponse.json(errorBodyFixture('UNAUTHENTICATED'), { status: 401 }),
      ),
    );
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    setSession(sessionFixture());

    const error = await failureOf(callApi('getOffers'));

    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(getSession()).toBeNull();
    expect(listener).toHaveBeenCalledExactlyOnceWith({
      operationId: 'getOffers',
      customerId: 'cust-1',
      code: 'UNAUTHENTICATED',
    });
    unsubscribe();
  });

  it('says when a hand-off claimed on another device ended the session', async () => {
    server.use(
      http.get('*/v1/offers', () =>
        HttpResponse.json(errorBodyFixture('SESSION_HANDED_OFF'), { status: 401 }),
      ),
    );
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    setSession(sessionFixture());

    await failureOf(callApi('getOffers'));

    expect(getSession()).toBeNull();
    expect(listener).toHaveBeenCalledExactlyOnceWith({
      operationId: 'getOffers',
      customerId: 'cust-1',
      code: 'SESSION_HANDED_OFF',
    });
    unsubscribe();
  });

  it('ignores a 401 for a token that is no longer the current one', async () => {
    server.use(
      http.get('*/v1/offers', async () => {
        await delay(20);
        return HttpResponse.json(errorBodyFixture('UNAUTHENTICATED'), { status: 401 });
      }),
    );
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    setSession(sessionFixture({ token: 'old-token-0123456789' }));
    const call = failureOf(callApi('getOffers'));
    setSession(sessionFixture({ token: 'new-token-0123456789' }));
    await call;
    expect(getSession()?.token).toBe('new-token-0123456789');
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('tells subscribers of a 401 on an authenticated call made without a session', async () => {
    server.use(
      http.get('*/v1/offers', () =>
        HttpResponse.json(errorBodyFixture('UNAUTHENTICATED'), { status: 401 }),
      ),
    );
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    await failureOf(callApi('getOffers'));
    expect(listener).toHaveBeenCalledExactlyOnceWith({
      operationId: 'getOffers',
      customerId: null,
      code: 'UNAUTHENTICATED',
    });
    unsubscribe();
  });

  it('stops telling a subscriber once it unsubscribes', async () => {
    server.use(
      http.get('*/v1/offers', () =>
        HttpResponse.json(errorBodyFixture('UNAUTHENTICATED'), { status: 401 }),
      ),
    );
    const listener = vi.fn();
    onUnauthorized(listener)();
    setSession(sessionFixture());
    await failureOf(callApi('getOffers'));
    expect(listener).not.toHaveBeenCalled();
    expect(getSession()).toBeNull();
  });

  it('keeps the session after any other refusal of an authenticated call', async () => {
    server.use(
      http.get('*/v1/order/:id', () =>
        HttpResponse.json(errorBodyFixture('FORBIDDEN'), { status: 403 }),
      ),
    );
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    setSession(sessionFixture());
    await failureOf(callApi('getOrder', { params: { id: 'ord-1' } }));
    expect(getSession()).toEqual(sessionFixture());
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('ignores a 401 that arrives after the customer signed out', async () => {
    server.use(
      http.get('*/v1/offers', async () => {
        await delay(20);
        return HttpResponse.json(errorBodyFixture('UNAUTHENTICATED'), { status: 401 });
      }),
    );
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    setSession(sessionFixture());
    const call = failureOf(callApi('getOffers'));
    clearSession();
    expect(await call).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('does not fire for a refused sign-in (an unauthenticated operation)', async () => {
    server.use(
      http.post('*/v1/auth', () =>
        HttpResponse.json(errorBodyFixture('OTP_INVALID'), { status: 401 }),
      ),
    );
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    const error = await failureOf(
      callApi('authenticate', {
        body: { method: 'otp', identifier: '2015550101', code: '000000' },
      }),
    );
    expect(error.code).toBe('OTP_INVALID');
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });
});
