import { act, screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { i18n, language } from '@/i18n';
import { server } from '@/testing/mock-backend';
import { renderApp } from '@/testing/render-app';
import { shellHtml, SHELL_LANGUAGES } from './render-shells';

/**
 * Markup to compare: style attributes written the way the browser writes them (React on the
 * client sets them through the CSSOM, the server writes them as text).
 */
function normalized(html: string): string {
  const host = document.createElement('div');
  host.innerHTML = html;
  for (const element of host.querySelectorAll<HTMLElement>('[style]')) {
    element.setAttribute('style', element.style.cssText);
  }
  return host.innerHTML;
}

describe('the page shell of index.html', () => {
  // The app is still mounted here: switching back re-renders it.
  afterEach(() => act(() => language.set('en')));

  it.each(SHELL_LANGUAGES)(
    'is what React renders on sign-in before its data arrives (%s)',
    async (lang) => {
      const shell = await shellHtml('sign-in', lang);
      // The sign-in methods never arrive: the page stays as it first shows.
      server.use(http.get('*/v1/auth-methods', () => delay('infinite')));
      const { container } = renderApp('/sign-in');
      const heading = await screen.findByRole('heading', { level: 1 });
      await waitFor(() => expect(heading).toHaveFocus());
      expect(normalized(container.innerHTML)).toBe(normalized(shell));
      // Let the language's texts settle before the next test switches languages.
      await waitFor(() => expect(i18n.loading.get()).toBe(false));
    },
  );

  it('holds the layout frame around a placeholder, with no heading, for any other address', async () => {
    const host = document.createElement('div');
    host.innerHTML = await shellHtml('frame', 'en');
    const frame = within(host);
    expect(frame.getByRole('link', { name: 'Carrier checkout' })).toHaveAttribute('href', '/');
    expect(within(frame.getByRole('main')).getByRole('status')).toHaveTextContent('Loading…');
    expect(frame.queryByRole('heading')).not.toBeInTheDocument();
  });
});
