/**
 * The HTTP headers the production server sends for each path: the one place for the cache
 * policy (and, later, the security headers).
 */
export type HeaderMap = Record<string, string>;

/** Vite's content-hashed output: its name changes whenever its bytes do. */
const HASHED_ASSET = /^\/assets\//;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_STORE = 'no-store';

/** Headers for a response to `pathname` (index.html and the SPA fallback are never cached). */
export function productionHeaders(pathname: string): HeaderMap {
  if (HASHED_ASSET.test(pathname)) return { 'Cache-Control': IMMUTABLE };
  return { 'Cache-Control': NO_STORE };
}
