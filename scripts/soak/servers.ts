/**
 * What the soak runs against, as `npm run test:e2e` and `npm run bench` do: the production build
 * (mocking off) whose API is `npm run mock:server` on another origin, served with the production
 * headers by scripts/serve-dist.ts.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { createDistServer } from '../serve-dist';
import type { HeapAnswer } from './heap-probe';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'node_modules/.cache/soak-dist');

export interface Origins {
  app: string;
  api: string;
}

export function originsFor(appPort: number): Origins {
  return { app: `http://localhost:${appPort}`, api: `http://localhost:${appPort + 1}` };
}

const portOf = (origin: string) => new URL(origin).port;

/** Builds the app for production, calling the API at `apiOrigin`, into its own folder. */
export function buildApp({ api }: Origins): void {
  const args = ['vite', 'build', '--mode', 'production', '--outDir', DIST, '--emptyOutDir'];
  execFileSync('npx', [...args, '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, VITE_API_BASE_URL: api },
    stdio: 'inherit',
  });
}

export async function serveApp({ app, api }: Origins): Promise<Server> {
  const server = createDistServer(DIST, { apiOrigin: api });
  await new Promise<void>((done) => server.listen(Number(portOf(app)), done));
  return server;
}

export interface MockServer {
  /** The server's heap in use after a full garbage collection, in bytes. */
  heapUsed: () => Promise<number>;
  stop: () => void;
}

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the mock server exited (${child.exitCode})`);
    if (await answers(url)) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not answer within 30 s`);
}

/**
 * `npm run mock:server` (src/mocks/server.ts under tsx), with the garbage collector exposed and
 * heap-probe.ts loaded, which answers the soak's questions over the IPC channel.
 */
export async function startMockServer({ app, api }: Origins): Promise<MockServer> {
  const child = fork(join(ROOT, 'src/mocks/server.ts'), [], {
    cwd: ROOT,
    execArgv: [
      '--expose-gc',
      '--import',
      'tsx',
      '--import',
      join(import.meta.dirname, 'heap-probe.ts'),
    ],
    env: { ...process.env, PORT: portOf(api), CORS_ORIGINS: app },
    // Its access log, a line per request, is not the soak's to print.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await waitUntilAnswering(`${api}/v1/auth-methods`, child);
  return {
    heapUsed: () =>
      new Promise((answer) => {
        child.once('message', (message) => answer((message as HeapAnswer).heapUsedBytes));
        child.send('heap');
      }),
    stop: () => child.kill(),
  };
}
