/**
 * Serves the production build (`dist/`) the way a real host would: gzip or brotli for text
 * assets, the SPA fallback to index.html, and the cache policy and security headers of
 * production-headers.ts (the same ones deploy/nginx.conf sends).
 *
 *   npm run build && npm run preview                       (PORT, default 4173)
 *   npx tsx scripts/serve-dist.ts <dir> --mode demo        (a build made with --mode demo)
 *
 * The mode picks the env files that give the API origin for the CSP, as `vite build` does.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import {
  analyticsOriginForMode,
  apiOriginForMode,
  productionHeaders,
  type HeaderContext,
} from './production-headers';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
]);

type Encoding = 'br' | 'gzip' | 'identity';

/** Picks brotli, then gzip, from the client's Accept-Encoding (q=0 excludes one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => q?.trim() !== 'q=0')
      .map(([name]) => name?.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

function compress(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'br') {
    return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  }
  if (encoding === 'gzip') return gzipSync(body, { level: 9 });
  return body;
}

/** Dot files and folders (the build's .vite/ manifest and .nginx/ snippets) are not served. */
const isHidden = (pathname: string) => pathname.split('/').some((part) => part.startsWith('.'));

/** Resolves a URL path inside `root`, or null when it is outside or not a file. */
function fileFor(root: string, pathname: string): string | null {
  const path = normalize(join(root, pathname));
  if (path !== root && !path.startsWith(root + sep)) return null;
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

/** The origins the build calls, for the CSP's connect-src (apiOriginForMode, analyticsOriginForMode). */
export type DistServerOptions = Pick<HeaderContext, 'apiOrigin' | 'analyticsOrigin'>;

export function createDistServer(distDir: string, origins: DistServerOptions = {}): Server {
  const root = resolve(distDir);
  // Compressed bodies are computed once per file and encoding: the build never changes under us.
  const cache = new Map<string, Buffer>();

  return createServer((req, res) => {
    const { pathname: rawPath } = new URL(req.url ?? '/', 'http://localhost');
    const fail = (status: number, extra: Record<string, string> = {}) =>
      res
        .writeHead(status, { ...productionHeaders(rawPath, { ...origins, status }), ...extra })
        .end();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      fail(405, { Allow: 'GET, HEAD' });
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      fail(400);
      return;
    }
    const hidden = isHidden(pathname);
    const file = hidden ? null : fileFor(root, pathname);
    // A missing hashed asset or a hidden file is a real 404; any other path is a client-side route.
    if (!file && (hidden || pathname.startsWith('/assets/'))) {
      fail(404);
      return;
    }
    const served = file ?? join(root, 'index.html');
    const servedPath = file ? pathname : '/index.html';
    const ext = extname(served);
    const encoding = COMPRESSIBLE.has(ext)
      ? chooseEncoding(req.headers['accept-encoding'])
      : 'identity';
    const key = `${served}:${encoding}`;
    let body = cache.get(key);
    if (!body) {
      body = compress(readFileSync(served), encoding);
      cache.set(key, body);
    }
    const headers: Record<string, string> = {
      ...productionHeaders(servedPath, origins),
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': String(body.length),
    };
    if (COMPRESSIBLE.has(ext)) headers.Vary = 'Accept-Encoding';
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly) {
  const { values, positionals } = parseArgs({
    options: { mode: { type: 'string', default: 'production' } },
    allowPositionals: true,
  });
  const distDir = resolve(positionals[0] ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`serve-dist: ${distDir}/index.html not found. Run "npm run build" first.`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4173);
  const apiOrigin = apiOriginForMode(values.mode);
  const analyticsOrigin = analyticsOriginForMode(values.mode);
  createDistServer(distDir, { apiOrigin, analyticsOrigin }).listen(port, () => {
    console.log(
      `Serving ${distDir} on http://localhost:${port} (API: ${apiOrigin ?? 'same origin'})`,
    );
  });
}
