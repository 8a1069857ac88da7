import type { Page } from '@playwright/test';

/**
 * Presses "Try again" whenever the app offers it (a failed call's notice, or a route's error
 * page), before any further action or assertion of the test. Lets a normal walk run unchanged
 * under a scenario where calls fail once.
 */
export async function retryWhenOffered(page: Page): Promise<void> {
  await page.addLocatorHandler(
    page.getByRole('button', { name: 'Try again', exact: true }),
    async (button) => {
      await button.first().click();
    },
    { noWaitAfter: true },
  );
}

/** Selects demo scenarios the way a demo does, with `?scenario=`, on the sign-in page. */
export async function openWithScenario(page: Page, scenario: string): Promise<void> {
  await page.goto(`/sign-in?scenario=${scenario}`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  // The address no longer carries it once applied: the mock keeps it for the tab.
  await page.waitForURL(/\/sign-in$/);
}
