/**
 * Which language the customer reads: `?lang=es` or the language switch picks it, and the tab
 * remembers it in sessionStorage (a setting, nothing about the customer). `<html lang>` follows.
 */
import { browserSessionStorage } from '@/lib/storage';
import { LANGUAGES, language, preloadTranslations, type Language } from '.';

export const LANGUAGE_STORAGE_KEY = 'checkout.lang';

function asLanguage(value: string | null | undefined): Language | null {
  return LANGUAGES.find((code) => code === value) ?? null;
}

/** `?lang=` when it names a language we have, else what the tab remembered, else English. */
export function resolveLanguage(search: string, stored: string | null | undefined): Language {
  return asLanguage(new URLSearchParams(search).get('lang')) ?? asLanguage(stored) ?? 'en';
}

function remember(code: Language): void {
  try {
    browserSessionStorage()?.setItem(LANGUAGE_STORAGE_KEY, code);
  } catch {
    // Disabled storage: the choice still holds for this page.
  }
}

/** The customer's choice from the switch. */
export function chooseLanguage(code: Language): void {
  remember(code);
  language.set(code);
}

/**
 * Call once before the first render: applies the page's language with its texts already
 * loaded, and keeps `<html lang>` in step with later choices.
 */
export async function startLanguage(): Promise<void> {
  const query = new URLSearchParams(window.location.search).get('lang');
  const code = resolveLanguage(
    window.location.search,
    browserSessionStorage()?.getItem(LANGUAGE_STORAGE_KEY),
  );
  if (asLanguage(query)) remember(code);
  try {
    await preloadTranslations(code);
  } catch {
    // Texts that cannot load now are fetched again when a component asks; English shows meanwhile.
  }
  language.set(code);
  language.subscribe((current) => {
    document.documentElement.lang = current;
  });
}
