// @vitest-environment node
import {
  budgetViolations,
  staticClosure,
  type AppSizes,
  type Manifest,
} from './check-bundle-budget';

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
  'src/a-page.tsx': { file: 'assets/a.js', isDynamicEntry: true, imports: ['_shared.js', '_b.js'] },
  '_b.js': { file: 'assets/b.js' },
};

describe('staticClosure', () => {
  it('follows static imports transitively, through cycles', () => {
    expect([...staticClosure(manifest, 'src/a-page.tsx')].sort()).toEqual([
      '_b.js',
      '_shared.js',
      'index.html',
      'src/a-page.tsx',
    ]);
  });
});

describe('budgetViolations', () => {
  const app = (firstLoadBytes: number, addedBytes: number, inFirstLoad = false): AppSizes => ({
    firstLoadFiles: [],
    firstLoadBytes,
    routes: [{ src: 'src/a-page.tsx', ownBytes: addedBytes, addedBytes, inFirstLoad }],
  });

  it('passes a build within budget', () => {
    expect(budgetViolations(app(125_000, 20_000), 100_000)).toEqual([]);
  });

  it('fails a first load over 1.25x the floor', () => {
    expect(budgetViolations(app(125_001, 1_000), 100_000)).toEqual([
      expect.stringContaining('over 1.25x the floor'),
    ]);
  });

  it('fails a step that adds over 20 kB', () => {
    expect(budgetViolations(app(100_000, 20_001), 100_000)).toEqual([
      expect.stringContaining('src/a-page.tsx adds 20.0 kB'),
    ]);
  });

  it('fails a lazy chunk that the first page pulls in', () => {
    expect(budgetViolations(app(100_000, 0, true), 100_000)).toEqual([
      'src/a-page.tsx loads with the first page, before anything needs it',
    ]);
  });
});
