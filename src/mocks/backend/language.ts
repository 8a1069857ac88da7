/** The languages the mock writes its texts in, chosen from a request's Accept-Language. */
export type ContentLanguage = 'en' | 'es';

/** What the answer's Content-Language says. */
export const CONTENT_LANGUAGE_TAG: Record<ContentLanguage, string> = { en: 'en-US', es: 'es-US' };

/**
 * The first language the client prefers that we write in (by q-value, then order), else English.
 * `es-US,es;q=0.9,en;q=0.8` gives `es`; `fr, es;q=0.5` gives `es`; `fr` gives `en`.
 */
export function contentLanguage(acceptLanguage: string | undefined): ContentLanguage {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { primary: range.trim().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { primary } of ranked) {
    if (primary === 'en' || primary === 'es') return primary;
  }
  return 'en';
}

/** The language of a request's headers, whatever the case of their names. */
export function requestLanguage(headers: Record<string, string> | undefined): ContentLanguage {
  const name = Object.keys(headers ?? {}).find((key) => key.toLowerCase() === 'accept-language');
  return contentLanguage(name === undefined ? undefined : headers?.[name]);
}
