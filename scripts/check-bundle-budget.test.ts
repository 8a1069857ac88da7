// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  budgetViolations,
  FIRST_LOAD_RATIO,
  gzipBytes,
  measureApp,
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

describe('measureApp', () => {
  // A build the way Vite lays it out: index.html loads the entry; the sign-in route, the public
  // contract (fetched with the first call) and the rest of the contract are lazy chunks.
  const built: Manifest = {
    'index.html': {
      file: 'assets/index.js',
      src: 'index.html',
      isEntry: true,
      imports: ['_vendor.js'],
    },
    '_vendor.js': { file: 'assets/vendor.js', name: 'vendor' },
    'src/features/sign-in/sign-in-route.tsx': {
      file: 'assets/sign-in-route.js',
      src: 'src/features/sign-in/sign-in-route.tsx',
      isDynamicEntry: true,
      imports: ['_vendor.js'],
    },
    '_contract-public.js': {
      file: 'assets/contract-public.js',
      name: 'contract-public',
      imports: ['_zod-helpers.js'],
    },
    '_zod-helpers.js': { file: 'assets/zod-helpers.js', name: 'zod-helpers' },
    '_contract.js': {
      file: 'assets/contract.js',
      name: 'contract',
      imports: ['_contract-public.js'],
    },
    'src/features/cart/cart-route.tsx': {
      file: 'assets/cart-route.js',
      src: 'src/features/cart/cart-route.tsx',
      isDynamicEntry: true,
      imports: ['_vendor.js'],
    },
  };
  let dist: string;

  /** Writes `bytes` of incompressible text, so that each file's gzipped size tells it apart. */
  const writeAsset = (file: string, bytes: number) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), randomBytes(bytes).toString('base64'));
  };

  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'budget-'));
    mkdirSync(join(dist, '.vite'));
    writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(built));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head><script type="module" crossorigin src="/assets/index.js"></script></head></html>',
    );
    writeAsset('assets/index.js', 3_000);
    writeAsset('assets/vendor.js', 20_000);
    writeAsset('assets/sign-in-route.js', 4_000);
    writeAsset('assets/contract-public.js', 8_000);
    writeAsset('assets/zod-helpers.js', 1_000);
    writeAsset('assets/contract.js', 6_000);
    writeAsset('assets/cart-route.js', 5_000);
  });

  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  const gz = (...files: string[]) =>
    files.reduce((sum, file) => sum + gzipBytes(join(dist, file)), 0);

  it('counts the public contract and its imports as first-load JS, with the entry and the sign-in route', () => {
    const app = measureApp(dist);
    const firstLoad = [
      'assets/contract-public.js',
      'assets/index.js',
      'assets/sign-in-route.js',
      'assets/vendor.js',
      'assets/zod-helpers.js',
    ];
    expect(app.firstLoadFiles).toEqual(firstLoad);
    expect(app.firstLoadBytes).toBe(gz(...firstLoad));
  });

  it('measures each step and the rest of the contract by what a visit adds', () => {
    expect(measureApp(dist).routes).toEqual([
      {
        src: 'contract chunk',
        ownBytes: gz('assets/contract.js'),
        addedBytes: gz('assets/contract.js'),
        inFirstLoad: false,
      },
      {
        src: 'src/features/cart/cart-route.tsx',
        ownBytes: gz('assets/cart-route.js'),
        addedBytes: gz('assets/cart-route.js'),
        inFirstLoad: false,
      },
      {
        src: 'src/features/sign-in/sign-in-route.tsx',
        ownBytes: gz('assets/sign-in-route.js'),
        addedBytes: 0,
        inFirstLoad: false,
      },
    ]);
  });

  it('fails the budget when the public contract makes the first load too heavy', () => {
    // A floor the first load would meet without the contract chunk, and does not meet with it.
    const withoutContract = gz(
      'assets/index.js',
      'assets/sign-in-route.js',
      'assets/vendor.js',
      'assets/zod-helpers.js',
    );
    const floor = Math.ceil(withoutContract / FIRST_LOAD_RATIO);
    expect(budgetViolations(measureApp(dist), floor)).toEqual([
      expect.stringMatching(/^first-load JS .* is over 1.25x the floor/),
    ]);
  });

  it('refuses a build without the public contract chunk', () => {
    const { '_contract-public.js': _, ...rest } = built;
    writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(rest));
    expect(() => measureApp(dist)).toThrow('no "contract-public" chunk in the build');
  });
});
