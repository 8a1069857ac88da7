/**
 * The mock's records of hand-offs (an order continued on another device) and of the texts it
 * "sent": plain JSON, part of `MockState`. Kept apart from `handoff.ts`, which holds the rules,
 * so that `types.ts` can name them without an import cycle.
 */

export interface HandoffRecord {
  orderId: string;
  personaId: string;
  /** The token of the session that opened it (the kiosk's): a claim ends that session. */
  openedBy: string;
  code: string;
  /** Epoch ms; a newer hand-off of the same order sets it to the time it replaced this one. */
  expiresAt: number;
  /** The token of the session that claimed it, once claimed. */
  claimedBy?: string;
}

export interface HandoffBook {
  /** Every hand-off not yet forgotten, by its token. */
  byToken: Record<string, HandoffRecord>;
  /** The token of each order's latest hand-off, by order id. */
  latest: Record<string, string>;
  /** Epoch ms of wrong codes in the window; the sandbox cannot tell clients apart. */
  wrongCodes: number[];
  codeLockedUntil: number | null;
  /** Epoch ms of the links texted in the window, by persona. */
  texts: Record<string, number[]>;
  /** Sessions that a claim ended, by token: when each would have expired. */
  endedSessions: Record<string, number>;
}

/** A text the mock "sent": kept for tests and demos (`GET /__mock/messages`), never sent. */
export interface SentMessage {
  at: string;
  /** Ten digits: the account's number on file. */
  to: string;
  body: string;
}

export function emptyHandoffBook(): HandoffBook {
  return {
    byToken: {},
    latest: {},
    wrongCodes: [],
    codeLockedUntil: null,
    texts: {},
    endedSessions: {},
  };
}
