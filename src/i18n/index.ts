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

export const i18n = createI18n(language, {
  baseLocale: 'en',
  async get(code) {
    const loaded = (await import(`./translations/${code}.json`)) as { default: ComponentsJSON };
    return loaded.default;
  },
});

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
