/**
 * Languages. English is written inline next to each component (the base translation);
 * other languages are flat JSON files loaded on demand when chosen.
 */
import { useSyncExternalStore } from 'react';
import { atom, type ReadableAtom } from 'nanostores';
import { createI18n, type ComponentsJSON } from '@nanostores/i18n';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const language = atom<Language>('en');

/** A language's whole file: each file is small, so one request brings every component. */
async function translationsFor(code: string): Promise<ComponentsJSON> {
  const loaded = (await import(`./translations/${code}.json`)) as { default: ComponentsJSON };
  return loaded.default;
}

export const i18n = createI18n(language, { baseLocale: 'en', get: translationsFor });

/**
 * Loads a language's texts before anything shows them, so a page opened in Spanish never
 * flashes English first. Later switches load through the library as components ask.
 */
export async function preloadTranslations(code: Language): Promise<void> {
  if (code === 'en') return;
  const translations = await translationsFor(code);
  // The library types its cache as compiled messages; it stores the components' JSON, as here.
  Object.assign(i18n.cache, { [code]: translations });
}

/**
 * The language the texts on screen are in: it follows `language` once that language's texts
 * have arrived. A heading renamed by a switch of language is not a new page (see PageHeading).
 */
export const shownLanguage = atom<Language>(language.get());
const showWhenLoaded = () => {
  if (!i18n.loading.get()) shownLanguage.set(language.get());
};
// After the library's own listener, which has already set `loading` for a language to fetch.
language.listen(showWhenLoaded);
i18n.loading.listen(showWhenLoaded);

/** Subscribes a component to a store (a messages block, the language). */
export function useStore<T>(store: ReadableAtom<T>): T {
  const read = () => store.get();
  return useSyncExternalStore((onChange) => store.listen(onChange), read, read);
}

// US English and US Spanish: dollars are written "$1,234.56" in both.
const intlLocale: Record<Language, string> = { en: 'en-US', es: 'es-US' };

export function formatMoney(cents: number, lang: Language): string {
  return new Intl.NumberFormat(intlLocale[lang], { style: 'currency', currency: 'USD' }).format(
    cents / 100,
  );
}

export function formatDate(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

export function formatDateTime(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** Formatters bound to the current language. */
export function useFormat() {
  const lang = useStore(language);
  return {
    money: (cents: number) => formatMoney(cents, lang),
    date: (iso: string) => formatDate(iso, lang),
    dateTime: (iso: string) => formatDateTime(iso, lang),
  };
}
