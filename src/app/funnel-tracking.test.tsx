import { act, screen, within } from '@testing-library/react';
import type { FunnelEvent } from '@/analytics/events';
import { connectSender } from '@/analytics/track';
import { clearSession } from '@/api/session';
import { clearDraft } from '@/checkout/draft';
import { signInAs } from '@/testing/personas';
import { renderApp } from '@/testing/render-app';
import { trackFunnel } from './funnel-tracking';

/** Every funnel event tracked from now on, as the sender would receive them. */
function collectEvents(): FunnelEvent[] {
  const events: FunnelEvent[] = [];
  connectSender((event) => events.push(event));
  events.length = 0;
  return events;
}

const summary = (events: FunnelEvent[]) =>
  events.map((event) => {
    if (event.name === 'step_failed') return [event.name, event.step, event.failure];
    return [event.name, event.step];
  });

let stopTracking = () => {};

beforeEach(() => {
  clearSession();
  clearDraft();
});

afterEach(() => stopTracking());

describe('trackFunnel', { timeout: 20_000 }, () => {
  it('reports the start, each step shown and left for the next, and each failure, without what was typed', async () => {
    const events = collectEvents();
    const { user, router, queryClient } = renderApp('/sign-in');
    stopTracking = trackFunnel(router, queryClient);
    await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 5000 });
    const identifier = await screen.findByRole('textbox', { name: 'Mobile number or email' });

    // A form refused, then a code the API refused.
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('alert');
    await user.type(identifier, '201-555-0101');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const code = await screen.findByRole('textbox', { name: 'Enter the 6-digit code' });
    await user.type(code, '654321');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await within(screen.getByRole('alert')).findByRole('link', { name: /That code is not right/ });
    await user.clear(code);
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Your account' });

    expect(summary(events)).toEqual([
      ['checkout_started', 'sign-in'],
      ['step_viewed', 'sign-in'],
      ['step_failed', 'sign-in', { kind: 'form', fields: ['identifier'] }],
      ['step_failed', 'sign-in', { kind: 'api', code: 'OTP_INVALID' }],
      ['step_completed', 'sign-in'],
      ['step_viewed', 'account'],
    ]);
    const completed = events.find((event) => event.name === 'step_completed');
    expect(completed).toMatchObject({ durationMs: expect.any(Number) as number });
    const sent = JSON.stringify(events);
    for (const personal of ['2015550101', '555-0101', '654321', '123456', 'C1000101']) {
      expect(sent).not.toContain(personal);
    }
    expect(new Set(events.map((event) => event.visitId)).size).toBe(1);
  });

  it('reports going back to a step as a step shown, not as one completed', async () => {
    await signInAs('2015550101');
    const events = collectEvents();
    const { user, router, queryClient } = renderApp('/account');
    stopTracking = trackFunnel(router, queryClient);
    await screen.findByRole('heading', { level: 1, name: 'Your account' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Choose a plan and phone' });
    await act(() => router.navigate(-1));
    await screen.findByRole('heading', { level: 1, name: 'Your account' });

    expect(summary(events).filter(([name]) => name !== 'checkout_started')).toEqual([
      ['step_viewed', 'account'],
      ['step_completed', 'account'],
      ['step_viewed', 'offers'],
      ['step_viewed', 'account'],
    ]);
  });
});
