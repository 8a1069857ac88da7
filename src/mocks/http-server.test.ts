// @vitest-environment node
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { http, passthrough } from 'msw';
import { ApiErrorBody, Session } from '@/api/contract/schemas';
import {
  corsOriginsFromEnv,
  createMockHttpServer,
  DEFAULT_CORS_ORIGINS,
  MAX_BODY_BYTES,
} from './http-server';
import { server as msw } from './node';
import { createMockRuntime } from './runtime';

let httpServer: Server;
let base: string;
let port: number;
const logLines: string[] = [];

beforeAll(async () => {
  httpServer = createMockHttpServer({
    runtime: createMockRuntime(),
    log: (line) => logLines.push(line),
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  port = (httpServer.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => new Promise<void>((resolve) => httpServer.close(() => resolve())));

// These requests must reach the real server, not the in-process MSW of the test setup.
beforeEach(() => msw.use(http.all('*', () => passthrough())));

async function send(path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

/** Raw bytes on a socket: what no fetch client would send. */
function rawRequest(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('mock HTTP server', () => {
  it('serves the /v1 API and signs in over real HTTP', async () => {
    const json = { 'Content-Type': 'application/json' };
    const otp = await send('/v1/auth/generateotp', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ identifier: '+1 201 555 0101', channel: 'sms' }),
    });
    expect(otp.status).toBe(202);
    const auth = await send('/v1/auth', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ method: 'otp', identifier: '2015550101', code: '123456' }),
    });
    const { token } = Session.parse(JSON.parse(auth.text));
    const customers = await send('/v1/customers?phone=2015550101', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(customers.status).toBe(200);
    expect(logLines.join('\n')).not.toContain(token);
    expect(logLines.join('\n')).not.toContain('123456');
    expect(logLines.join('\n')).not.toContain('2015550101');
    expect(logLines).toContain(
      logLines.find((line) => /^GET \/v1\/customers 200 \d+ms$/.test(line)),
    );
  });

  it('answers a preflight from an allowed origin', async () => {
    const { status, headers } = await send('/v1/order/submit', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(status).toBe(204);
    expect(headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type, Idempotency-Key, Accept-Language',
    );
    expect(headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(headers.get('vary')).toBe('Origin');
  });

  it('does not allow other origins', async () => {
    const { headers } = await send('/v1/auth-methods', {
      headers: { Origin: 'https://evil.example' },
    });
    expect(headers.get('access-control-allow-origin')).toBeNull();
    expect(headers.get('vary')).toBe('Origin');
  });

  it('reflects an allowed origin on ordinary responses and errors', async () => {
    const origin = 'http://localhost:4173';
    expect(
      (await send('/v1/auth-methods', { headers: { Origin: origin } })).headers.get(
        'access-control-allow-origin',
      ),
    ).toBe(origin);
    const unauthenticated = await send('/v1/offers', { headers: { Origin: origin } });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('refuses malformed JSON in the error shape', async () => {
    const { status, text } = await send('/v1/auth', { method: 'POST', body: '{"method": "otp",' });
    expect(status).toBe(400);
    expect(ApiErrorBody.parse(JSON.parse(text)).code).toBe('MALFORMED_REQUEST');
  });

  it('refuses a body over 64 kB with 413', async () => {
    const body = JSON.stringify({ identifier: 'x'.repeat(MAX_BODY_BYTES), channel: 'sms' });
    const { status, text } = await send('/v1/auth/generateotp', { method: 'POST', body });
    expect(status).toBe(413);
    expect(ApiErrorBody.parse(JSON.parse(text)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const { status, text } = await send('/v2/whatever');
    expect(status).toBe(404);
    expect(ApiErrorBody.parse(JSON.parse(text)).code).toBe('NOT_FOUND');
    expect((await send('/v1/auth-methods', { method: 'DELETE' })).status).toBe(404);
  });

  it('survives garbage and keeps serving', async () => {
    const answer = await rawRequest('\x00\x01garbage \r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    const binary = await send('/v1/auth', {
      method: 'POST',
      body: new Uint8Array([0xff, 0xfe, 0x00, 0x7b]),
    });
    expect(binary.status).toBe(400);
    const array = await send('/v1/auth', { method: 'POST', body: '[1,2,3]' });
    expect(ApiErrorBody.parse(JSON.parse(array.text)).code).toBe('VALIDATION_FAILED');
    expect((await send('/v1/auth-methods')).status).toBe(200);
  });

  it('refuses a request target that is not a URL', async () => {
    expect(
      await rawRequest('GET //x:99999/ HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'),
    ).toMatch(/^HTTP\/1\.1 400[\s\S]*MALFORMED_REQUEST/);
  });

  it('answers 500 in the error shape when the mock itself fails', async () => {
    const runtime = createMockRuntime();
    runtime.backend.respond = () => {
      throw new Error('bug');
    };
    const broken = createMockHttpServer({ runtime, log: () => undefined });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const response = await fetch(
      `http://127.0.0.1:${(broken.address() as AddressInfo).port}/v1/auth-methods`,
    );
    await new Promise<void>((resolve) => broken.close(() => resolve()));
    expect(response.status).toBe(500);
    expect(ApiErrorBody.parse(await response.json()).code).toBe('INTERNAL');
    // The mock reports its own bug; this test expects exactly that report.
    const consoleError = vi.spyOn(console, 'error');
    expect(consoleError).toHaveBeenCalledTimes(1);
    consoleError.mockClear();
  });

  it('offers the /__mock routes too', async () => {
    const seeded = await send('/__mock/seed', {
      method: 'POST',
      body: JSON.stringify({ phone: '2015550102', step: 'review' }),
    });
    expect(seeded.status).toBe(201);
    const { orders } = JSON.parse((await send('/__mock/orders')).text) as { orders: unknown[] };
    expect(orders).toHaveLength(1);
  });
});

describe('corsOriginsFromEnv', () => {
  it('splits a comma list and defaults to the Vite dev and preview origins', () => {
    expect(corsOriginsFromEnv(' https://a.example , https://b.example,')).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(corsOriginsFromEnv(undefined)).toEqual(DEFAULT_CORS_ORIGINS);
    expect(corsOriginsFromEnv('')).toEqual(DEFAULT_CORS_ORIGINS);
  });
});
