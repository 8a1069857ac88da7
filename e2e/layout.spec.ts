import type { Locator, Page } from '@playwright/test';
import { expect, openApp, startAtStep, test } from './support/fixtures';

/**
 * The layout in every engine and setting: the defects that once showed (each pinned by a test of
 * its own), then the WCAG 2.2 layout criteria on every step: text at 200% zoom (1.4.4), text
 * spacing overrides (1.4.12) and forced colours (Windows high contrast). Reflow at 320 px is in
 * accessibility.spec.ts.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${String(locator)} has no box`);
  return box;
}

const middleY = (box: Box) => box.y + box.height / 2;
const onOneRow = (a: Box, b: Box) =>
  middleY(a) > b.y &&
  middleY(a) < b.y + b.height &&
  middleY(b) > a.y &&
  middleY(b) < a.y + a.height;

/**
 * Adds a style sheet through the CSSOM: the CSP refuses inline <style>, and the test must run
 * under the production headers like every other.
 */
async function addStyles(page: Page, css: string) {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** The account step of a signed-in customer whose order is at the cart. */
async function openAccount(page: Page) {
  await startAtStep(page, 'cart');
  await openApp(page, '/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeFocused();
}

test.describe('defects that once showed', () => {
  // WebKit's system font is narrower than Chromium's: a negative letter-spacing gives its widths.
  for (const [font, letterSpacing] of [
    ['this engine’s font', 'normal'],
    ['a narrower font', '-0.06em'],
  ] as const) {
    test(`number step at 1280 px: Search sits beside its input with ${font}`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await startAtStep(page, 'number');
      await addStyles(page, `body { letter-spacing: ${letterSpacing}; }`);
      const line = page.getByRole('region', { name: /^Line 1:/ });
      const input = await boxOf(line.getByLabel('Area code or ZIP code'));
      const button = await boxOf(line.getByRole('button', { name: 'Search', exact: true }));
      expect(onOneRow(input, button), 'Search on the input’s row').toBe(true);
      const gap = button.x - (input.x + input.width);
      expect(gap, 'room between the input and Search').toBeGreaterThanOrEqual(0);
      expect(gap, 'room between the input and Search').toBeLessThanOrEqual(24);
    });
  }

  test('account step at 390 px: the masked e-mail is not broken across lines', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openAccount(page);
    const email = page.locator('dd').filter({ hasText: '@' });
    await expect(email).toHaveText('m•••@example.com');
    // One line box per line the text is laid out on: a word broken in two gives two.
    const lineTops = await email.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lineTops, 'lines the e-mail takes').toBe(1);
  });

  test('header at 390 px: brand, language switch and Sign out on one row', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await startAtStep(page, 'cart');
    const header = page.getByRole('banner');
    const brand = await boxOf(header.getByRole('link', { name: 'Carrier checkout' }));
    const languages = await boxOf(header.getByRole('button', { name: 'Español' }));
    const signOut = await boxOf(header.getByRole('button', { name: 'Sign out' }));
    expect(onOneRow(brand, signOut), 'Sign out on the brand’s row').toBe(true);
    expect(onOneRow(brand, languages), 'the language switch on the brand’s row').toBe(true);
  });

  for (const viewport of [PHONE, DESKTOP]) {
    test(`demo toggle at ${viewport.width} px: beside or below the page, on none of it`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      // A long page: a toggle fixed to a phone's screen would sit on its fields.
      await startAtStep(page, 'shipping');
      const content = await boxOf(page.locator('.page__columns'));
      const toggle = await boxOf(page.getByRole('button', { name: 'Demo', exact: true }));
      const apart =
        toggle.x >= content.x + content.width ||
        toggle.x + toggle.width <= content.x ||
        toggle.y >= content.y + content.height ||
        toggle.y + toggle.height <= content.y;
      expect(apart, 'the toggle clear of the page’s content').toBe(true);
    });
  }
});

interface Step {
  name: string;
  open: (page: Page) => Promise<void>;
  /** Shows the step's error messages, for a step where a customer can get them. */
  showErrors?: (page: Page) => Promise<void>;
}

const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true });
const seeded = (step: Parameters<typeof startAtStep>[1]) => async (page: Page) => {
  await startAtStep(page, step);
};

