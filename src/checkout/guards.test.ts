import type { LoaderFunctionArgs } from 'react-router-dom';
import { ApiError } from '@/api/api-error';
import { submitOrder } from '@/api/orders';
import { createQueryClient } from '@/api/query-client';
import { clearSession } from '@/api/session';
import { seedOrderAt, signInAs } from '@/testing/personas';
import { openConfirmation, openOrderStep } from './guards';
import { resumePoint } from './resume';
import type { OrderStepId } from './paths';

const ORDER_STEPS: OrderStepId[] = ['cart', 'credit', 'shipping', 'number', 'terms', 'review'];
const SEEDED_STEPS = ['credit', 'shipping', 'number', 'terms', 'review'] as const;

function loaderArgs(orderId: string, step: string): LoaderFunctionArgs {
  const url = new URL(`http://localhost/orders/${orderId}/${step}`);
  return {
    params: { orderId },
    request: new Request(url),
    url,
    pattern: `/orders/:orderId/${step}`,
    context: undefined,
  };
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
  resumePoint.set(null);
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
