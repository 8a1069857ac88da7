/**
 * Runs Debian's nginx with deploy/nginx.conf on the real build and checks that every kind of
 * response (the document, a client-side route, hashed assets, unhashed files, the 404s) carries
 * exactly the headers productionHeaders() gives, once each, and that text is gzipped.
 *
 *   npm run build && npm run check:nginx            (a build made with --mode X: -- --mode X)
 *
 * nginx runs in the foreground on a free port with its own prefix, pid and logs in a temporary
 * folder (no system service). Without nginx the check is skipped, except under CI.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import {
  analyticsOriginForMode,
  apiOriginForMode,
  productionHeaders,
  type HeaderMap,
} from './production-headers';

const ROOT = resolve(import.meta.dirname, '..');
const DEPLOY_CONF = join(ROOT, 'deploy/nginx.conf');
/** Where deploy/nginx.conf expects the build; the check points it at the real one. */
const DEPLOYED_DIST = '/srv/checkout/dist';
const MIME_TYPES = '/etc/nginx/mime.types';

/** The nginx binary on PATH or in /usr/sbin (not on a non-root PATH), or null. */
function findNginx(): string | null {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    if (!spawnSync(candidate, ['-v']).error) return candidate;
  }
  return null;
}

/** deploy/nginx.conf with the build's real folder, and one local port in place of its listen lines. */
export function localServerConf(deployConf: string, distDir: string, port: number): string {
  if (!deployConf.includes(DEPLOYED_DIST) || !/^\s*listen\s/m.test(deployConf)) {
    throw new Error(`deploy/nginx.conf no longer has "root ${DEPLOYED_DIST}" and a listen line`);
  }
  let listening = false;
  return deployConf
    .replaceAll(DEPLOYED_DIST, distDir)
    .replace(/^(\s*)listen\s[^\n]*\n/gm, (_line, indent: string) => {
      if (listening) return '';
      listening = true;
      return `${indent}listen 127.0.0.1:${port};\n`;
    });
}

/** The main configuration around the server block: everything under `prefix`, in the foreground. */
function mainConf(prefix: string, serverConf: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${join(prefix, kind)};`)
    .join('\n');
  // Started as root, nginx runs its workers as `nobody`, who cannot read a build inside a
  // private folder (a clone in /root or `mktemp -d`); here they stay root, as the caller is.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 64; }
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  access_log off;
${temp}
  include ${serverConf};
}
`;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

interface RawResponse {
  status: number;
  /** Header names (lower case) with every value they were sent with, duplicates kept. */
  headers: Map<string, string[]>;
  /** Decoded when it came gzipped. */
  body: Buffer;
}

function get(url: string, acceptEncoding = 'identity'): Promise<RawResponse> {
  return new Promise((done, fail) => {
    request(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers = new Map<string, string[]>();
        for (let index = 0; index + 1 < res.rawHeaders.length; index += 2) {
          const name = (res.rawHeaders[index] ?? '').toLowerCase();
          headers.set(name, [...(headers.get(name) ?? []), res.rawHeaders[index + 1] ?? '']);
        }
        const raw = Buffer.concat(chunks);
        const gzipped = headers.get('content-encoding')?.[0] === 'gzip';
        done({ status: res.statusCode ?? 0, headers, body: gzipped ? gunzipSync(raw) : raw });
      });
    })
      .on('error', fail)
      .end();
  });
}

/** Every way `headers` differs from `expected`: a value missing, different, or sent twice. */
export function headerMismatches(expected: HeaderMap, headers: Map<string, string[]>): string[] {
  return Object.entries(expected).flatMap(([name, value]) => {
    const sent = headers.get(name.toLowerCase()) ?? [];
    if (sent.length === 1 && sent[0] === value) return [];
    return [`${name}: expected "${value}", got ${JSON.stringify(sent)}`];
  });
}