const STEPS: Step[] = [
  {
    name: 'sign-in',
    open: (page) => openApp(page, '/sign-in'),
    showErrors: async (page) => {
      await page.getByRole('button', { name: 'Send code' }).click();
      await expect(page.locator('.field__error')).toBeVisible();
    },
  },
  {
    // The customer with two accounts chooses between cards.
    name: 'account',
    open: async (page) => {
      await startAtStep(page, 'cart', { phone: '(201) 555-0106' });
      await openApp(page, '/account');
      await expect(page.getByRole('radio').nth(1)).toBeVisible();
    },
  },
  {
    name: 'offers',
    open: async (page) => {
      await openAccount(page);
      await continueButton(page).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Choose a plan and phone' }),
      ).toBeFocused();
    },
  },
  { name: 'cart', open: seeded('cart') },
  {
    name: 'credit',
    open: seeded('credit'),
    showErrors: async (page) => {
      await continueButton(page).click();
      await expect(page.locator('.field__error').first()).toBeVisible();
    },
  },
  { name: 'shipping', open: seeded('shipping') },
  { name: 'number', open: seeded('number') },
  { name: 'terms', open: seeded('terms') },
  { name: 'review', open: seeded('review') },
  {
    name: 'confirmation',
    open: async (page) => {
      await startAtStep(page, 'review');
      await page.getByRole('button', { name: 'Place order' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();
    },
  },
];

/**
 * Every block that holds text and lets it stick out of its box or cuts it off: wider than its
 * box (scrollWidth over clientWidth), or taller than a box that hides what overflows. The page's
 * own horizontal scroll is reported too.
 */
async function textCutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const label = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const containers = new Set<HTMLElement>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      let element = node.parentElement;
      if (!element || element.closest('select, script, style, noscript, .visually-hidden'))
        continue;
      // Inline boxes have no scroll size: the block that lays the text out is what can overflow.
      while (element && ['inline', 'contents'].includes(getComputedStyle(element).display)) {
        element = element.parentElement;
      }
      if (element?.checkVisibility({ visibilityProperty: true })) containers.add(element);
    }
    const problems: string[] = [];
    for (const element of containers) {
      const style = getComputedStyle(element);
      const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
      if (!scrolls(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
        problems.push(
          `${label(element)}: ${element.scrollWidth} px wide in ${element.clientWidth}`,
        );
      }
      const hides = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (hides && element.scrollHeight > element.clientHeight + 1) {
        problems.push(
          `${label(element)}: ${element.scrollHeight} px tall in ${element.clientHeight}, cut off`,
        );
      }
    }
    const { scrollWidth, clientWidth } = document.documentElement;
    if (scrollWidth > clientWidth)
      problems.push(`the page scrolls sideways: ${scrollWidth} px in ${clientWidth}`);
    return problems;
  });
}

/** Pairs of controls whose boxes overlap (one inside the other is not an overlap). */
async function overlappingControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      ),
    ].filter((element) => element.checkVisibility({ visibilityProperty: true }));
    const name = (element: HTMLElement) =>
      `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || element.id).trim().slice(0, 30)}"`;
    const problems: string[] = [];
    controls.forEach((a, index) => {
      for (const b of controls.slice(index + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const overlaps = [...a.getClientRects()].some((ra) =>
          [...b.getClientRects()].some(
            (rb) =>
              Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1 &&
              Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1,
          ),
        );
        if (overlaps) problems.push(`${name(a)} and ${name(b)}`);
      }
    });
    return problems;
  });
}

