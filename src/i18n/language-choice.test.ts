import { i18n, language, shownLanguage } from '.';
import {
  chooseLanguage,
  LANGUAGE_STORAGE_KEY,
  resolveLanguage,
  startLanguage,
} from './language-choice';

describe('resolveLanguage', () => {
  it('takes ?lang= first, then what the tab remembered, then English', () => {
    expect(resolveLanguage('?lang=es', 'en')).toBe('es');
    expect(resolveLanguage('?kiosk=1&lang=en', 'es')).toBe('en');
    expect(resolveLanguage('', 'es')).toBe('es');
    expect(resolveLanguage('', null)).toBe('en');
  });

  it('ignores languages it does not have', () => {
    expect(resolveLanguage('?lang=fr', 'es')).toBe('es');
    expect(resolveLanguage('?lang=ES', 'de')).toBe('en');
  });
});

describe('choosing a language', () => {
  afterEach(() => {
    chooseLanguage('en');
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('?lang=es loads Spanish before the first render, remembers it, and sets <html lang>', async () => {
    window.history.replaceState(null, '', '/sign-in?lang=es');
    await startLanguage();
    expect(language.get()).toBe('es');
    expect(shownLanguage.get()).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(sessionStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('es');
    expect(i18n.cache.es).toHaveProperty('ui');

    chooseLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(sessionStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('stores nothing when nobody chose', async () => {
    await startLanguage();
    expect(language.get()).toBe('en');
    expect(sessionStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });
});
