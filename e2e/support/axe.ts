import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe with the WCAG 2.2 A and AA rules finds nothing on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  // The app has no frames: axe runs in the page itself, rather than each frame apart and their
  // results joined in a page of its own, which takes twice as long.
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_22_AA)
    .setLegacyMode(true)
    .analyze();
  const report = violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(report).toEqual([]);
}
