import { act, screen, waitFor, within } from '@testing-library/react';
import { mockRuntime } from '@/testing/mock-backend';
import { seedOrderAt, signInAs } from '@/testing/personas';
import { renderApp } from '@/testing/render-app';

// jsdom has no modal dialogs: enough of one for the dialog to open and close.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

afterEach(() => {
  vi.useRealTimers();
});

/** The credit step of a seeded order, with the panel opened from the card after the page. */
async function openPanel() {
  const { orderId } = await seedOrderAt('credit');
  const view = renderApp(`/orders/${orderId}/credit`);
  await screen.findByRole('heading', { level: 1, name: 'Credit check' });
  const offer = await screen.findByRole('region', { name: 'Continue on your phone' });
  expect(offer).toHaveTextContent(/Rather type your Social Security number in private\?/);
  await view.user.click(within(offer).getByRole('button', { name: 'Continue on your phone' }));
  const dialog = await screen.findByRole('dialog', { name: 'Continue on your phone' });
  await within(dialog).findByText(/^[2-9A-Z]{4} [2-9A-Z]{4}$/);
  return { ...view, orderId, dialog };
}

/** The hand-off the server opened for the order, as the panel shows it. */
function shownCode(dialog: HTMLElement): string {
  return within(dialog)
    .getByText(/^[2-9A-Z]{4} [2-9A-Z]{4}$/)
    .textContent.replace(' ', '');
}

/** The server's record of the order's open hand-off, by the code the panel shows. */
function serverHandoff(code: string): { token: string; expiresAt: number } {
  const { byToken } = mockRuntime.snapshot().state.handoffs;
  const entry = Object.entries(byToken).find(([, record]) => record.code === code);
  if (!entry) throw new Error(`no hand-off with code ${code}`);
  return { token: entry[0], expiresAt: entry[1].expiresAt };
}

describe('the hand-off panel', () => {
  it('shows a QR code with a text alternative, the short link and the code to type', async () => {
    const { dialog } = await openPanel();
    const qr = await within(dialog).findByRole('img', {
      name: 'QR code that opens the link below on your phone',
    });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(within(dialog).getByText('localhost:3000/continue')).toBeInTheDocument();
    // The code shown is the one the server opened, which the server knows by its token.
    expect(serverHandoff(shownCode(dialog)).token).toMatch(/^[\w-]{43}$/);
    expect(within(dialog).getByText(/^The code works for \d+:\d\d more\.$/)).toBeInTheDocument();
  });

  it('counts the time left down, and offers a new code once it has expired', async () => {
    const realNow = () => performance.timeOrigin + performance.now();
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: realNow() });
    const { dialog, user } = await openPanel();
    const first = shownCode(dialog);
    const { expiresAt } = serverHandoff(first);

    vi.setSystemTime(expiresAt - 10 * 60_000);
    act(() => {
      vi.advanceTimersByTime(61_000);
    });
    expect(within(dialog).getByText('The code works for 8:59 more.')).toBeInTheDocument();

    act(() => {
      vi.advanceTimersByTime(9 * 60_000);
    });
    expect(within(dialog).getByText('This code has expired.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('img')).not.toBeInTheDocument();
    expect(within(dialog).queryByText(first.replace(/(.{4})/, '$1 '))).not.toBeInTheDocument();
    const renew = within(dialog).getByRole('button', { name: 'Get a new code' });
    expect(renew).toHaveFocus();

    // Back to the server's time: the new hand-off replaces the old one, with 10 minutes of its own.
    vi.setSystemTime(realNow());
    await user.click(renew);
    const second = await within(dialog).findByText(/^[2-9A-Z]{4} [2-9A-Z]{4}$/);
    expect(second).toHaveFocus();
    expect(shownCode(dialog)).not.toBe(first);
    expect(within(dialog).getByText('The code works for 10:00 more.')).toBeInTheDocument();
  });

  it('texts the link to the number on file, then says when another text may be sent', async () => {
    const { dialog, user } = await openPanel();
    const { token } = serverHandoff(shownCode(dialog));
    const text = within(dialog).getByRole('button', { name: 'Text me a link' });

    await user.click(text);
    expect(
      await within(dialog).findByText('We texted the link to (•••) •••-0101.'),
    ).toBeInTheDocument();
    const messages = mockRuntime.backend.listMessages();
    expect(messages).toHaveLength(1);
    expect(messages[0]?.to).toBe('2015550101');
    expect(messages[0]?.body).toContain(`/continue#${token}`);

    // A second text within 30 seconds is refused, with the time it may be sent.
    await user.click(text);
    expect(
      await within(dialog).findByText(
        /^You have asked for several texts\. You can ask for another at /,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText(/We texted the link/)).not.toBeInTheDocument();
    expect(mockRuntime.backend.listMessages()).toHaveLength(1);
  });

  it('closes with Close, and the order stays as it was', async () => {
    const { dialog, user } = await openPanel();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 1, name: 'Credit check' })).toBeInTheDocument();
  });
});

describe('before an order exists', () => {
  it('offers no hand-off: there is nothing to continue yet', async () => {
    await signInAs('(201) 555-0101');
    const { router } = renderApp('/account');
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    expect(router.state.location.pathname).toBe('/account');
    expect(
      screen.queryByRole('button', { name: 'Continue on your phone' }),
    ).not.toBeInTheDocument();
    expect(mockRuntime.requests().map(({ path }) => path)).not.toContainEqual(
      expect.stringMatching(/handoff/),
    );
  });
});
