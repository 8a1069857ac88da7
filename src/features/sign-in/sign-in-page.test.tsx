import { act, screen, within, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { clearSession, getSession } from '@/api/session';
import { checkoutDraft, chooseAccount, clearDraft, setDraftLines } from '@/checkout/draft';
import { server } from '@/testing/mock-backend';
import { renderApp } from '@/testing/render-app';
import { signInAs } from '@/testing/personas';
import { watchWebStorage } from '@/testing/web-storage';

async function openSignIn() {
  const view = renderApp('/sign-in');
  // The first test also loads the page's code, which can take a moment.
  await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 5000 });
  await screen.findByRole('textbox', { name: 'Mobile number or email' });
  return view;
}

const identifierBox = () => screen.getByRole('textbox', { name: 'Mobile number or email' });
const codeBox = () => screen.getByRole('textbox', { name: 'Enter the 6-digit code' });

beforeEach(() => {
  clearSession();
  clearDraft();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Sign-in step', { timeout: 20_000 }, () => {
  it('sends a code by text for a phone number, signs in with it and opens the account', async () => {
    const storage = watchWebStorage();
    const { user, router, queryClient } = await openSignIn();
    const identifier = identifierBox();
    expect(identifier).toHaveAttribute('autocomplete', 'username');
    expect(identifier).toHaveAttribute('inputmode', 'email');
    // The API offers both channels and a password, in its order; a phone defaults to text.
    const methods = screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'));
    expect(methods).toEqual(['sms', 'email', 'password']);

    await user.type(identifier, '201-555-0101');
    expect(screen.getByRole('radio', { name: 'Text me a code' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    expect(
      await screen.findByText(
        'If this number has an account, we sent a code to it by text message.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('(201) 555-0101')).toBeInTheDocument();
    const code = codeBox();
    await waitFor(() => expect(code).toHaveFocus());
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('maxlength', '6');

    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your account' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
    expect(getSession()?.customerId).toBe('C1000101');
    // The code is not kept anywhere React Query can reach.
    const kept = queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => JSON.stringify(mutation.state.variables ?? null));
    expect(kept.join()).not.toContain('123456');
    // Nor web storage: only the session token is kept there, for a reload.
    expect(storage.seen()).not.toContain('123456');
    expect(storage.seen()).toContain(getSession()?.token);
  });

  it('follows an e-mail to the e-mail channel and takes a pasted code with a space', async () => {
    const { user, router } = await openSignIn();
    await user.type(identifierBox(), 'maya.patel@example.com');
    expect(screen.getByRole('radio', { name: 'Email me a code' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(
      await screen.findByText('If this email address has an account, we sent a code to it.'),
    ).toBeInTheDocument();

    await user.click(codeBox());
    await user.paste('123 456');
    expect(codeBox()).toHaveValue('123456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    expect(router.state.location.pathname).toBe('/account');
  });

  it('explains what is wrong with the identifier and keeps what was typed', async () => {
    const { user } = await openSignIn();
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', { name: 'Enter your mobile number or email address' }),
    ).toHaveAttribute('href', '#field-identifier');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(identifierBox()).toHaveAccessibleDescription(
      expect.stringContaining('Enter your mobile number or email address'),
    );

    await user.type(identifierBox(), '555-01');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const message =
      'Enter a 10-digit US mobile number, like (201) 555-0101, or an email address, like name@example.com';
    expect(
      await within(screen.getByRole('alert')).findByRole('link', { name: message }),
    ).toBeInTheDocument();
    expect(identifierBox()).toHaveValue('555-01');
    expect(identifierBox()).toHaveAttribute('aria-invalid', 'true');
    expect(document.title).toBe('Error: Sign in – Checkout');
  });

  it('answers the same for a number without an account, and counts wrong codes', async () => {
    const { user } = await openSignIn();
    await user.type(identifierBox(), '(973) 555-0199');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(
      await screen.findByText(
        'If this number has an account, we sent a code to it by text message.',
      ),
    ).toBeInTheDocument();

    await user.type(codeBox(), '123456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const wrong = 'That code is not right. You have 4 tries left.';
    expect(
      await within(screen.getByRole('alert')).findByRole('link', { name: wrong }),
    ).toBeInTheDocument();
    expect(codeBox()).toHaveAccessibleDescription(expect.stringContaining(wrong));
    expect(codeBox()).toHaveValue('123456');
    expect(screen.getByText('(973) 555-0199')).toBeInTheDocument();
  });

  it('locks sign-in after five wrong codes and says until when', async () => {
    const { user } = await openSignIn();
    await user.type(identifierBox(), '2015550102');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('textbox', { name: 'Enter the 6-digit code' });

    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await user.clear(codeBox());
      await user.type(codeBox(), '000000');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      if (attempt < 5) {
        await screen.findByText(new RegExp(`${5 - attempt} tr(y|ies) left`), {
          selector: '.field__error',
        });
      }
    }
    // A screen of its own, not a field error: the form cannot work until the lock ends.
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Sign-in is locked for now',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      screen.getByText(/Sign-in is locked after too many wrong tries.*You can try again at \S+/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('textbox', { name: 'Enter the 6-digit code' }),
    ).not.toBeInTheDocument();
    expect(getSession()).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    expect(identifierBox()).toHaveValue('2015550102');
    await waitFor(() => expect(identifierBox()).toHaveFocus());
  });

  it('goes back to change the number, keeping it, and a second code within the cooldown is not lost', async () => {
    const { user } = await openSignIn();
    await user.type(identifierBox(), '2015550101');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('textbox', { name: 'Enter the 6-digit code' });

    await user.click(screen.getByRole('button', { name: 'Use a different number or email' }));
    expect(identifierBox()).toHaveValue('2015550101');
    await waitFor(() => expect(identifierBox()).toHaveFocus());

    // Asking again within 30 seconds: the server refuses (cooldown); the code sent stays usable.
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText(/We sent the code a moment ago/)).toBeInTheDocument();
    await user.type(codeBox(), '123456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your account' }),
    ).toBeInTheDocument();
  });

  it('counts down to "Send a new code" without announcing every second', async () => {
    // The page's clock is the test's: the cooldown ends when the test moves it on. Codes come
    // from this stand-in, on the same clock (the mock backend keeps real time).
    vi.useFakeTimers({ shouldAdvanceTime: true });
    server.use(
      http.post('*/v1/auth/generateotp', () =>
        HttpResponse.json(
          {
            channel: 'sms',
            expiresAt: new Date(Date.now() + 600_000).toISOString(),
            resendAvailableAt: new Date(Date.now() + 30_000).toISOString(),
          },
          { status: 202 },
        ),
      ),
    );
    const { user } = await openSignIn();
    await user.type(identifierBox(), '2015550101');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByRole('textbox', { name: 'Enter the 6-digit code' });

    const countdown = screen.getByText(/You can ask for a new code in \d+ seconds?\./);
    expect(countdown).not.toHaveAttribute('aria-live');
    expect(countdown).not.toHaveAttribute('role');
    const statusTexts = () => screen.getAllByRole('status').map((region) => region.textContent);
    expect(statusTexts().join()).not.toMatch(/seconds/);
    expect(screen.queryByRole('button', { name: 'Send a new code' })).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    const resend = await screen.findByRole('button', { name: 'Send a new code' });
    expect(statusTexts()).toContain('You can now ask for a new code.');

    await user.click(resend);
    expect(await screen.findByText('Only the newest code works.')).toBeInTheDocument();
    expect(screen.getByText(/You can ask for a new code in \d+ seconds\./)).toBeInTheDocument();
  });

  it('signs in with a password, with a Show/Hide toggle', async () => {
    const storage = watchWebStorage();
    const { user, router } = await openSignIn();
    await user.type(identifierBox(), '+1 201 555 0103');
    await user.click(screen.getByRole('radio', { name: 'Use my password' }));
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await within(screen.getByRole('alert')).findByRole('link', { name: 'Enter your password' }),
    ).toBeInTheDocument();

    await user.click(password);
    await user.paste('Checkout-Demo-1');
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(password).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Hide password' }));
    expect(password).toHaveAttribute('type', 'password');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    expect(router.state.location.pathname).toBe('/account');
    expect(getSession()?.customerId).toBe('C1000103');
    expect(storage.seen()).not.toContain('Checkout-Demo-1');
  });

  it('drops what the previous customer chose when someone else signs in', async () => {
    const previous = await signInAs('2015550102');
    chooseAccount(previous.customerId);
    setDraftLines([{ planId: 'essentials-15' }]);
    clearSession();

    const { user } = await openSignIn();
    await user.type(identifierBox(), '2015550101');
    await user.click(screen.getByRole('radio', { name: 'Use my password' }));
    await user.type(screen.getByLabelText('Password'), 'Checkout-Demo-1');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    expect(checkoutDraft.get()).toEqual({ customerId: null, lines: [] });
  });

  it('says so plainly when the code has expired', async () => {
    server.use(
      http.post('*/v1/auth', () =>
        HttpResponse.json(
          { code: 'OTP_EXPIRED', message: 'expired', fieldErrors: [] },
          { status: 401 },
        ),
      ),
    );
    const { user } = await openSignIn();
    await user.type(identifierBox(), '2015550101');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await user.type(
      await screen.findByRole('textbox', { name: 'Enter the 6-digit code' }),
      '123456',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByText('That code has expired. Ask for a new code below.', {
        selector: '.field__error',
      }),
    ).toBeInTheDocument();
  });

  it('offers a retry when sending the code fails on the server, keeping the number', async () => {
    server.use(
      http.post(
        '*/v1/auth/generateotp',
        () =>
          HttpResponse.json(
            { code: 'INTERNAL', message: 'boom', fieldErrors: [] },
            { status: 500 },
          ),
        { once: true },
      ),
    );
    const { user } = await openSignIn();
    await user.type(identifierBox(), '2015550101');
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Something went wrong on our side. Try again.');
    expect(identifierBox()).toHaveValue('2015550101');

    await user.click(within(notice).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText(
        'If this number has an account, we sent a code to it by text message.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('Something went wrong on our side. Try again.'),
    ).not.toBeInTheDocument();
  });
});
