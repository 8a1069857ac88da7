/**
 * The kiosk's day: customer after customer in one tab, each signing in by password (so the
 * one-time code's rate limit never applies), going as far as they go, and leaving the way
 * customers leave: "Finish" after ordering, "Start over" when the credit check stops them, or
 * walking away mid-way, when the idle wipe clears the screen for the next one.
 */
import { expect, type Page } from '@playwright/test';
import {
  SANDBOX_PASSWORD,
  sandboxPersonas,
  type SandboxPersona,
} from '../../src/api/contract/sandbox';
import {
  acceptTermsAndReview,
  choosePlanUpToCredit,
  continueTo,
  reserveFirstNumber,
  submitCreditCheck,
} from '../../e2e/support/checkout-walk';

/** The app's warning before an idle wipe (src/app/session-timeout). */
const KIOSK_WARNING_SECONDS = 30;

type Decision = SandboxPersona['creditDecision'];

/** The heading the credit check ends on, for each decision. */
const OUTCOME_HEADINGS: Record<Decision, string> = {
  approved: 'You’re approved',
  approved_with_deposit: 'You’re approved with a deposit',
  approved_with_conditions: 'You’re approved, with conditions',
  manual_review: 'We need to review your application',
  declined: 'We can’t approve this order',
};

/** The sandbox persona with this credit decision, one account, and online ordering. */
function phoneOf(decision: Decision): string {
  const persona = sandboxPersonas.find(
    (candidate) =>
      candidate.creditDecision === decision &&
      candidate.canOrderOnline &&
      candidate.customerIds.length === 1,
  );
  if (!persona) throw new Error(`The sandbox has no persona whose credit is ${decision}`);
  return persona.phone;
}

/**
 * The mock's area codes, twelve numbers each. A placed order keeps its number, so each cycle of
 * customers asks for numbers in the next one: the day's orders draw on all of them, as a store's
 * customers from around the area would, rather than taking every number of one.
 */
const AREA_CODES = ['201', '551', '973', '862', '908', '212', '646', '917', '718', '347'];

/** Searches the customer's area code on the number step and holds the first number offered. */
async function holdNumber(page: Page, areaCode: string) {
  const line = page.getByRole('region', { name: /^Line 1:/ });
  await line.getByRole('textbox', { name: 'Area code or ZIP code' }).fill(areaCode);
  await line.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(line.getByRole('radio').first()).toHaveAccessibleName(
    new RegExp(`^\\(${areaCode}\\)`),
  );
  await reserveFirstNumber(page, 1);
}

/** The checkout's stages in order, each ending where the next begins. */
const stages = {
  'choose a plan': (page: Page) => choosePlanUpToCredit(page),
  'credit check': async (page: Page, { decision }: Customer) => {
    await submitCreditCheck(page);
    const heading = OUTCOME_HEADINGS[decision];
    const outcome = page.getByRole('heading', { level: 1, name: heading, exact: true });
    await expect(outcome).toBeFocused();
  },
  delivery: async (page: Page) => {
    await continueTo(page, '/shipping', 'Delivery');
    await continueTo(page, '/number', 'Choose your phone number');
  },
  'hold a number': (page: Page, { areaCode }: Customer) => holdNumber(page, areaCode),
  terms: async (page: Page) => {
    await continueTo(page, '/terms', 'Terms and agreements');
    await acceptTermsAndReview(page);
  },
  'place the order': async (page: Page) => {
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();
  },
} satisfies Record<string, (page: Page, customer: Customer) => Promise<void>>;

type Stage = keyof typeof stages;
const STAGES = Object.keys(stages) as Stage[];

type Leaving = 'finish' | 'start over' | 'walk away';

export interface Customer {
  /** Their credit decision, which picks the sandbox persona they are. */
  decision: Decision;
  /** The last stage they complete. */
  until: Stage;
  leaves: Leaving;
  /** Where they would like their number from. */
  areaCode: string;
}

type Visit = Omit<Customer, 'areaCode'>;

