/**
 * Fails when the production build (`dist/`, from `npm run build`) ships any part of the mock
 * backend: MSW's worker script, or MSW's library code bundled into a chunk. Built without
 * VITE_ANALYTICS_URL, it must not ship the funnel's tracker or sender either: nothing there
 * counts, and nothing could send.
 *
 *   npm run build && npm run check:build
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadEnv } from 'vite';

/** File names that only a mocked build contains. */
const FORBIDDEN_FILES = ['mockServiceWorker.js'];

/**
 * Strings that survive minification and appear only in MSW code: the worker's URL and the
 * prefix of MSW's log messages (msw/browser), the worker handshake message (msw/browser and the
 * worker), the worker's integrity checksum, and the bypass header (msw/core).
 */
const MSW_MARKERS = [
  'mockServiceWorker',
  '[MSW]',
  'MOCK_ACTIVATE',
  'INTEGRITY_CHECKSUM',
  'x-msw-intention',
];

/**
 * The funnel's tracker (src/analytics/track.ts), which stamps every event with a visit id, and its
 * sender (src/analytics/adapters.ts), the only code that sends a beacon.
 */
const FUNNEL_MARKERS = ['visitId', 'sendBeacon'];

const SCANNED_EXTENSIONS = ['.js', '.mjs', '.cjs', '.html', '.json', '.webmanifest'];

export interface Finding {
  file: string;
  reason: string;
}

export interface CheckResult {
  checked: string[];
  findings: Finding[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Scans every file under `distDir` and reports each trace of MSW it finds, and of the funnel's
 * tracker and sender unless the build has a collector to send to.
 */
export function checkProductionBuild(
  distDir: string,
  { withCollector = false }: { withCollector?: boolean } = {},
): CheckResult {
  const markers = [
    ...MSW_MARKERS.map((marker) => ({ marker, of: 'MSW' })),
    ...(withCollector ? [] : FUNNEL_MARKERS.map((marker) => ({ marker, of: 'funnel' }))),
  ];
  const checked: string[] = [];
  const findings: Finding[] = [];

  for (const path of listFiles(distDir).sort()) {
    const file = relative(distDir, path);
    const name = path.split(/[\\/]/).pop() ?? path;

    if (FORBIDDEN_FILES.includes(name)) {
      findings.push({ file, reason: `the MSW worker script ${name} is present` });
    }
    if (!SCANNED_EXTENSIONS.some((ext) => name.endsWith(ext))) continue;

    checked.push(file);
    const text = readFileSync(path, 'utf8');
    for (const { marker, of } of markers) {
      if (text.includes(marker))
        findings.push({ file, reason: `contains the ${of} marker "${marker}"` });
    }
  }

  return { checked, findings };
}

function main(): number {
  const distDir = resolve(process.argv[2] ?? 'dist');

  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(
      `check:build: ${distDir}/index.html not found. Run "npm run build" first, then "npm run check:build".`,
    );
    return 1;
  }

  const withCollector = Boolean(loadEnv('production', process.cwd(), 'VITE_').VITE_ANALYTICS_URL);
  const { checked, findings } = checkProductionBuild(distDir, { withCollector });

  console.log(`check:build: scanned ${checked.length} file(s) in ${distDir}:`);
  for (const file of checked) console.log(`  ${file}`);

  if (checked.length === 0) {
    console.error('check:build: FAILED: no JavaScript or HTML files found to check.');
    return 1;
  }

  if (findings.length > 0) {
    console.error('\ncheck:build: FAILED: the production build contains code it must not:');
    for (const { file, reason } of findings) console.error(`  ${file}: ${reason}`);
    console.error(
      '\nA production build must be made with VITE_API_MOCKING=false (.env.production), and the' +
        '\nmocks must only be imported behind `import.meta.env.VITE_API_MOCKING === "true"`;' +
        '\nthe funnel only behind `__FUNNEL_COUNTED__` or through `trackLater` (vite.config.ts).',
    );
    return 1;
  }

  console.log(
    `check:build: OK: no MSW code or worker script${withCollector ? '' : ', no funnel tracker or sender'} in the production build.`,
  );
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly) {
  process.exitCode = main();
}
