import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * The system's Chromium builds, most wanted first. Debian's headless-only build
 * (`chromium-headless-shell`) is what Playwright itself runs for headless tests: it runs the
 * end-to-end suite in about two thirds of the full browser's time. A headed run
 * (`--headed`, `--ui`) needs the full one: CHROMIUM_PATH=/usr/bin/chromium.
 */
const SYSTEM_CHROMIUMS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];

/**
 * The Chromium binary to drive: `CHROMIUM_PATH` if set, else a system Chromium if present,
 * else `undefined`, which makes Playwright use its own downloaded browser.
 */
export function chromiumExecutablePath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) return fromEnv;
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path));
}

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: chromiumExecutablePath(),
  args: [...chromiumArgs],
};
