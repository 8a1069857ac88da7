// @vitest-environment node
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { http, passthrough } from 'msw';
import { createMockHttpServer } from './http-server';
import { server as msw } from './node';
import { createMockRuntime } from './runtime';

let httpServer: Server;
let base: string;

beforeAll(async () => {
  httpServer = createMockHttpServer({
    runtime: createMockRuntime(),
    scenarios: ['flaky-network'],
    log: () => undefined,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => httpServer.close(() => resolve())));

// These requests must reach the real server, not the in-process MSW of the test setup.
beforeEach(() => msw.use(http.all('*', () => passthrough())));

/** The status of a call, or 0 when the server dropped the connection. */
async function statusOf(path: string): Promise<number> {
  try {
    return (await fetch(`${base}${path}`)).status;
  } catch {
    return 0;
  }
}

describe('scenarios on npm run mock:server', () => {
  it('starts with the configured scenario and says so at /__mock/scenario', async () => {
    const response = await fetch(`${base}/__mock/scenario`);
    expect(await response.json()).toMatchObject({ names: ['flaky-network'] });
  });

  it('under flaky-network drops connections or answers 503, never twice in a row', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      statuses.push(await statusOf('/v1/auth-methods'));
    }
    expect(statuses).toContain(200);
    expect(statuses.some((status) => status === 0 || status === 503)).toBe(true);
    statuses.forEach((status, index) => {
      if (index > 0 && statuses[index - 1] !== 200) expect(status).toBe(200);
    });
  });

  it('switches scenarios over HTTP', async () => {
    const response = await fetch(`${base}/__mock/scenario`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ names: [] }),
    });
    expect(await response.json()).toMatchObject({ names: [] });
    for (let attempt = 0; attempt < 6; attempt += 1) {
      expect(await statusOf('/v1/auth-methods')).toBe(200);
    }
  });
});
