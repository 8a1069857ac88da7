import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { FunnelEvent } from '@/analytics/events';
import { mockRuntime, server } from '@/mocks/node';
import { FunnelView } from './funnel-view';

const event = (
  visitId: string,
  name: 'step_viewed' | 'step_completed',
  step: FunnelEvent['step'],
) =>
  ({
    name,
    step,
    visitId,
    schemaVersion: 1,
    at: '2026-03-01T12:00:00.000Z',
    language: 'en',
    kiosk: false,
    ...(name === 'step_completed' && { durationMs: 12_000 }),
  }) as FunnelEvent;

const first = '11111111-1111-4111-8111-111111111111';
const second = '22222222-2222-4222-8222-222222222222';

describe('FunnelView', () => {
  it('shows the collected visits as a chart and as a table with the same figures', async () => {
    mockRuntime.collectFunnelEvents([
      event(first, 'step_viewed', 'credit'),
      event(first, 'step_completed', 'credit'),
      event(second, 'step_viewed', 'credit'),
    ]);
    render(<FunnelView />);

    expect(await screen.findByText('Visits: 2. Orders placed: 0.')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /visits that reached and completed each step/ }),
    ).toBeInTheDocument();
    const credit = screen.getByRole('row', { name: /Credit check/ });
    expect(
      within(credit)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '1', '1', '12.0 s', 'None']);
  });

  it('says so when the collector cannot be read, and reads it again on Refresh', async () => {
    server.use(
      http.get('*/__mock/analytics', () => new HttpResponse(null, { status: 500 }), { once: true }),
    );
    render(<FunnelView />);
    expect(
      await screen.findByText('The collected events could not be read. Try again.'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('Visits: 0. Orders placed: 0.')).toBeInTheDocument();
    expect(
      screen.queryByText('The collected events could not be read. Try again.'),
    ).not.toBeInTheDocument();
  });
});
