/**
 * The HTTP headers production sends for each path: the one source of the cache policy and the
 * security headers. `npm run preview` (serve-dist.ts) sends them from here, and the build writes
 * them as nginx `add_header` lines (nginxHeaderFiles, included by deploy/nginx.conf).
 */
import { loadEnv } from 'vite';
import { SHELL_SCRIPT_HASH } from './shell-script.js';

export type HeaderMap = Record<string, string>;

/** Vite's content-hashed output: its name changes whenever its bytes do. */
const HASHED_ASSET = /^\/assets\//;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_STORE = 'no-store';

/**
 * The Content Security Policy. Everything is denied by default and each kind of resource is
 * allowed from the app's own origin only: no inline style, no eval (zod runs jitless,
 * src/config/zod.ts), and no inline script but the page shell's, by its hash
 * (scripts/shell-script.ts). React's `style={}` props set CSSOM properties, which style-src does not
 * govern, so styles need no 'unsafe-inline' either. The API origin, when the API lives on
 * another origin, is the one addition, for fetch only. worker-src lets the demo build register
 * MSW's service worker (mockServiceWorker.js, same origin).
 */
export function contentSecurityPolicy(apiOrigin?: string, analyticsOrigin?: string): string {
  const otherOrigins = [...new Set([apiOrigin, analyticsOrigin])].filter(
    (origin): origin is string => origin !== undefined,
  );
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'", SHELL_SCRIPT_HASH],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...otherOrigins],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    // DOM XSS sinks (innerHTML, script URLs, ...) refuse plain strings. The app writes none; the
    // demo build's mock registers its service worker through a `default` policy that lets that
    // one script URL through (src/mocks/trusted-types.ts).
    'require-trusted-types-for': ["'script'"],
    'trusted-types': ['default'],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Powerful features the checkout never uses are off for the page and anything it could embed;
 * passkeys (WebAuthn get and create) stay allowed for the app's own origin.
 */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-create=(self)',
  'publickey-credentials-get=(self)',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
].join(', ');

/** Headers every response carries, whatever its path. */
function securityHeaders(apiOrigin?: string, analyticsOrigin?: string): HeaderMap {
  return {
    'Content-Security-Policy': contentSecurityPolicy(apiOrigin, analyticsOrigin),
    // Step URLs carry order ids, and nothing the app links to or calls needs to know where the
    // customer came from; the API authenticates with a bearer token, not with Origin or Referer.
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // A window this page opens, or that opened it, gets no handle on it (kiosk, shared screens).
    'Cross-Origin-Opener-Policy': 'same-origin',
    // HTTPS only, for two years, once the site has been reached over HTTPS (browsers ignore it
    // on plain HTTP, as `npm run preview` serves).
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  };
}

export interface HeaderContext {
  /** Origin of VITE_API_BASE_URL when the API is not on the app's origin (apiOriginOf). */
  apiOrigin?: string;
  /** Origin of VITE_ANALYTICS_URL when the funnel's collector is on another origin. */
  analyticsOrigin?: string;
  /** The response's status: an error is never cached, whatever its path. */
  status?: number;
}

/**
 * Headers for a response to `pathname`: hashed assets are cached for a year, everything else
 * (index.html, the SPA fallback, mockServiceWorker.js, any error) is never stored.
 */
export function productionHeaders(
  pathname: string,
  { apiOrigin, analyticsOrigin, status = 200 }: HeaderContext = {},
): HeaderMap {
  const cacheable = status < 400 && HASHED_ASSET.test(pathname);
  return {
    'Cache-Control': cacheable ? IMMUTABLE : NO_STORE,
    ...securityHeaders(apiOrigin, analyticsOrigin),
  };
}

/** The origin of an API base URL, or undefined when the API is on the app's own origin. */
export function apiOriginOf(apiBaseUrl: string | undefined): string | undefined {
  if (!apiBaseUrl) return undefined;
  if (!URL.canParse(apiBaseUrl)) {
    throw new Error(`VITE_API_BASE_URL must be an absolute http(s) URL, got "${apiBaseUrl}"`);
  }
  return new URL(apiBaseUrl).origin;
}

/** The API origin a build in `mode` uses: the env files and variables Vite reads for that mode. */
export function apiOriginForMode(mode: string, root = process.cwd()): string | undefined {
  return apiOriginOf(loadEnv(mode, root, 'VITE_').VITE_API_BASE_URL);
}

/** The origin of the funnel's collector URL, or undefined when it is unset or a path here. */
export function analyticsOriginOf(analyticsUrl: string | undefined): string | undefined {
  return analyticsUrl && URL.canParse(analyticsUrl) ? new URL(analyticsUrl).origin : undefined;
}

/** The collector's origin a build in `mode` sends the funnel to (see analyticsOriginOf). */
export function analyticsOriginForMode(mode: string, root = process.cwd()): string | undefined {
  return analyticsOriginOf(loadEnv(mode, root, 'VITE_').VITE_ANALYTICS_URL);
}

/** Where the build writes the nginx snippets, inside the build output (a dot folder: not served). */
export const NGINX_HEADERS_DIR = '.nginx';
const SAMPLE_PATH = { document: '/index.html', asset: '/assets/index.js' } as const;

function nginxValue(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`cannot write this header value for nginx: ${value}`);
  return `"${value}"`;
}

/**
 * The nginx snippets deploy/nginx.conf includes, keyed by file name under the build output:
 * one `add_header` per header, `always` so that error responses carry them too.
 */
export function nginxHeaderFiles(
  origins: Pick<HeaderContext, 'apiOrigin' | 'analyticsOrigin'>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SAMPLE_PATH).map(([kind, path]) => {
      const lines = Object.entries(productionHeaders(path, origins)).map(
        ([name, value]) => `add_header ${name} ${nginxValue(value)} always;`,
      );
      const header = `# Generated by the build from scripts/production-headers.ts (${kind} responses). Do not edit.`;
      return [`${NGINX_HEADERS_DIR}/${kind}-headers.conf`, [header, ...lines, ''].join('\n')];
    }),
  );
}
