import type { LoaderFunctionArgs } from 'react-router-dom';
import { ApiError } from '@/api/api-error';
import { submitOrder } from '@/api/orders';
import { createQueryClient } from '@/api/query-client';
import { clearSession } from '@/api/session';
import { seedOrderAt, signInAs } from '@/testing/personas';
import { changeAnswers } from '@/testing/newer-backend';
import { chooseAccount, clearDraft, setDraftLines } from './draft';
import { openConfirmation, openDraftStep, openOrderHelp, openOrderStep } from './guards';
import { resumePoint } from './resume';
import type { OrderStepId } from './paths';

const ORDER_STEPS: OrderStepId[] = ['cart', 'credit', 'shipping', 'number', 'terms', 'review'];
const SEEDED_STEPS = ['credit', 'shipping', 'number', 'terms', 'review'] as const;

function argsAt(path: string, params: Record<string, string> = {}): LoaderFunctionArgs {
  const url = new URL(`http://localhost${path}`);
  return { params, request: new Request(url), url, pattern: path, context: undefined };
}

function loaderArgs(orderId: string, step: string): LoaderFunctionArgs {
  return argsAt(`/orders/${orderId}/${step}`, { orderId });
}

/** Where the guard sends the customer: null when the step opens, else the redirect's target. */
async function redirectOf(work: Promise<unknown>): Promise<string | null> {
  try {
    await work;
    return null;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.headers.get('Location');
    throw thrown;
  }
}

afterEach(() => {
  clearSession();
  clearDraft();
  resumePoint.set(null);
});

describe('openDraftStep', () => {
  /** Where each step before the order sends the customer, for the draft as it stands. */
  async function draftTargets(): Promise<Record<'account' | 'offers' | 'cart', string | null>> {
    const open = (step: 'account' | 'offers' | 'cart') =>
      redirectOf(Promise.resolve().then(() => openDraftStep(step, argsAt(`/${step}`))));
    return {
      account: await open('account'),
      offers: await open('offers'),
      cart: await open('cart'),
    };
  }

  beforeEach(async () => {
    await signInAs('(201) 555-0101');
  });

  it('with no account chosen, opens the account step only', async () => {
    expect(await draftTargets()).toEqual({ account: null, offers: '/account', cart: '/account' });
  });

  it('with an account but no lines, opens up to the offers', async () => {
    chooseAccount('cust-1');
    expect(await draftTargets()).toEqual({ account: null, offers: null, cart: '/offers' });
  });

  it('with an account and a line, opens the draft cart, handing the page its draft', async () => {
    chooseAccount('cust-1');
    setDraftLines([{ planId: 'essentials-15' }]);

    expect(await draftTargets()).toEqual({ account: null, offers: null, cart: null });
    const { draft, navigation } = openDraftStep('cart', argsAt('/cart'));
    expect(draft).toEqual({ customerId: 'cust-1', lines: [{ planId: 'essentials-15' }] });
    expect(navigation.backPath).toBe('/offers');
  });

  it('sends a visitor without a session to sign in and remembers the step', async () => {
    clearSession();
    expect(await draftTargets()).toEqual({
      account: '/sign-in',
      offers: '/sign-in',
      cart: '/sign-in',
    });
  });
});

describe('openOrderHelp', () => {
  it('opens for an order whose next step the app does not know, handing the page the order', async () => {
    const { orderId } = await seedOrderAt('terms');
    changeAnswers('getOrder', (order) => ({ ...order, nextStep: 'identity-check' }));

    const order = await openOrderHelp(createQueryClient(), loaderArgs(orderId, 'help'));

    expect(order).toMatchObject({ id: orderId, nextStep: 'identity-check' });
  });

  it('sends an order the app can take on to its step, and a placed one to its confirmation', async () => {
    const { orderId } = await seedOrderAt('review');
    const args = loaderArgs(orderId, 'help');
    expect(await redirectOf(openOrderHelp(createQueryClient(), args))).toBe(
      `/orders/${orderId}/review`,
    );

    await submitOrder(orderId, crypto.randomUUID());
    expect(await redirectOf(openOrderHelp(createQueryClient(), args))).toBe(
      `/orders/${orderId}/confirmation`,
    );
  });
});

describe('openOrderStep', () => {
  describe.each(SEEDED_STEPS)('an order whose next step is %s', (next) => {
    it('opens every step up to it and sends any later one back to it', async () => {
      const { orderId } = await seedOrderAt(next);
      const queryClient = createQueryClient();
      for (const step of ORDER_STEPS) {
        const target = await redirectOf(
          openOrderStep(queryClient, step, loaderArgs(orderId, step)),
        );
        const ahead = ORDER_STEPS.indexOf(step) > ORDER_STEPS.indexOf(next);
        expect({ step, target }).toEqual({
          step,
          target: ahead ? `/orders/${orderId}/${next}` : null,
        });
      }
      const opened = await openOrderStep(queryClient, next, loaderArgs(orderId, next));
      expect(opened.order).toMatchObject({ id: orderId, nextStep: next });
      expect(opened.navigation.step).toBe(next);
    });
  });

  it('sends every step of a placed order to its confirmation, which opens', async () => {
    const { orderId } = await seedOrderAt('review');
    await submitOrder(orderId, crypto.randomUUID());
    const queryClient = createQueryClient();

    for (const step of ORDER_STEPS) {
      expect(await redirectOf(openOrderStep(queryClient, step, loaderArgs(orderId, step)))).toBe(
        `/orders/${orderId}/confirmation`,
      );
    }
    const args = loaderArgs(orderId, 'confirmation');
    expect(await redirectOf(openConfirmation(queryClient, args))).toBeNull();
  });

  it('keeps the confirmation shut while the order is open', async () => {
    const { orderId } = await seedOrderAt('terms');
    const args = loaderArgs(orderId, 'confirmation');
    expect(await redirectOf(openConfirmation(createQueryClient(), args))).toBe(
      `/orders/${orderId}/terms`,
    );
  });

  it("shows another customer's order to nobody: the server's refusal reaches the route", async () => {
    const { orderId } = await seedOrderAt('number');
    await signInAs('(201) 555-0102');

    const opening = openOrderStep(createQueryClient(), 'credit', loaderArgs(orderId, 'credit'));

    await expect(opening).rejects.toBeInstanceOf(ApiError);
    await expect(opening).rejects.toMatchObject({ status: 403 });
  });

  it('sends a visitor without a session to sign in and remembers the step', async () => {
    const { orderId, session } = await seedOrderAt('number');
    clearSession();

    const target = await redirectOf(
      openOrderStep(createQueryClient(), 'number', loaderArgs(orderId, 'number')),
    );

    expect(target).toBe('/sign-in');
    expect(resumePoint.get()).toEqual({
      path: `/orders/${orderId}/number`,
      customerId: session.customerId,
    });
  });
});
