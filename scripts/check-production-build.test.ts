import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkProductionBuild } from './check-production-build';

let dist: string;

function build(files: Record<string, string>) {
  dist = mkdtempSync(join(tmpdir(), 'check-build-'));
  mkdirSync(join(dist, 'assets'));
  for (const [name, text] of Object.entries({ 'index.html': '<!doctype html>', ...files })) {
    writeFileSync(join(dist, name), text);
  }
  return dist;
}

afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('checkProductionBuild', () => {
  it('passes a build with neither the mock nor the funnel', () => {
    const { checked, findings } = checkProductionBuild(build({ 'assets/app.js': 'render()' }));
    expect(checked).toEqual(['assets/app.js', 'index.html']);
    expect(findings).toEqual([]);
  });

  it('reports MSW code and the worker script', () => {
    const { findings } = checkProductionBuild(
      build({ 'assets/app.js': 'console.log("[MSW] ready")', 'mockServiceWorker.js': '' }),
    );
    expect(findings.map(({ file }) => file)).toEqual(['assets/app.js', 'mockServiceWorker.js']);
  });

  it('reports the funnel tracker and sender in a build without a collector, and allows them with one', () => {
    const files = {
      'assets/track.js': 'V.push({...e,visitId:z})',
      'assets/send.js': 'navigator.sendBeacon(u,b)',
    };
    expect(checkProductionBuild(build(files)).findings).toEqual([
      { file: 'assets/send.js', reason: 'contains the funnel marker "sendBeacon"' },
      { file: 'assets/track.js', reason: 'contains the funnel marker "visitId"' },
    ]);
    rmSync(dist, { recursive: true, force: true });
    expect(checkProductionBuild(build(files), { withCollector: true }).findings).toEqual([]);
  });
});
