import { act, render, screen } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { OfflineBanner } from './offline-banner';

afterEach(() => onlineManager.setOnline(true));

describe('OfflineBanner', () => {
  it('is an empty live region while online', () => {
    render(<OfflineBanner />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says so while offline, and announces the connection coming back', () => {
    render(<OfflineBanner />);
    act(() => onlineManager.setOnline(false));
    expect(screen.getByRole('status')).toHaveTextContent('You are offline');

    act(() => onlineManager.setOnline(true));
    expect(screen.getByRole('status')).not.toHaveTextContent('You are offline');
    expect(screen.getByRole('status')).toHaveTextContent('You are back online.');
  });
});
