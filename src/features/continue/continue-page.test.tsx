import { act, screen, waitFor, within } from '@testing-library/react';
import { clearSession, getSession } from '@/api/session';
import { handoffToken } from '@/checkout/resume';
import { DEMO_PASSWORD, seedOrderAt, signInAs } from '@/testing/personas';
import { renderApp } from '@/testing/render-app';

const API = 'http://localhost';

async function post(path: string, body: unknown, token?: string) {
  return fetch(`${API}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A kiosk's order at the credit step with a hand-off open; this tab is then a new visitor. */
async function openHandoff() {
  const { session, orderId } = await seedOrderAt('credit');
  const response = await post(`/v1/order/${orderId}/handoff`, undefined, session.token);
  const handoff = (await response.json()) as { token: string; code: string };
  clearSession();
  return { orderId, kioskToken: session.token, ...handoff };
}

/** Opens the link as the phone does: `/continue#<token>` in the address bar. */
function openLink(token: string) {
  window.history.replaceState(null, '', `/continue#${token}`);
  return renderApp('/continue');
}

async function signInWithPassword(user: ReturnType<typeof renderApp>['user'], phone: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Mobile number or email' }), phone);
  await user.click(screen.getByRole('radio', { name: 'Use my password' }));
  await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

// Before each test rather than after: a page still on screen would react to the session ending.
beforeEach(() => {
  clearSession();
  handoffToken.set(null);
  window.history.replaceState(null, '', '/');
});

describe('/continue with a link', () => {
  it('takes the token out of the address, asks to sign in, then claims the order', async () => {
    const { orderId, token, kioskToken } = await openHandoff();
    const { user, router } = openLink(token);

    expect(await heading('Sign in to continue your order')).toHaveFocus();
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain(token);
    expect(document.body.textContent).not.toContain(orderId);

    await user.click(screen.getByRole('link', { name: 'Sign in' }));
    await heading('Sign in');
    await signInWithPassword(user, '(201) 555-0101');

    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${orderId}/credit`));
    await heading('Credit check');
    expect(handoffToken.get()).toBeNull();
    // The kiosk's session is over, and says why.
    const kiosk = await fetch(`${API}/v1/order/${orderId}`, {
      headers: { Authorization: `Bearer ${kioskToken}` },
    });
    expect(kiosk.status).toBe(401);
    expect(await kiosk.json()).toMatchObject({ code: 'SESSION_HANDED_OFF' });
  });

  it('says an expired link has expired, and nothing of the order', async () => {
    const { orderId, token } = await openHandoff();
    await post('/v1/sandbox/clock', { advanceSeconds: 601 });
    openLink(token);

    expect(await heading('This link has expired')).toHaveFocus();
    expect(document.body.textContent).not.toContain(orderId);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('link', { name: 'Type a code' })).toHaveAttribute('href', '/continue');
    expect(handoffToken.get()).toBeNull();
  });

  it('says a used link was used', async () => {
    const { token } = await openHandoff();
    const phone = await signInAs('(201) 555-0101');
    expect((await post('/v1/handoff/claim', { token }, phone.token)).status).toBe(200);
    clearSession();
    openLink(token);

    expect(await heading('This link has already been used')).toBeInTheDocument();
    expect(handoffToken.get()).toBeNull();
  });

  it('refuses another customer, who keeps their own session and learns nothing of the order', async () => {
    const { orderId, token } = await openHandoff();
    const other = await signInAs('(201) 555-0102');
    const { unmount } = openLink(token);

    expect(await heading('This link is for another account')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(orderId);
    expect(screen.getByRole('link', { name: 'Start an order' })).toHaveAttribute(
      'href',
      '/account',
    );
    expect(getSession()?.token).toBe(other.token);
    // The link still works for the customer it was made for.
    unmount();
    const maya = await signInAs('(201) 555-0101');
    expect((await post('/v1/handoff/claim', { token }, maya.token)).status).toBe(200);
  });

  it('reads a link opened while /continue is already on screen', async () => {
    const { token } = await openHandoff();
    renderApp('/continue');
    await heading('Continue your order on this phone');

    act(() => {
      window.history.replaceState(null, '', `/continue#${token}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });

    expect(await heading('Sign in to continue your order')).toHaveFocus();
    expect(window.location.hash).toBe('');
  });

  it('says an unknown link does not work', async () => {
    openLink('A'.repeat(43));
    expect(await heading('This link does not work')).toBeInTheDocument();
  });
});

describe('/continue with a typed code', () => {
  const codeBox = () => screen.getByRole('textbox', { name: /^Code/ });

  it('checks the code, counts wrong tries, and redeems the right one', async () => {
    const { code } = await openHandoff();
    const { user } = renderApp('/continue');
    expect(await heading('Continue your order on this phone')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findAllByText('Enter the code')).not.toHaveLength(0);

    await user.type(codeBox(), 'abc');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findAllByText('The code has 8 letters and numbers, like 7KQ4 M9TX'),
    ).not.toHaveLength(0);

    const wrong = code.startsWith('2222') ? '33333333' : '22222222';
    await user.clear(codeBox());
    await user.type(codeBox(), wrong);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findAllByText('That code is not right. You have 4 tries left.'),
    ).not.toHaveLength(0);

    // Typed as shown, in two groups, in lower case.
    await user.clear(codeBox());
    await user.type(codeBox(), `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await heading('Sign in to continue your order')).toHaveFocus();
    expect(handoffToken.get()).toMatch(/^[\w-]{43}$/);
  });

  it('locks code entry after five wrong codes, and says until when', async () => {
    const { code } = await openHandoff();
    // The open code is random: the wrong one must differ from it.
    const wrongCode = code === 'ZZZZZZZZ' ? 'YYYYYYYY' : 'ZZZZZZZZ';
    const { user } = renderApp('/continue');
    await heading('Continue your order on this phone');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await user.clear(codeBox());
      await user.type(codeBox(), wrongCode);
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      const left = 5 - attempt;
      if (left > 1)
        await screen.findAllByText(`That code is not right. You have ${left} tries left.`);
      if (left === 1) await screen.findAllByText(/You have 1 try left before code entry is locked/);
    }
    const locked = await screen.findByRole('alert');
    expect(
      within(locked).getByRole('heading', { level: 2, name: 'Code entry is locked for now' }),
    ).toHaveFocus();
    expect(locked).toHaveTextContent(/You can try again at/);
    expect(screen.queryByRole('textbox', { name: /^Code/ })).not.toBeInTheDocument();
  });

  it('says a code of an expired hand-off has expired', async () => {
    const { code } = await openHandoff();
    await post('/v1/sandbox/clock', { advanceSeconds: 601 });
    const { user } = renderApp('/continue');
    await heading('Continue your order on this phone');
    await user.type(codeBox(), code);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findAllByText(
        'This code has expired. Ask for a new one on the screen where you started.',
      ),
    ).not.toHaveLength(0);
  });
});