/** The WCAG 1.4.12 bookmarklet's overrides, which a customer's own style sheet may apply. */
const TEXT_SPACING = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`;

/** A colour that paints nothing (code run in the page spells it again: it has no closures). */
const TRANSPARENT = /^(transparent|rgba\(.*, 0\))$/;

/** Controls drawn without a visible edge: in forced colours only the edge tells one apart. */
async function controlsWithoutEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'button, select, textarea, input:not([type="radio"], [type="checkbox"], [type="hidden"])',
      ),
    ].filter((element) => element.checkVisibility({ visibilityProperty: true }));
    return controls
      .filter((element) => {
        const style = getComputedStyle(element);
        const invisible = /^(transparent|rgba\(.*, 0\))$/.test(style.borderTopColor);
        return style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) < 1 || invisible;
      })
      .map((element) => `${element.tagName.toLowerCase()} "${element.textContent?.trim()}"`);
  });
}

test.describe('every step at 200% zoom, with text spacing overrides and in forced colours', () => {
  // 200% zoom of a 1280 × 800 window, as every browser's zoom does it: a 640 × 400 CSS px
  // viewport drawn with two device pixels to the CSS pixel.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  for (const step of STEPS) {
    test(step.name, async ({ page }) => {
      await step.open(page);

      await test.step('200% zoom (WCAG 1.4.4): nothing cut off, no controls overlap', async () => {
        expect(await textCutOff(page)).toEqual([]);
        expect(await overlappingControls(page)).toEqual([]);
      });

      await test.step('forced colours: controls, focus ring, choices and progress show', async () => {
        await page.emulateMedia({ forcedColors: 'active' });
        for (const viewport of [DESKTOP, PHONE]) {
          await page.setViewportSize(viewport);
          expect(await controlsWithoutEdges(page), `at ${viewport.width} px`).toEqual([]);
          await expectProgressMarked(page, viewport.width);
        }
        await page.setViewportSize(DESKTOP);
        await expectSelectedCardMarked(page);
        await expectFocusRing(page);
        await expectErrorsMarked(page, step);
        await page.emulateMedia({ forcedColors: 'none' });
      });

      await test.step('text spacing overrides (WCAG 1.4.12): no text cut off', async () => {
        await addStyles(page, TEXT_SPACING);
        for (const viewport of [DESKTOP, PHONE]) {
          await page.setViewportSize(viewport);
          expect(await textCutOff(page), `at ${viewport.width} px`).toEqual([]);
        }
      });
    });
  }
});

/** The current step stands out from the others: a list's marker, or the phone's bar. */
async function expectProgressMarked(page: Page, width: number) {
  const progress = page.getByRole('navigation', { name: /progress/i });
  if ((await progress.count()) === 0) return;
  const colours = await progress.evaluate((nav) => {
    // The colour seen: the element's own background, or the first opaque one behind it.
    const background = (selector: string) => {
      let element = nav.querySelector(selector);
      if (!element?.checkVisibility()) return null;
      for (; element; element = element.parentElement) {
        const colour = getComputedStyle(element).backgroundColor;
        if (!/^(transparent|rgba\(.*, 0\))$/.test(colour)) return colour;
      }
      return null;
    };
    return {
      current: background('.progress__item--current .progress__marker'),
      other: background('.progress__item--todo .progress__marker'),
      filled: background('.progress__bar > span'),
      track: background('.progress__bar'),
    };
  });
  if (width >= 1024) {
    expect(colours.current, 'the current step’s marker').not.toBeNull();
    expect(colours.current, 'the current step’s marker').not.toBe(colours.other);
  } else {
    expect(colours.filled, 'the bar’s filled part').not.toBeNull();
    expect(colours.filled, 'the bar’s filled part').not.toBe(colours.track);
  }
}

/** A chosen card is drawn unlike the others: a different edge colour or an outline. */
async function expectSelectedCardMarked(page: Page) {
  const cards = page.locator('.radios--cards .radio');
  if ((await cards.count()) === 0) return;
  const checked = page.locator('.radios--cards .radio:has(:checked)');
  if ((await checked.count()) === 0) {
    await cards.first().getByRole('radio').check();
  }
  const edges = await page.evaluate(() => {
    const edge = (element: Element | null) => {
      if (!element) return null;
      const style = getComputedStyle(element);
      return `${style.borderTopColor} ${style.outlineStyle} ${style.outlineColor}`;
    };
    return {
      chosen: edge(document.querySelector('.radios--cards .radio:has(:checked)')),
      other: edge(document.querySelector('.radios--cards .radio:not(:has(:checked))')),
    };
  });
  expect(edges.chosen, 'the chosen card').not.toBeNull();
  if (edges.other) expect(edges.chosen, 'the chosen card').not.toBe(edges.other);
}

/** The first control a Tab reaches shows a solid, coloured ring. */
async function expectFocusRing(page: Page) {
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    return {
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      colour: style.outlineColor,
    };
  });
  expect(ring.style, 'the focus ring').not.toBe('none');
  expect(ring.width, 'the focus ring’s width').toBeGreaterThanOrEqual(2);
  expect(ring.colour, 'the focus ring’s colour').not.toMatch(TRANSPARENT);
}

/** On a step that has them, each field in error keeps its bar and the summary its frame. */
async function expectErrorsMarked(page: Page, step: Step) {
  if (!step.showErrors) return;
  await step.showErrors(page);
  const marks = await page.evaluate(() => {
    const edge = (element: Element, side: 'Left' | 'Top') => {
      const style = getComputedStyle(element);
      return {
        width: parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
        colour: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
      };
    };
    return {
      fields: [...document.querySelectorAll('.field--error')].map((field) => edge(field, 'Left')),
      summary: [...document.querySelectorAll('.error-summary')].map((box) => edge(box, 'Top')),
    };
  });
  expect(marks.fields.length, 'fields in error').toBeGreaterThan(0);
  for (const mark of [...marks.fields, ...marks.summary]) {
    expect(mark.width).toBeGreaterThanOrEqual(3);
    expect(mark.colour).not.toMatch(TRANSPARENT);
  }
}
