/**
 * The one inline script of index.html. It runs while the page is parsed, before any paint, and
 * puts the page shell that fits the address and the language into #root (scripts/app-shell.ts
 * writes the shells as <template>s), so the first paint is the right page without waiting for
 * the JavaScript. The CSP allows it by its hash (SHELL_SCRIPT_HASH, production-headers.ts).
 *
 * It is plain text, not compiled code, so that its bytes and hash are the same in every build.
 * It reads the tab's settings the way the app does: the session (checkout.session, whose
 * presence sends sign-in on to the account), the language (`?lang=`, then checkout.lang) and
 * kiosk mode (`?kiosk=1` or checkout.kiosk); shell-script.test.ts holds them to the app's keys.
 * The shells' inline styles come as data-shell-style, set here through the CSSOM, because the
 * CSP refuses style attributes in markup.
 *
 * Then, once the browser reports the shell's first contentful paint, it starts the app: a build
 * puts the app's script tags in the APP_START_TEMPLATE instead of the head, so that no
 * JavaScript competes with the HTML and the CSS for the first paint (Lighthouse also counts
 * every request that finishes before the paint as blocking it). Without a shell, or in a hidden
 * tab (which paints nothing), it starts at once.
 */
import { createHash } from 'node:crypto';

export const SHELL_TEMPLATE_PREFIX = 'app-shell-';
export const APP_START_TEMPLATE = 'app-start';

export const SHELL_SCRIPT = `(() => {
  const read = (key) => {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const showShell = () => {
    const html = document.documentElement;
    const query = new URLSearchParams(location.search);
    const shell = (page, lang) => document.getElementById('${SHELL_TEMPLATE_PREFIX}' + page + '-' + lang);
    if (query.get('kiosk') === '1' || read('checkout.kiosk')) html.setAttribute('data-kiosk', '');
    const signIn = ['/', '/sign-in'].includes(location.pathname) && !read('checkout.session');
    const page = signIn ? 'sign-in' : 'frame';
    const lang = [query.get('lang'), read('checkout.lang')].find((code) => code && shell(page, code)) || 'en';
    const template = shell(page, lang);
    if (!template) return false;
    html.lang = lang;
    const content = template.content.cloneNode(true);
    for (const element of content.querySelectorAll('[data-shell-style]')) {
      element.style.cssText = element.dataset.shellStyle;
      element.removeAttribute('data-shell-style');
    }
    document.getElementById('root').replaceChildren(content);
    return true;
  };
  let started = false;
  const startApp = () => {
    const app = document.getElementById('${APP_START_TEMPLATE}');
    if (started || !app) return;
    started = true;
    document.head.append(document.importNode(app.content, true));
  };
  if (!showShell() || document.visibilityState === 'hidden') return startApp();
  // A tab hidden before its first paint never reports one.
  document.addEventListener('visibilitychange', startApp, { once: true });
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    return requestAnimationFrame(() => setTimeout(startApp));
  }
  new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length > 0) startApp();
  }).observe({ type: 'paint', buffered: true });
})();`;

/** The CSP source that allows SHELL_SCRIPT, and nothing else, to run inline. */
export const SHELL_SCRIPT_HASH = `'sha256-${createHash('sha256').update(SHELL_SCRIPT).digest('base64')}'`;