/**
 * One cycle of ten customers: five orders placed (each credit outcome that allows one), two
 * stopped by the credit check, three walking away (before the order exists, with personal data
 * typed, and with a number held). 200 customers are twenty cycles, so every quarter of the run
 * serves the same mix.
 */
export const CYCLE: readonly Visit[] = [
  { decision: 'approved', until: 'place the order', leaves: 'finish' },
  { decision: 'approved_with_deposit', until: 'place the order', leaves: 'finish' },
  { decision: 'manual_review', until: 'credit check', leaves: 'start over' },
  { decision: 'approved', until: 'hold a number', leaves: 'walk away' },
  { decision: 'approved_with_conditions', until: 'place the order', leaves: 'finish' },
  { decision: 'declined', until: 'credit check', leaves: 'start over' },
  { decision: 'approved_with_deposit', until: 'choose a plan', leaves: 'walk away' },
  { decision: 'approved', until: 'place the order', leaves: 'finish' },
  { decision: 'approved_with_conditions', until: 'terms', leaves: 'walk away' },
  { decision: 'approved_with_deposit', until: 'place the order', leaves: 'finish' },
];

/** The customer at this place in the day: the cycle's, with the cycle's area code. */
export function customerAt(index: number): Customer {
  const cycle = Math.floor(index / CYCLE.length);
  return {
    ...(CYCLE[index % CYCLE.length] as Visit),
    areaCode: AREA_CODES[cycle % AREA_CODES.length] as string,
  };
}

export function describeVisit({ decision, until, leaves }: Visit): string {
  return `${phoneOf(decision)} (${decision}): up to "${until}", then ${leaves}`;
}

async function signInWithPassword(page: Page, phone: string) {
  await page.getByLabel('Mobile number or email').fill(phone);
  await page.getByRole('radio', { name: 'Use my password' }).check();
  await page.getByLabel('Password', { exact: true }).fill(SANDBOX_PASSWORD);
  await continueTo(page, '/account', 'Your account');
}

/** Where the customers are served: the kiosk's idle time, and the API the kiosk calls. */
export interface Kiosk {
  idleSeconds: number;
  apiOrigin: string;
}

/** Moves the server's clock ahead with the sandbox's test clock (`POST /v1/sandbox/clock`). */
async function advanceServerClock(apiOrigin: string, seconds: number) {
  const response = await fetch(`${apiOrigin}/v1/sandbox/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  if (!response.ok) throw new Error(`POST /v1/sandbox/clock answered ${response.status}`);
}

async function leave(page: Page, how: Leaving, { idleSeconds, apiOrigin }: Kiosk) {
  if (how === 'finish') {
    await page.getByRole('button', { name: 'Finish' }).click();
  } else if (how === 'start over') {
    await page.getByRole('button', { name: 'Start over' }).click();
    await page
      .getByRole('dialog', { name: 'Start over?' })
      .getByRole('button', { name: 'Erase and start over' })
      .click();
  } else {
    // Nobody touches the screen through the idle time and the warning. The server and the page
    // skip that time together, so that their clocks still agree (on when a hold ends, say).
    const seconds = idleSeconds + KIOSK_WARNING_SECONDS;
    await advanceServerClock(apiOrigin, seconds);
    await page.clock.runFor(seconds * 1000);
  }
}

/** The start screen a wipe leaves: nothing of the last customer, ready for the next. */
export async function expectStartScreen(page: Page) {
  await expect(page).toHaveURL(/\/sign-in\?erased=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await expect(page.getByText('Your information has been erased')).toBeVisible();
}

/** Serves one customer from the start screen back to the start screen. */
export async function serve(page: Page, customer: Customer, kiosk: Kiosk) {
  await signInWithPassword(page, phoneOf(customer.decision));
  for (const stage of STAGES.slice(0, STAGES.indexOf(customer.until) + 1)) {
    await stages[stage](page, customer);
  }
  await leave(page, customer.leaves, kiosk);
  await expectStartScreen(page);
}
