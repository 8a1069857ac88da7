import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const FULL_CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's headless-only build (`chromium-headless-shell`): what Playwright itself runs for
 * headless tests, in about two thirds of the full browser's time here.
 */
const HEADLESS_CHROMIUM = '/usr/lib/chromium/chromium-headless-shell';

/** `CHROMIUM_PATH` if set, else the first of `systemPaths` present, else Playwright's own. */
function chromiumAt(systemPaths: string[]): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) return fromEnv;
  return systemPaths.find((path) => existsSync(path));
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

/**
 * For the end-to-end tests and screenshots: the headless build first. A headed run (`--headed`,
 * `--ui`) needs the full one: CHROMIUM_PATH=/usr/bin/chromium.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: chromiumAt([HEADLESS_CHROMIUM, FULL_CHROMIUM]),
  args: [...chromiumArgs],
};

/**
 * For figures that stand for a customer's browser (the bench's walk, the soak's memory): the
 * full browser, as Lighthouse runs it too.
 */
export const fullChromiumLaunchOptions: LaunchOptions = {
  executablePath: chromiumAt([FULL_CHROMIUM]),
  // Without a system Chromium, Playwright's own full build rather than its headless one.
  channel: 'chromium',
  args: [...chromiumArgs],
};
