/**
 * The idle clock behind the session timeout warning, free of React and the DOM so that it can be
 * tested with fake timers. Times are deadlines on `Date.now()`, not counts of timer ticks: a
 * device that slept past the deadline ends the session on waking instead of starting the
 * countdown late.
 */

export interface IdleTimerOptions {
  /** Quiet time before the warning. */
  idleMs: number;
  /** How long the warning gives to continue. */
  warningMs: number;
  /** When true the idle time starts with the first activity (an untouched kiosk start screen). */
  waitForActivity?: boolean;
  /** The warning starts; the session ends at `deadline` unless extended. */
  onWarning: (deadline: number) => void;
  onExpire: () => void;
}

export interface IdleTimer {
  /** The customer did something. Restarts the idle time, but not once the warning is up. */
  activity: () => void;
  /** "I'm still here": closes the warning and restarts the idle time. */
  extend: () => void;
  stop: () => void;
}

export function startIdleTimer(options: IdleTimerOptions): IdleTimer {
  const { idleMs, warningMs, onWarning, onExpire } = options;
  let lastActivity: number | null = options.waitForActivity ? null : Date.now();
  let warningDeadline: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = (at: number, check: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, at - Date.now()));
  };

  const expire = () => {
    stopped = true;
    clearTimeout(timer);
    onExpire();
  };

  const checkWarning = () => {
    if (warningDeadline === null) return;
    if (Date.now() < warningDeadline) schedule(warningDeadline, checkWarning);
    else expire();
  };

  // Activity only moves `lastActivity`; the timer is rescheduled when it fires, so a stream of
  // pointer moves costs one assignment each rather than a clearTimeout/setTimeout pair.
  const checkIdle = () => {
    if (lastActivity === null) return;
    const idleEndsAt = lastActivity + idleMs;
    const now = Date.now();
    if (now < idleEndsAt) {
      schedule(idleEndsAt, checkIdle);
      return;
    }
    warningDeadline = idleEndsAt + warningMs;
    if (now >= warningDeadline) {
      expire();
      return;
    }
    onWarning(warningDeadline);
    schedule(warningDeadline, checkWarning);
  };

  const restartIdle = () => {
    lastActivity = Date.now();
    warningDeadline = null;
    schedule(lastActivity + idleMs, checkIdle);
  };

  if (lastActivity !== null) schedule(lastActivity + idleMs, checkIdle);

  return {
    activity: () => {
      if (stopped || warningDeadline !== null) return;
      if (lastActivity === null) restartIdle();
      else lastActivity = Date.now();
    },
    extend: () => {
      if (!stopped) restartIdle();
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Whole seconds left until `deadline`, never below zero. */
export function secondsUntil(deadline: number, now = Date.now()): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/**
 * What the live region says: the seconds left rounded up to a threshold (every 30 s, then every
 * 10 s in the last half minute), so a screen reader hears a handful of updates rather than one
 * a second. 29 s left still reads "30 seconds" and changes nothing in the region.
 */
export function announcedSeconds(secondsLeft: number): number {
  if (secondsLeft <= 0) return 0;
  const step = secondsLeft > 30 ? 30 : 10;
  return Math.ceil(secondsLeft / step) * step;
}
