/**
 * The session token holder. The token lives in memory; it is mirrored to sessionStorage under
 * one key only so that a reload can resume the checkout (the one place web storage may hold it).
 */
import { useSyncExternalStore } from 'react';
import { Session } from './contract/boot-schemas';
import { browserSessionStorage as storage } from '@/lib/storage';

export const SESSION_STORAGE_KEY = 'checkout.session';

type Listener = () => void;

// `undefined` = not read from storage yet; read lazily so importing this module has no side effects.
let current: Session | null | undefined;
// Kept in memory only, like the query cache it protects: lets sign-in notice a different customer.
let lastCustomerId: string | null = null;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();

// Browsers cap setTimeout at 2^31-1 ms; a longer delay would fire at once.
const MAX_TIMER_MS = 2_147_483_647;

function isExpired(session: Session, now = Date.now()): boolean {
  return Date.parse(session.expiresAt) <= now;
}

function readStored(): Session | null {
  const raw = storage()?.getItem(SESSION_STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = Session.safeParse(JSON.parse(raw));
    if (parsed.success && !isExpired(parsed.data)) return parsed.data;
  } catch {
    // Unreadable JSON: fall through and drop it.
  }
  storage()?.removeItem(SESSION_STORAGE_KEY);
  return null;
}

function notify() {
  for (const listener of listeners) listener();
}

// Wakes subscribers when the session expires, so `useSession()` turns null without a reload.
function scheduleExpiry(session: Session | null) {
  if (expiryTimer !== undefined) clearTimeout(expiryTimer);
  expiryTimer = undefined;
  if (!session) return;
  const delay = Date.parse(session.expiresAt) - Date.now();
  if (delay <= 0) return;
  expiryTimer = setTimeout(
    () => {
      expiryTimer = undefined;
      if (current && isExpired(current)) {
        clearSession();
      } else {
        scheduleExpiry(current ?? null);
      }
    },
    Math.min(delay, MAX_TIMER_MS),
  );
}

function load(): Session | null {
  if (current === undefined) {
    current = readStored();
    if (current) lastCustomerId = current.customerId;
    scheduleExpiry(current);
  }
  return current;
}

/** The current session, or null when signed out or expired. Stable identity between changes. */
export function getSession(): Session | null {
  const session = load();
  if (session && isExpired(session)) {
    // Drop it on read so storage never outlives the token; the snapshot becomes null.
    current = null;
    storage()?.removeItem(SESSION_STORAGE_KEY);
    scheduleExpiry(null);
    return null;
  }
  return session;
}

/** Stores a new session; only `token`, `customerId` and `expiresAt` are kept, whatever is passed. */
export function setSession(session: Session): void {
  const next = Session.parse(session);
  const kept: Session = {
    token: next.token,
    customerId: next.customerId,
    expiresAt: next.expiresAt,
  };
  current = kept;
  lastCustomerId = kept.customerId;
  try {
    storage()?.setItem(SESSION_STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // Quota or disabled storage: the session still works, it just will not survive a reload.
  }
  scheduleExpiry(kept);
  notify();
}

/** Forgets the session in memory and in sessionStorage. */
export function clearSession(): void {
  const hadSession = current !== null && current !== undefined;
  current = null;
  storage()?.removeItem(SESSION_STORAGE_KEY);
  scheduleExpiry(null);
  if (hadSession) notify();
}

/**
 * The customer of the last session held in this page, even after it expired or was refused, so
 * that signing in as someone else can drop what the page cached for the previous customer.
 */
export function getLastCustomerId(): string | null {
  load();
  return lastCustomerId;
}

/** Subscribes to session changes (sign-in, sign-out, expiry). Returns the unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The current session for React; re-renders on sign-in, sign-out and expiry. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}
