/**
 * `npm run screenshots [-- --out DIR]`: a picture of every step and every state with its own
 * look, at 390 and 1280 px wide (full page), for people to review; not a test. Builds the demo
 * build (the mock in the page, no latency) into node_modules/.cache, serves it with the
 * production headers on a free port, walks the scenes of scenes.ts in Chromium and writes the
 * PNGs and an index.html showing them side by side into DIR (default `screenshots/`, from the
 * project's root). Files of an earlier run are overwritten, never deleted.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { apiOriginForMode } from '../production-headers';
import { createDistServer } from '../serve-dist';
import { galleryHtml, type Failure, type Shot } from './gallery';
import { scenes, type Scene, type Snap } from './scenes';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = join(ROOT, 'node_modules/.cache/screenshots-build');
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function buildDemo(): Promise<void> {
  const args = ['vite', 'build', '--mode', 'demo', '--outDir', BUILD, '--emptyOutDir'];
  return new Promise((done, fail) => {
    spawn('npx', [...args, '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, VITE_MOCK_LATENCY_MS: '0' },
      stdio: 'inherit',
    }).on('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build exited ${code}`))));
  });
}

/** Runs one scene in a fresh context; each `snap` writes a PNG per viewport into `outDir`. */
async function runScene(
  browser: Browser,
  baseURL: string,
  scene: Scene,
  outDir: string,
  shots: Shot[],
) {
  const context = await browser.newContext({
    baseURL,
    viewport: VIEWPORTS[VIEWPORTS.length - 1],
    locale: 'en-US',
    timezoneId: 'America/New_York',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const snap: Snap = async (group, caption, { dialog = false } = {}) => {
    const name = `${String(shots.length + 1).padStart(2, '0')}-${slug(group)}-${slug(caption)}`;
    const images: Shot['images'] = [];
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      const file = `${name}-${viewport.width}.png`;
      await page.screenshot({
        path: join(outDir, file),
        fullPage: !dialog,
        animations: 'disabled',
      });
      images.push({ width: viewport.width, file });
    }
    shots.push({ group, caption, images });
  };
  try {
    await scene.run(page, snap);
  } finally {
    await context.close();
  }
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'screenshots' } } });
  const outDir = resolve(ROOT, values.out);
  const started = performance.now();
  mkdirSync(outDir, { recursive: true });

  console.log('screenshots: building the demo build…');
  await buildDemo();
  const server = createDistServer(BUILD, { apiOrigin: apiOriginForMode('demo', ROOT) });
  await new Promise<void>((done) => server.listen(0, done));
  const baseURL = `http://localhost:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(chromiumLaunchOptions);

  const shots: Shot[] = [];
  const failures: Failure[] = [];
  try {
    for (const scene of scenes) {
      console.log(`screenshots: ${scene.name}`);
      try {
        await runScene(browser, baseURL, scene, outDir, shots);
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        failures.push({ scene: scene.name, message: message ?? '' });
        console.error(`screenshots: ${scene.name} failed: ${message}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const index = join(outDir, 'index.html');
  writeFileSync(index, galleryHtml(shots, failures, 'Checkout screenshots'));
  const images = shots.reduce((sum, shot) => sum + shot.images.length, 0);
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`screenshots: ${images} images of ${shots.length} states in ${index} (${seconds} s)`);
  if (failures.length) {
    console.error(`screenshots: ${failures.length} scene(s) failed, listed at the top of the page`);
    process.exitCode = 1;
  }
}

await main();
