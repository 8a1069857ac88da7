// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headerMismatches, localServerConf } from './check-nginx';

describe('localServerConf', () => {
  const deployConf = readFileSync(resolve(import.meta.dirname, '../deploy/nginx.conf'), 'utf8');
  const local = localServerConf(deployConf, '/tmp/build', 8123);

  it('points deploy/nginx.conf at the build and one local port, nothing else changed', () => {
    expect(local).not.toContain('/srv/checkout/dist');
    expect(local).toContain('root /tmp/build;');
    expect(local).toContain('include /tmp/build/.nginx/document-headers.conf;');
    expect(local.match(/^\s*listen .*$/gm)).toEqual(['    listen 127.0.0.1:8123;']);
    const withoutListen = (conf: string) => conf.replace(/^\s*listen .*\n/gm, '');
    expect(withoutListen(local)).toBe(
      withoutListen(deployConf).replaceAll('/srv/checkout/dist', '/tmp/build'),
    );
  });

  it('fails loudly when the deployed path is gone', () => {
    expect(() => localServerConf('server { listen 80; }', '/tmp/build', 8123)).toThrow(
      /no longer has/,
    );
  });
});

describe('headerMismatches', () => {
  const expected = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

  it('accepts each header sent once with its value, whatever else is sent', () => {
    const sent = new Map([
      ['cache-control', ['no-store']],
      ['x-content-type-options', ['nosniff']],
      ['etag', ['"1"']],
    ]);
    expect(headerMismatches(expected, sent)).toEqual([]);
  });

  it('reports a missing, different or repeated header', () => {
    const sent = new Map([['cache-control', ['no-store', 'max-age=60']]]);
    expect(headerMismatches(expected, sent)).toEqual([
      'Cache-Control: expected "no-store", got ["no-store","max-age=60"]',
      'X-Content-Type-Options: expected "nosniff", got []',
    ]);
  });
});
