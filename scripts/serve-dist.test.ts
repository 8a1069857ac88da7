// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import { IMMUTABLE, NO_STORE, productionHeaders } from './production-headers';
import { chooseEncoding, createDistServer } from './serve-dist';

const API_ORIGIN = 'https://api.example.com';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    [undefined, 'identity'],
  ] as const)('%s -> %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('createDistServer', () => {
  const script = `export const answer = ${JSON.stringify('x'.repeat(2000))};`;
  let dir: string;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'assets', 'main-abc123.js'), script);
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
    server = createDistServer(dir, { apiOrigin: API_ORIGIN });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  // fetch() would decode the body itself; node:http's raw bytes show what went over the wire.
  async function raw(path: string, acceptEncoding: string, method = 'GET') {
    const { request } = await import('node:http');
    return new Promise<{
      headers: Record<string, string | string[] | undefined>;
      body: Buffer;
      status: number;
    }>((done, fail) => {
      const headers = { 'Accept-Encoding': acceptEncoding };
      request(`${origin}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({ headers: res.headers, body: Buffer.concat(chunks), status: res.statusCode ?? 0 }),
        );
      })
        .on('error', fail)
        .end();
    });
  }

  it('serves a hashed script with brotli, immutable', async () => {
    const res = await raw('/assets/main-abc123.js', 'gzip, br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('serves gzip to a client without brotli', async () => {
    const res = await raw('/assets/main-abc123.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(script);
  });

  it('falls back to index.html, never cached, for a client-side route', async () => {
    const res = await raw('/orders/o1/review', 'identity');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe(NO_STORE);
    expect(res.body.toString()).toContain('<title>app</title>');
  });

  it('answers 404 for a missing asset instead of the page', async () => {
    expect((await raw('/assets/gone-123.js', 'gzip')).status).toBe(404);
  });

  /** The production headers as node:http reports them (lower-case names). */
  const expectedHeaders = (path: string, status = 200) =>
    Object.fromEntries(
      Object.entries(productionHeaders(path, { apiOrigin: API_ORIGIN, status })).map(
        ([name, value]) => [name.toLowerCase(), value],
      ),
    );

  it.each([
    ['/', 200],
    ['/orders/o1/credit', 200],
    ['/assets/main-abc123.js', 200],
    ['/assets/gone-123.js', 404],
    ['/.vite/manifest.json', 404],
    ['/%E0%A4%A', 400],
  ] as const)('answers %s with every production header', async (path, status) => {
    const res = await raw(path, 'gzip');
    expect(res.status).toBe(status);
    expect(res.headers).toMatchObject(expectedHeaders(path, status));
    expect(res.headers['content-security-policy']).toContain(`connect-src 'self' ${API_ORIGIN}`);
  });

  it('refuses other methods, with the production headers', async () => {
    const res = await raw('/', 'identity', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.headers).toMatchObject(expectedHeaders('/', 405));
  });

  it('does not serve files outside dist', async () => {
    const res = await raw('/../package.json', 'identity');
    expect(res.body.toString()).toContain('<title>app</title>');
  });
});
