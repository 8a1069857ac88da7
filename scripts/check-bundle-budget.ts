/**
 * The size budget (bytes, never time): the sign-in page's first-load JavaScript, gzipped at
 * level 9, may be at most 1.25x the libraries' floor (../shared/bench/floor), and no step may
 * add more than 20 kB gzipped when it is visited. Prints a table of every route chunk.
 *
 *   vite build && npm run check:budget
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { PUBLIC_CONTRACT_CHUNK, SIGNED_IN_CONTRACT_CHUNK } from './app-shell';

export const FIRST_LOAD_RATIO = 1.25;
export const STEP_CHUNK_LIMIT = 20_000;

/** The subset of Vite's `.vite/manifest.json` this script reads. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** A chunk's name, e.g. a codeSplitting group's. */
  name?: string;
  imports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface RouteChunk {
  /** The route module, e.g. src/features/cart/cart-route.tsx. */
  src: string;
  /** Gzipped bytes of the page's own chunk. */
  ownBytes: number;
  /** Gzipped bytes a visit adds on top of the first load: the chunk and its new static imports. */
  addedBytes: number;
  /** True when the first load already pulls the chunk in, though only a later step needs it. */
  inFirstLoad: boolean;
}

export interface AppSizes {
  firstLoadFiles: string[];
  firstLoadBytes: number;
  routes: RouteChunk[];
}

export function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The JS files a chunk pulls in: itself and its static imports, transitively. */
export function staticClosure(
  manifest: Manifest,
  key: string,
  seen = new Set<string>(),
): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

function jsFiles(manifest: Manifest, keys: Iterable<string>): Set<string> {
  const files = new Set<string>();
  for (const key of keys) {
    const file = manifest[key]?.file;
    if (file?.endsWith('.js')) files.add(file);
  }
  return files;
}

const SIGN_IN_ROUTE = 'src/features/sign-in/sign-in-route.tsx';

/** Measures the built app in `distDir` (built with `build.manifest: true`). */
export function measureApp(distDir: string): AppSizes {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  // What index.html itself loads: the entry script and its modulepreloads.
  const fromHtml = [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g,
    ),
  ].map((match) => match[1] ?? '');
  const entryKeys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  // The API client loads this chunk with the first call, which the sign-in page makes as it
  // opens, so it counts as first load.
  const contractKey = Object.keys(manifest).find(
    (key) => manifest[key]?.name === PUBLIC_CONTRACT_CHUNK,
  );
  if (!contractKey) throw new Error(`no "${PUBLIC_CONTRACT_CHUNK}" chunk in the build`);
  const firstLoad = new Set([
    ...fromHtml,
    ...jsFiles(
      manifest,
      entryKeys.flatMap((key) => [...staticClosure(manifest, key)]),
    ),
    ...jsFiles(manifest, staticClosure(manifest, SIGN_IN_ROUTE)),
    ...jsFiles(manifest, staticClosure(manifest, contractKey)),
  ]);
  if (!manifest[SIGN_IN_ROUTE]) throw new Error(`${SIGN_IN_ROUTE} is not a chunk of the build`);
  const size = (file: string) => gzipBytes(join(distDir, file));

  const routes = Object.entries(manifest)
    .filter(
      ([, chunk]) =>
        (chunk.isDynamicEntry && chunk.src?.endsWith('-route.tsx')) ||
        // The rest of the API contract, which the first signed-in call loads: measured like a step.
        chunk.name === SIGNED_IN_CONTRACT_CHUNK,
    )
    .map(([key, chunk]): RouteChunk => {
      const added = [...jsFiles(manifest, staticClosure(manifest, key))].filter(
        (file) => !firstLoad.has(file),
      );
      return {
        src: chunk.src ?? `${chunk.name ?? key} chunk`,
        ownBytes: size(chunk.file),
        addedBytes: added.reduce((sum, file) => sum + size(file), 0),
        inFirstLoad: key !== SIGN_IN_ROUTE && firstLoad.has(chunk.file),
      };
    })
    .sort((a, b) => a.src.localeCompare(b.src));

  const firstLoadFiles = [...firstLoad].sort();
  return {
    firstLoadFiles,
    firstLoadBytes: firstLoadFiles.reduce((sum, file) => sum + size(file), 0),
    routes,
  };
}

/** The project's root: the floor is built inside it so that it resolves our node_modules. */
const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const FLOOR_SOURCE = resolve(PROJECT_ROOT, '../shared/bench/floor');

/** Where measureFloor builds the floor page. */
export const FLOOR_DIST = join(PROJECT_ROOT, 'node_modules/.cache/floor/dist');

/** Builds the floor page with the project's node_modules and sums its gzipped JavaScript. */
export async function measureFloor(source = FLOOR_SOURCE): Promise<number> {
  const root = dirname(FLOOR_DIST);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(source, root, { recursive: true });
  const outDir = FLOOR_DIST;
  await build({ root, configFile: false, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  // The floor has no dynamic imports: every script it emits is loaded on first paint.
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gzipBytes(join(assets, name)), 0);
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function routeTable(routes: RouteChunk[]): string {
  const rows = routes.map(
    (route) => `| ${route.src} | ${kB(route.ownBytes)} | ${kB(route.addedBytes)} |`,
  );
  return [
    '| route chunk | own (gz) | added on visit (gz) |',
    '| --- | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** Every broken rule, in words; empty when the build is within budget. */
export function budgetViolations(app: AppSizes, floorBytes: number): string[] {
  const violations: string[] = [];
  if (app.firstLoadBytes > FIRST_LOAD_RATIO * floorBytes) {
    violations.push(
      `first-load JS ${kB(app.firstLoadBytes)} is over ${FIRST_LOAD_RATIO}x the floor (${kB(floorBytes)})`,
    );
  }
  for (const route of app.routes) {
    if (route.inFirstLoad) {
      violations.push(`${route.src} loads with the first page, before anything needs it`);
    }
    if (route.addedBytes > STEP_CHUNK_LIMIT) {
      violations.push(`${route.src} adds ${kB(route.addedBytes)}, over ${kB(STEP_CHUNK_LIMIT)}`);
    }
  }
  return violations;
}

async function main(): Promise<number> {
  const distDir = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(distDir, '.vite/manifest.json'))) {
    console.error(
      `check:budget: ${distDir}/.vite/manifest.json not found. Run "vite build" first.`,
    );
    return 1;
  }
  const app = measureApp(distDir);
  const floorBytes = await measureFloor();
  console.log(`check:budget: sign-in first load: ${app.firstLoadFiles.join(', ')}`);
  console.log(
    `check:budget: first-load JS ${kB(app.firstLoadBytes)}, floor ${kB(floorBytes)}, ratio ${(app.firstLoadBytes / floorBytes).toFixed(3)} (max ${FIRST_LOAD_RATIO})`,
  );
  console.log(routeTable(app.routes));
  const violations = budgetViolations(app, floorBytes);
  if (violations.length > 0) {
    console.error('\ncheck:budget: FAILED:');
    for (const violation of violations) console.error(`  ${violation}`);
    return 1;
  }
  console.log(`check:budget: OK: within budget (each step adds at most ${kB(STEP_CHUNK_LIMIT)}).`);
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly) {
  process.exitCode = await main();
}