async function waitForNginx(url: string, nginx: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}):\n${log()}`);
    try {
      await get(url);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`nginx did not answer within 10 s:\n${log()}`);
}

interface Probe {
  path: string;
  status: number;
  /** A part of the body that proves the right file came back. */
  bodyHas?: string;
  gzipped?: boolean;
}

function probesFor(distDir: string): Probe[] {
  const assets = readdirSync(join(distDir, 'assets'));
  const firstWith = (ext: string) => {
    const name = assets.find((file) => file.endsWith(ext));
    if (!name) throw new Error(`no ${ext} file in ${distDir}/assets`);
    return `/assets/${name}`;
  };
  const indexHtml = readFileSync(join(distDir, 'index.html'), 'utf8');
  const title = /<title>[^<]*<\/title>/.exec(indexHtml)?.[0] ?? '<title>';
  const probes: Probe[] = [
    { path: '/', status: 200, bodyHas: title },
    { path: '/index.html', status: 200, bodyHas: title },
    { path: '/orders/o1/credit', status: 200, bodyHas: title },
    { path: firstWith('.js'), status: 200, gzipped: true },
    { path: firstWith('.css'), status: 200, gzipped: true },
    { path: '/favicon.svg', status: 200, bodyHas: '<svg' },
    { path: '/assets/missing-0000.js', status: 404 },
    { path: '/.vite/manifest.json', status: 404 },
    { path: '/.nginx/document-headers.conf', status: 404 },
  ];
  // Only the demo build ships MSW's worker; it must get the same headers as any unhashed file.
  if (existsSync(join(distDir, 'mockServiceWorker.js'))) {
    probes.push({ path: '/mockServiceWorker.js', status: 200, bodyHas: 'INTEGRITY_CHECKSUM' });
  }
  return probes;
}

async function check(nginxBinary: string, distDir: string, mode: string): Promise<string[]> {
  const origins = {
    apiOrigin: apiOriginForMode(mode, ROOT),
    analyticsOrigin: analyticsOriginForMode(mode, ROOT),
  };
  const prefix = mkdtempSync(join(tmpdir(), 'check-nginx-'));
  const port = await freePort();
  const serverConf = join(prefix, 'checkout.conf');
  writeFileSync(serverConf, localServerConf(readFileSync(DEPLOY_CONF, 'utf8'), distDir, port));
  writeFileSync(join(prefix, 'nginx.conf'), mainConf(prefix, serverConf));

  let log = '';
  const nginx = spawn(nginxBinary, [
    '-p',
    prefix,
    '-c',
    join(prefix, 'nginx.conf'),
    '-e',
    'stderr',
  ]);
  nginx.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForNginx(`${origin}/`, nginx, () => log);
    const problems: string[] = [];
    for (const probe of probesFor(distDir)) {
      const response = await get(`${origin}${probe.path}`, 'gzip');
      const expected = productionHeaders(probe.path, { ...origins, status: probe.status });
      const found = [
        ...(response.status === probe.status
          ? []
          : [`status: expected ${probe.status}, got ${response.status}`]),
        ...headerMismatches(expected, response.headers),
        ...(probe.gzipped && response.headers.get('content-encoding')?.[0] !== 'gzip'
          ? ['not gzipped']
          : []),
        ...(probe.bodyHas && !response.body.toString().includes(probe.bodyHas)
          ? [`body lacks ${probe.bodyHas}`]
          : []),
      ];
      console.log(`check:nginx: ${found.length ? 'FAIL' : 'ok  '} ${probe.status} ${probe.path}`);
      problems.push(...found.map((problem) => `${probe.path}: ${problem}`));
    }
    return problems;
  } finally {
    nginx.kill('SIGTERM');
    if (nginx.exitCode === null) await new Promise((done) => nginx.once('exit', done));
    rmSync(prefix, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { mode: { type: 'string', default: 'production' } },
    allowPositionals: true,
  });
  const nginxBinary = findNginx();
  if (!nginxBinary) {
    if (process.env.CI) {
      console.error('check:nginx: FAILED: nginx is not installed (.ci/run installs it).');
      return 1;
    }
    console.log('nginx not installed: check skipped');
    return 0;
  }
  const distDir = resolve(positionals[0] ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`check:nginx: ${distDir}/index.html not found. Run "npm run build" first.`);
    return 1;
  }
  const problems = await check(nginxBinary, distDir, values.mode);
  if (problems.length > 0) {
    console.error('\ncheck:nginx: FAILED:');
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  console.log(`check:nginx: OK: deploy/nginx.conf sends the production headers (${values.mode}).`);
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly) {
  process.exitCode = await main();
}
