/**
 * Kiosk mode: a shared in-store device where strangers use the checkout one after another.
 * It is on at build time (`VITE_KIOSK_MODE=true`) or with `?kiosk=1`, which is remembered for
 * the tab in sessionStorage (settings only, nothing about the customer) and rewritten after each
 * wipe of the customer's session, so the kiosk stays a kiosk.
 */
import { browserSessionStorage } from '@/lib/storage';
import { env } from './env';

export const KIOSK_STORAGE_KEY = 'checkout.kiosk';

/** Bounds of `?idle=SECONDS`: short enough for demos and tests, never shorter than 10 s. */
export const MIN_IDLE_SECONDS = 10;
export const MAX_IDLE_SECONDS = 3600;

export interface KioskSettings {
  /** The idle time chosen with `?idle=`, or null for the default. */
  idleSeconds: number | null;
}

function parseIdleSeconds(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const seconds = Number(raw);
  return seconds >= MIN_IDLE_SECONDS && seconds <= MAX_IDLE_SECONDS ? seconds : null;
}

function parseStored(raw: string | null | undefined): KioskSettings | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || !('idleSeconds' in value)) return null;
    const { idleSeconds } = value;
    return {
      idleSeconds: typeof idleSeconds === 'number' ? parseIdleSeconds(String(idleSeconds)) : null,
    };
  } catch {
    return null;
  }
}

/**
 * The kiosk settings from the page's query string, what the tab remembered, and the build flag;
 * null when this is not a kiosk. A valid `?idle=` wins over the remembered one.
 */
export function resolveKioskSettings(
  search: string,
  stored: string | null | undefined,
  builtAsKiosk: boolean,
): KioskSettings | null {
  const query = new URLSearchParams(search);
  const remembered = parseStored(stored);
  if (!builtAsKiosk && query.get('kiosk') !== '1' && !remembered) return null;
  return { idleSeconds: parseIdleSeconds(query.get('idle')) ?? remembered?.idleSeconds ?? null };
}

/** Remembers the kiosk settings for the tab; a wipe calls it again after clearing storage. */
export function rememberKioskSettings(settings: KioskSettings): void {
  try {
    browserSessionStorage()?.setItem(KIOSK_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Disabled storage: the build flag or `?kiosk=1` still applies to this page.
  }
}

/** This page's kiosk settings, or null outside kiosk mode. Cheap enough to call while rendering. */
export function kioskSettings(): KioskSettings | null {
  if (typeof window === 'undefined') return env.VITE_KIOSK_MODE ? { idleSeconds: null } : null;
  const stored = browserSessionStorage()?.getItem(KIOSK_STORAGE_KEY);
  const settings = resolveKioskSettings(window.location.search, stored, env.VITE_KIOSK_MODE);
  if (settings && JSON.stringify(settings) !== stored) rememberKioskSettings(settings);
  return settings;
}

/** Whether the app runs on a shared kiosk (touch-first, no autofill, no passkeys, idle wipes). */
export function isKioskMode(): boolean {
  return kioskSettings() !== null;
}

/**
 * A field's `autocomplete` token, or `off` on a kiosk: the next customer must not be offered
 * what the last one typed (the kiosk's browser profile is thrown away too, see the README).
 */
export function kioskAutoComplete(token: string | undefined): string | undefined {
  return isKioskMode() ? 'off' : token;
}

/**
 * Start-up: `<html data-kiosk>` for the touch-first styles, and a fresh load instead of a page
 * restored from the back/forward cache, which would still show what the page showed when it
 * was left (possibly the previous customer's).
 */
export function startKioskMode(): void {
  document.documentElement.toggleAttribute('data-kiosk', isKioskMode());
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && isKioskMode()) window.location.reload();
  });
}
