// The demo opens a hand-off link only where the mock is a server of its own (VITE_API_BASE_URL).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { env } from '@/config/env';
import { server } from '@/testing/mock-backend';
import { HandoffDemo } from './handoff-demo';

vi.mock('@/config/env', async (importOriginal) => {
  const actual: { env: typeof env } = await importOriginal();
  return { env: { ...actual.env, VITE_API_BASE_URL: 'http://localhost:4282' } };
});

const token = (letter: string) => letter.repeat(43);
const texted = (bodies: string[]) =>
  server.use(
    http.get('http://localhost:4282/__mock/messages', () =>
      HttpResponse.json({ messages: bodies.map((body) => ({ to: '2015550101', body })) }),
    ),
  );
const openButton = () =>
  screen.getByRole('button', { name: 'Open the hand-off link as a new visitor' });

describe('HandoffDemo', () => {
  it('opens the newest texted link in a new window that shares nothing with this one', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    texted([
      `Continue your order: http://localhost:4283/continue#${token('a')}`,
      `Continue your order: http://localhost:4283/continue#${token('b')} (expires in 10 min)`,
      'Your order was placed.',
    ]);
    render(<HandoffDemo />);
    await userEvent.click(openButton());

    await vi.waitFor(() =>
      expect(open).toHaveBeenCalledWith(
        `http://localhost:4283/continue#${token('b')}`,
        '_blank',
        'noopener,noreferrer',
      ),
    );
    expect(open).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('No hand-off link was texted yet.')).not.toBeInTheDocument();
  });

  it('says so when no link was texted, and opens nothing', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    texted(['Your order was placed.']);
    render(<HandoffDemo />);
    await userEvent.click(openButton());

    expect(await screen.findByText('No hand-off link was texted yet.')).toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();
  });
});
