// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  analyticsOriginOf,
  apiOriginForMode,
  apiOriginOf,
  contentSecurityPolicy,
  IMMUTABLE,
  nginxHeaderFiles,
  NO_STORE,
  productionHeaders,
} from './production-headers';
import { SHELL_SCRIPT_HASH } from './shell-script';

/** The CSP as directive name -> its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('productionHeaders', () => {
  it('makes hashed assets immutable for a year', () => {
    expect(productionHeaders('/assets/index-B4x1.js')['Cache-Control']).toBe(IMMUTABLE);
  });

  it.each(['/index.html', '/', '/sign-in', '/orders/o1/review', '/mockServiceWorker.js'])(
    'never caches %s',
    (path) => {
      expect(productionHeaders(path)['Cache-Control']).toBe(NO_STORE);
    },
  );

  it('never caches an error, even under /assets/', () => {
    expect(productionHeaders('/assets/gone.js', { status: 404 })['Cache-Control']).toBe(NO_STORE);
  });

  it('sends the same security headers for every path', () => {
    const { 'Cache-Control': _document, ...documentHeaders } = productionHeaders('/');
    const { 'Cache-Control': _asset, ...assetHeaders } = productionHeaders('/assets/a.js');
    expect(assetHeaders).toEqual(documentHeaders);
    expect(documentHeaders).toMatchObject({
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    });
  });

  it('denies powerful features but allows passkeys for the app itself', () => {
    const policy = productionHeaders('/')['Permissions-Policy']?.split(', ') ?? [];
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(policy).toContain(`${feature}=()`);
    }
    expect(policy).toContain('publickey-credentials-get=(self)');
    expect(policy).toContain('publickey-credentials-create=(self)');
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts and styles from the app only: nothing inline but the page shell, no eval', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", SHELL_SCRIPT_HASH]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-|\*/);
  });

  it('requires Trusted Types for script sinks, allowing only the default policy', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(policy.get('trusted-types')).toEqual(['default']);
  });

  it('locks framing, plugins, <base> and form targets', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('lets fetch reach the app and the API origin, nothing else', () => {
    expect(directives(contentSecurityPolicy()).get('connect-src')).toEqual(["'self'"]);
    expect(directives(contentSecurityPolicy('https://api.example.com')).get('connect-src')).toEqual(
      ["'self'", 'https://api.example.com'],
    );
  });

  it('adds the funnel collector’s origin only when VITE_ANALYTICS_URL names another origin', () => {
    const connect = (analyticsUrl: string | undefined) =>
      directives(
        contentSecurityPolicy('https://api.example.com', analyticsOriginOf(analyticsUrl)),
      ).get('connect-src');
    expect(connect(undefined)).toEqual(["'self'", 'https://api.example.com']);
    expect(connect('/collect')).toEqual(["'self'", 'https://api.example.com']);
    expect(connect('https://collect.example.com/v1/events')).toEqual([
      "'self'",
      'https://api.example.com',
      'https://collect.example.com',
    ]);
    // One origin for both is listed once.
    expect(connect('https://api.example.com/events')).toEqual([
      "'self'",
      'https://api.example.com',
    ]);
  });
});

describe('apiOriginOf', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['https://api.example.com/v2/', 'https://api.example.com'],
    ['http://localhost:8797', 'http://localhost:8797'],
  ])('%s -> %s', (baseUrl, origin) => {
    expect(apiOriginOf(baseUrl)).toBe(origin);
  });

  it('refuses a relative URL', () => {
    expect(() => apiOriginOf('/api')).toThrow(/VITE_API_BASE_URL/);
  });
});

describe('apiOriginForMode', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'headers-env-'));
    writeFileSync(join(root, '.env'), 'VITE_API_BASE_URL=\n');
    writeFileSync(join(root, '.env.staging'), 'VITE_API_BASE_URL=https://api.staging.example/v1\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  afterEach(() => vi.unstubAllEnvs());

  it("reads the mode's env files, as vite build does", () => {
    vi.stubEnv('VITE_API_BASE_URL', undefined);
    expect(apiOriginForMode('staging', root)).toBe('https://api.staging.example');
    expect(apiOriginForMode('production', root)).toBeUndefined();
  });

  it('lets a variable in the environment win over the files, as vite build does', () => {
    vi.stubEnv('VITE_API_BASE_URL', 'http://localhost:8797');
    expect(apiOriginForMode('staging', root)).toBe('http://localhost:8797');
  });
});

describe('nginxHeaderFiles', () => {
  const files = nginxHeaderFiles({ apiOrigin: 'https://api.example.com' });

  /** The add_header lines of one snippet as name -> value. */
  function parse(conf: string | undefined): Record<string, string> {
    const lines = (conf ?? '').split('\n').filter((line) => line.startsWith('add_header'));
    return Object.fromEntries(
      lines.map((line): [string, string] => {
        const [, name, value] = /^add_header (\S+) "([^"]*)" always;$/.exec(line) ?? [];
        if (name === undefined || value === undefined) throw new Error(`unexpected: ${line}`);
        return [name, value];
      }),
    );
  }

  it('writes every production header once, for documents and for hashed assets', () => {
    const apiOrigin = 'https://api.example.com';
    expect(Object.keys(files)).toEqual([
      '.nginx/document-headers.conf',
      '.nginx/asset-headers.conf',
    ]);
    expect(parse(files['.nginx/document-headers.conf'])).toEqual(
      productionHeaders('/', { apiOrigin }),
    );
    expect(parse(files['.nginx/asset-headers.conf'])).toEqual(
      productionHeaders('/assets/x.js', { apiOrigin }),
    );
  });

  it('refuses a value nginx would read differently', () => {
    expect(() => nginxHeaderFiles({ apiOrigin: 'https://api.example.com/"$x' })).toThrow(/nginx/);
  });
});
