import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Presses Continue and waits for the next step's heading to take focus. */
export async function continueTo(page: Page, urlEnd: string, heading: string | RegExp) {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${urlEnd}$`));
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
}

/** Holds the first number offered for a line. */
export async function reserveFirstNumber(page: Page, line: number) {
  const section = page.getByRole('region', { name: new RegExp(`^Line ${line}:`) });
  await section.getByRole('radio').first().check();
  await section.getByRole('button', { name: 'Reserve' }).click();
  await expect(section.getByText(/Held for/).first()).toBeVisible();
}
