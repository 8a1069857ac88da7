/**
 * Checks that a rendered page loads nothing from another origin: no remote URL where markup,
 * CSS or a module import would fetch one, and a Content-Security-Policy that lets the browser
 * fetch from no host at all (which also covers what the page's script adds once it runs).
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/** A URL with a host: `https://x`, `http://x`, `//x` (protocol-relative), `wss://x`... */
const HOST_URL = /^(?:[a-z][a-z\d+.-]*:)?\/\//i;
/** Attributes whose URL the browser fetches (an `<a>` or `<area>` href only navigates). */
const FETCHED_ATTRIBUTES = ['src', 'srcset', 'href', 'poster', 'data', 'action', 'formaction'];
const NAVIGATION_ONLY = new Set(['a', 'area']);
const CSS_URLS = /(?:url\(\s*|@import\s+)["']?([^"')\s;]+)/g;
const MODULE_IMPORTS = /(?:\bfrom|\bimport\s*\()\s*["'`]([^"'`]+)["'`]/g;
/** The only sources the page's policy may allow: none of them is another origin. */
const LOCAL_SOURCES = new Set(["'none'", "'unsafe-inline'", 'data:', 'blob:']);

const remote = (urls: Iterable<string>) => [...urls].filter((url) => HOST_URL.test(url.trim()));
const matches = (text: string, pattern: RegExp) =>
  Array.from(text.matchAll(pattern), ([, url = '']) => url);

/** `a.png 1x, b.png 2x` gives `a.png` and `b.png`. */
const srcsetUrls = (srcset: string) =>
  srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');

function fetchedByMarkup(document: Document): string[] {
  const problems: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    for (const name of FETCHED_ATTRIBUTES) {
      if (name === 'href' && NAVIGATION_ONLY.has(element.localName)) continue;
      const value = element.getAttribute(name);
      if (value === null) continue;
      const urls = name === 'srcset' ? srcsetUrls(value) : [value];
      for (const url of remote(urls)) problems.push(`<${element.localName} ${name}="${url}">`);
    }
    const style = element.getAttribute('style');
    if (style) problems.push(...remote(matches(style, CSS_URLS)).map((url) => `style: ${url}`));
  }
  return problems;
}

function fetchedByStylesAndModules(document: Document): string[] {
  const styles = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '');
  const modules = [...document.querySelectorAll('script')].map(
    (script) => script.textContent ?? '',
  );
  return [
    ...remote(styles.flatMap((css) => matches(css, CSS_URLS))).map((url) => `CSS: ${url}`),
    ...remote(modules.flatMap((js) => matches(js, MODULE_IMPORTS))).map((url) => `import ${url}`),
  ];
}

function policyProblems(document: Document): string[] {
  const policy = document
    .querySelector('meta[http-equiv="Content-Security-Policy" i]')
    ?.getAttribute('content');
  if (!policy) return ['no Content-Security-Policy <meta> in the page'];
  const directives = policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name);
  const problems = directives.flatMap(([name, ...sources]) =>
    sources
      .filter((source) => !LOCAL_SOURCES.has(source))
      .map((source) => `CSP ${name} allows ${source}`),
  );
  const defaultSrc = directives.find(([name]) => name === 'default-src');
  if (defaultSrc?.join(' ') !== "default-src 'none'") problems.push("CSP lacks default-src 'none'");
  return problems;
}

/** Everything in `html` that could load from another origin; empty when nothing can. */
export function otherOriginLoads(html: string): string[] {
  // A VirtualConsole of its own keeps jsdom's CSS parser quiet about the page's modern CSS.
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  return [
    ...fetchedByMarkup(document),
    ...fetchedByStylesAndModules(document),
    ...policyProblems(document),
  ];
}
