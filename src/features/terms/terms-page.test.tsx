import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { language } from '@/i18n';
import { agreementsFor } from '@/testing/mock-backend';
import { mockRuntime, server } from '@/testing/mock-backend';
import { renderApp } from '@/testing/render-app';
import { seedOrderAt } from '@/testing/personas';

const titles = agreementsFor(true).map((agreement) => agreement.title);

function storedOrder(orderId: string) {
  const order = mockRuntime.backend.listOrders().find((candidate) => candidate.id === orderId);
  if (!order) throw new Error(`No order ${orderId}`);
  return order;
}

// Each test opens lazily loaded pages; on a busy machine the first load can take a while.

describe('Terms step', { timeout: 20_000 }, () => {
  it('shows each agreement in full, unticked, and records each acceptance before review', async () => {
    const { orderId } = await seedOrderAt('terms');
    const { user, router } = renderApp(`/orders/${orderId}/terms`);

    const termsHeading = await screen.findByRole('heading', {
      level: 1,
      name: 'Terms and agreements',
    });

    await waitFor(() => expect(termsHeading).toHaveFocus());
    await screen.findByRole('checkbox', { name: `I have read and accept the ${titles[0]}` });
    for (const title of titles) {
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
      expect(
        screen.getByRole('checkbox', { name: `I have read and accept the ${title}` }),
      ).not.toBeChecked();
    }
    // The full text is on the page, behind a disclosure.
    const service = screen.getByRole('region', { name: 'Customer Service Agreement' });
    await user.click(within(service).getByText('Read the full Customer Service Agreement'));
    expect(within(service).getByText(/binding individual arbitration/)).toBeVisible();

    for (const title of titles) {
      await user.click(
        screen.getByRole('checkbox', { name: `I have read and accept the ${title}` }),
      );
    }
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Review your order' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/review`);
    const recorded = storedOrder(orderId).fulfillment?.agreements ?? [];
    expect(recorded.map((item) => [item.agreementId, item.version])).toEqual(
      agreementsFor(true).map((agreement) => [agreement.id, agreement.version]),
    );
  });

  it('lists every agreement not accepted, inline and in the summary, and keeps the ticks given', async () => {
    const { orderId } = await seedOrderAt('terms');
    const { user, router } = renderApp(`/orders/${orderId}/terms`);
    const [first, ...rest] = titles;

    await user.click(
      await screen.findByRole('checkbox', { name: `I have read and accept the ${first}` }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(
      rest.map((title) => `Accept the ${title} to continue`),
    );
    for (const title of rest) {
      const checkbox = screen.getByRole('checkbox', {
        name: `I have read and accept the ${title}`,
      });
      expect(checkbox).toHaveAccessibleDescription(`Accept the ${title} to continue`);
      expect(checkbox).toBeInvalid();
    }
    expect(
      screen.getByRole('checkbox', { name: `I have read and accept the ${first}` }),
    ).toBeChecked();
    expect(document.title).toMatch(/^Error:/);
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/terms`);
    expect(storedOrder(orderId).fulfillment?.agreements).toEqual([]);
  });

  it('offers a retry when recording the acceptance fails, keeping the ticks', async () => {
    const { orderId } = await seedOrderAt('terms');
    server.use(
      http.patch(
        '*/v1/order/:id/fulfillment',
        () =>
          HttpResponse.json(
            { code: 'INTERNAL', message: 'boom', fieldErrors: [] },
            { status: 500 },
          ),
        { once: true },
      ),
    );
    const { user, router } = renderApp(`/orders/${orderId}/terms`);
    await screen.findByRole('checkbox', { name: `I have read and accept the ${titles[0]}` });
    for (const title of titles) {
      await user.click(
        screen.getByRole('checkbox', { name: `I have read and accept the ${title}` }),
      );
    }
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Something went wrong on our side. Try again.');
    for (const title of titles) {
      expect(
        screen.getByRole('checkbox', { name: `I have read and accept the ${title}` }),
      ).toBeChecked();
    }
    await user.click(within(notice).getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Review your order' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/review`);
  });

  it('takes back the tick of an agreement that changed meanwhile and explains why', async () => {
    const { orderId } = await seedOrderAt('terms');
    // The page first shows an older version of the service agreement; the server has a newer one.
    const [service, ...others] = agreementsFor(true);
    if (!service) throw new Error('No agreements');
    server.use(
      http.get(
        '*/v1/order/:id/agreements',
        () => HttpResponse.json({ agreements: [{ ...service, version: '2024.9' }, ...others] }),
        { once: true },
      ),
    );
    const { user, router } = renderApp(`/orders/${orderId}/terms`);
    await screen.findByText('Version 2024.9');
    for (const title of titles) {
      await user.click(
        screen.getByRole('checkbox', { name: `I have read and accept the ${title}` }),
      );
    }
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('The terms have changed');
    expect(
      await within(notice).findByRole('link', {
        name: `${service.title} (now version ${service.version})`,
      }),
    ).toHaveAttribute('href', `#agreement-${service.id}`);
    expect(await screen.findByText(`Version ${service.version}`)).toBeInTheDocument();
    const serviceBox = screen.getByRole('checkbox', {
      name: `I have read and accept the ${service.title}`,
    });
    expect(serviceBox).not.toBeChecked();
    for (const other of others) {
      expect(
        screen.getByRole('checkbox', { name: `I have read and accept the ${other.title}` }),
      ).toBeChecked();
    }

    await user.click(serviceBox);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Review your order' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/review`);
  });

  it('sends the customer to the step that came undone when the server refuses the terms for it', async () => {
    const { orderId } = await seedOrderAt('terms');
    const { user, router } = renderApp(`/orders/${orderId}/terms`);
    await screen.findByRole('checkbox', { name: `I have read and accept the ${titles[0]}` });
    // The plan sells out while the customer reads.
    mockRuntime.backend.markSoldOut([storedOrder(orderId).lines[0]?.planId ?? '']);

    for (const title of titles) {
      await user.click(
        screen.getByRole('checkbox', { name: `I have read and accept the ${title}` }),
      );
    }
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your cart' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/cart`);
    expect(
      await screen.findByText('Something in your cart is no longer available'),
    ).toBeInTheDocument();
  });

  it('shows agreements accepted earlier as accepted when coming back from review', async () => {
    const { orderId } = await seedOrderAt('review');
    const { user, router } = renderApp(`/orders/${orderId}/terms?from=review`);
    await screen.findByRole('checkbox', { name: `I have read and accept the ${titles[0]}` });
    for (const title of titles) {
      const checkbox = screen.getByRole('checkbox', {
        name: `I have read and accept the ${title}`,
      });
      expect(checkbox).toBeChecked();
      expect(checkbox).toHaveAccessibleDescription(/^You accepted version /);
    }
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      `/orders/${orderId}/review`,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${orderId}/review`));
  });

  it('keeps the page and its ticks when the language changes, then shows the agreements in it', async () => {
    const { orderId } = await seedOrderAt('terms');
    const { user } = renderApp(`/orders/${orderId}/terms`);
    const [first, second] = agreementsFor(true, 'es');
    if (!first || !second) throw new Error('Two agreements expected');
    await user.click(
      await screen.findByRole('checkbox', { name: `I have read and accept the ${titles[0]}` }),
    );
    try {
      act(() => language.set('es'));
      // The page stays on screen while the Spanish text loads, not a loading screen instead.
      expect(screen.getByRole('heading', { level: 2, name: titles[0] })).toBeVisible();
      expect(
        await screen.findByRole('checkbox', { name: `He leído y acepto el ${first.title}` }),
      ).toBeChecked();
      expect(
        screen.getByRole('checkbox', { name: `He leído y acepto el ${second.title}` }),
      ).not.toBeChecked();
    } finally {
      act(() => language.set('en'));
    }
  });
});
