import {
  apiPath,
  endCall,
  recordFetches,
  recordWorkerEvents,
  startCall,
  timeline,
  type WorkerEvents,
} from './timeline';

// Known personal values, sent the way the app sends them: in bodies, headers and query strings.
const SSN = '123-45-6789';
const BIRTH_DATE = '1985-04-12';
const CODE = '654321';
const PASSWORD = 'Checkout-Demo-1';
const TOKEN = 'tok_secret_abc123';
const PHONE = '2015550101';
const SECRETS = [SSN, '123456789', BIRTH_DATE, CODE, PASSWORD, TOKEN, PHONE];

const personalCalls = [
  {
    url: `https://api.example/v1/customers?phone=${PHONE}`,
    init: { method: 'GET', headers: { Authorization: `Bearer ${TOKEN}` } },
  },
  {
    url: 'https://api.example/v1/auth',
    init: {
      method: 'POST',
      body: JSON.stringify({ identifier: PHONE, code: CODE, password: PASSWORD }),
    },
  },
  {
    url: 'https://api.example/v1/order/o-1/credit.submit',
    init: {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ ssn: SSN, dateOfBirth: BIRTH_DATE }),
    },
  },
];

beforeEach(() => timeline.set([]));

function expectNothingPersonal() {
  const shown = JSON.stringify(timeline.get());
  for (const secret of SECRETS) expect(shown).not.toContain(secret);
}

describe('apiPath', () => {
  it('keeps the path of a /v1 call and drops the query string; other URLs are not API calls', () => {
    expect(apiPath(`http://localhost/v1/customers?phone=${PHONE}`)).toBe('/v1/customers');
    expect(apiPath('/v1/offers')).toBe('/v1/offers');
    expect(apiPath('http://localhost/__mock/requests')).toBeNull();
    expect(apiPath('http://localhost/src/main.tsx')).toBeNull();
  });
});

describe('the API timeline', () => {
  it('records method, path, status and duration, newest last', () => {
    startCall('a', 'get', 'http://localhost/v1/offers', 1000);
    startCall('b', 'POST', 'http://localhost/v1/order/create', 1100);
    endCall('b', 201, 1250);
    endCall('a', 200, 1400);
    expect(timeline.get()).toEqual([
      {
        id: 'a',
        method: 'GET',
        path: '/v1/offers',
        startedAt: 1000,
        outcome: { kind: 'status', status: 200 },
        durationMs: 400,
      },
      {
        id: 'b',
        method: 'POST',
        path: '/v1/order/create',
        startedAt: 1100,
        outcome: { kind: 'status', status: 201 },
        durationMs: 150,
      },
    ]);
  });

  it("from the worker's events: a network error is 'no answer', and nothing personal is kept", () => {
    const listeners = new Map<string, (args: never) => void>();
    const events = {
      on: (event: string, listener: (args: never) => void) => listeners.set(event, listener),
    } as WorkerEvents;
    recordWorkerEvents(events);
    const start = listeners.get('request:start') as (args: {
      request: Request;
      requestId: string;
    }) => void;
    const mocked = listeners.get('response:mocked') as (args: {
      response: Response;
      requestId: string;
    }) => void;

    personalCalls.forEach(({ url, init }, index) => {
      start({ request: new Request(url, init), requestId: `r${index}` });
    });
    mocked({ response: new Response(null, { status: 200 }), requestId: 'r0' });
    mocked({ response: Response.error(), requestId: 'r1' });

    expect(timeline.get().map((entry) => [entry.path, entry.outcome.kind])).toEqual([
      ['/v1/customers', 'status'],
      ['/v1/auth', 'no-response'],
      ['/v1/order/o-1/credit.submit', 'pending'],
    ]);
    expectNothingPersonal();
  });

  it('from a wrapped fetch (mock:server): the call passes through, and nothing personal is kept', async () => {
    const target = {
      fetch: vi.fn<typeof fetch>(async (input) =>
        (input instanceof Request ? input.url : input.toString()).includes('credit.submit')
          ? Promise.reject(new TypeError('Failed to fetch'))
          : new Response('{}', { status: 200 }),
      ),
    };
    recordFetches(target);
    const [customers, auth, credit] = personalCalls;
    if (!customers || !auth || !credit) throw new Error('fixture');
    expect((await target.fetch(customers.url, customers.init)).status).toBe(200);
    await target.fetch(auth.url, auth.init);
    await expect(target.fetch(credit.url, credit.init)).rejects.toThrow('Failed to fetch');
    await target.fetch('http://localhost/__mock/requests');

    expect(
      timeline.get().map((entry) => `${entry.method} ${entry.path} ${entry.outcome.kind}`),
    ).toEqual([
      'GET /v1/customers status',
      'POST /v1/auth status',
      'POST /v1/order/o-1/credit.submit no-response',
    ]);
    expectNothingPersonal();
  });
});
