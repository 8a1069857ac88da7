import { describe, expect, it, vi } from 'vitest';
import { loadWhenOnline } from './load-when-online';

const chunk = { name: 'tracker' };
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const settled = () => new Promise((resolve) => setTimeout(resolve));

describe('loadWhenOnline', () => {
  it('uses the module once it loads, and loads it once', async () => {
    const load = vi.fn(() => Promise.resolve(chunk));
    const use = vi.fn();
    loadWhenOnline(load, use);
    await vi.waitFor(() => expect(use).toHaveBeenCalledWith(chunk));
    window.dispatchEvent(new Event('online'));
    await settled();
    expect(load).toHaveBeenCalledTimes(1);
    expect(use).toHaveBeenCalledTimes(1);
  });

  it('tries once more when the browser is back online, and only once', async () => {
    const load = vi.fn<() => Promise<typeof chunk>>(offline);
    const use = vi.fn();
    loadWhenOnline(load, use);
    await settled();
    expect(load).toHaveBeenCalledTimes(1);
    expect(use).not.toHaveBeenCalled();

    load.mockResolvedValueOnce(chunk);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(use).toHaveBeenCalledWith(chunk));
    window.dispatchEvent(new Event('online'));
    await settled();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
