import { describe, expect, it, vi } from 'vitest';
import { loadWhenOnline } from './load-when-online';

const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('loadWhenOnline', () => {
  it('loads once when the chunk arrives', async () => {
    const load = vi.fn(() => Promise.resolve());
    loadWhenOnline(load);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries once more when the browser is back online, and only once', async () => {
    const load = vi.fn(offline);
    loadWhenOnline(load);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve));
    expect(load).toHaveBeenCalledTimes(1);

    window.dispatchEvent(new Event('online'));
    expect(load).toHaveBeenCalledTimes(2);
    await new Promise((resolve) => setTimeout(resolve));
    window.dispatchEvent(new Event('online'));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
