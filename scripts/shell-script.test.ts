import { SESSION_STORAGE_KEY } from '@/api/session';
import { KIOSK_STORAGE_KEY } from '@/config/kiosk-mode';
import { LANGUAGE_STORAGE_KEY } from '@/i18n/language-choice';
import { APP_START_TEMPLATE, SHELL_SCRIPT, SHELL_TEMPLATE_PREFIX } from './shell-script';

type PaintListener = (entries: { getEntriesByName: (name: string) => unknown[] }) => void;

/** A PerformanceObserver that reports the paints the test tells it to. */
function fakePaintObserver() {
  const listeners: PaintListener[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(listener: PaintListener) {
      listeners.push(listener);
    }
    observe() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return (name: string) => {
    for (const listener of listeners) {
      listener({ getEntriesByName: (asked) => (asked === name ? [{ name }] : []) });
    }
  };
}

const shellTemplate = (id: string, text: string) =>
  `<template id="${SHELL_TEMPLATE_PREFIX}${id}"><h1>${text}</h1><div class="bar" data-shell-style="width:25%"></div></template>`;

/** index.html as a build writes it, with one-line shells, at `url`. */
function openPage(url: string) {
  window.history.replaceState(null, '', url);
  document.documentElement.removeAttribute('data-kiosk');
  document.documentElement.lang = 'en';
  document.head.innerHTML = `<template id="${APP_START_TEMPLATE}"><meta name="app-started"></template>`;
  document.body.innerHTML = [
    '<div id="root"></div>',
    shellTemplate('sign-in-en', 'Sign in'),
    shellTemplate('frame-en', ''),
    shellTemplate('sign-in-es', 'Iniciar sesión'),
    shellTemplate('frame-es', ''),
  ].join('');
  const paint = fakePaintObserver();
  const addListener = vi.spyOn(document, 'addEventListener');
  // The script under test is text, exactly as index.html carries it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(SHELL_SCRIPT) as () => void;
  run();
  // The next page load starts from a clean document: this script's listeners go with this one.
  for (const [type, listener] of addListener.mock.calls) {
    pageListeners.push(() => document.removeEventListener(type, listener));
  }
  const root = document.getElementById('root');
  return {
    shown: () => root?.querySelector('h1')?.textContent,
    started: () => document.head.querySelector('meta[name="app-started"]') !== null,
    paint,
  };
}

const pageListeners: (() => void)[] = [];

afterEach(() => {
  for (const remove of pageListeners.splice(0)) remove();
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

describe('the page shell script', () => {
  it('shows sign-in in English, with its styles set through the CSSOM', () => {
    const page = openPage('/sign-in');
    expect(page.shown()).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    const bar = document.querySelector<HTMLElement>('#root .bar');
    expect(bar?.style.width).toBe('25%');
    expect(bar).not.toHaveAttribute('data-shell-style');
    expect(document.querySelector('#root')?.children).toHaveLength(2);
  });

  it('shows sign-in at the root address too, where the app sends a signed-out visitor', () => {
    expect(openPage('/').shown()).toBe('Sign in');
  });

  it('shows the frame, never sign-in, for a deep link or a tab that has a session', () => {
    expect(openPage('/orders/o1/credit').shown()).toBe('');
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{}');
    expect(openPage('/sign-in').shown()).toBe('');
  });

  it('picks the language from ?lang=, then from the tab, as the app does', () => {
    expect(openPage('/sign-in?lang=es').shown()).toBe('Iniciar sesión');
    expect(document.documentElement.lang).toBe('es');
    sessionStorage.setItem(LANGUAGE_STORAGE_KEY, 'es');
    expect(openPage('/sign-in').shown()).toBe('Iniciar sesión');
    expect(openPage('/sign-in?lang=fr').shown()).toBe('Iniciar sesión');
    expect(openPage('/sign-in?lang=en').shown()).toBe('Sign in');
    sessionStorage.clear();
    expect(openPage('/sign-in?lang=fr').shown()).toBe('Sign in');
  });

  it('marks a kiosk before the first paint, from ?kiosk=1 or the tab', () => {
    openPage('/sign-in?kiosk=1');
    expect(document.documentElement).toHaveAttribute('data-kiosk');
    sessionStorage.setItem(KIOSK_STORAGE_KEY, '{"idleSeconds":null}');
    openPage('/sign-in');
    expect(document.documentElement).toHaveAttribute('data-kiosk');
    sessionStorage.clear();
    openPage('/sign-in');
    expect(document.documentElement).not.toHaveAttribute('data-kiosk');
  });

  it('starts the app once the shell has been painted with content', () => {
    const page = openPage('/sign-in');
    expect(page.started()).toBe(false);
    page.paint('first-paint');
    expect(page.started()).toBe(false);
    page.paint('first-contentful-paint');
    expect(page.started()).toBe(true);
    expect(document.head.querySelectorAll('meta[name="app-started"]')).toHaveLength(1);
    // Later reports change nothing: the app starts once.
    page.paint('first-contentful-paint');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(document.head.querySelectorAll('meta[name="app-started"]')).toHaveLength(1);
  });

  it('starts the app when the tab is hidden before its first paint, which then never comes', () => {
    const page = openPage('/sign-in');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(page.started()).toBe(true);
  });
});
