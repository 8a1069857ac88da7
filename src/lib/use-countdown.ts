import { useEffect, useState } from 'react';

interface Countdown {
  /** Milliseconds left, never below 0. */
  remaining: number;
  /** False for the one render after the deadline changed, before the clock was read again. */
  fresh: boolean;
}

/**
 * Time left until `deadline` (an ISO time from the API), re-read once a second, at once when
 * the deadline changes (a renewed hold) and when the tab becomes visible again (browsers slow
 * timers down in background tabs). The clock is read in timers, never during render.
 */
export function useCountdown(deadline: string): Countdown {
  const [reading, setReading] = useState(() => ({ deadline, now: Date.now() }));
  useEffect(() => {
    const read = () => setReading({ deadline, now: Date.now() });
    const first = setTimeout(read, 0);
    const timer = setInterval(read, 1000);
    document.addEventListener('visibilitychange', read);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      document.removeEventListener('visibilitychange', read);
    };
  }, [deadline]);
  return {
    remaining: Math.max(0, Date.parse(deadline) - reading.now),
    fresh: reading.deadline === deadline,
  };
}

/** 872 000 ms → `14:32` (whole seconds, rounded down). */
export function formatCountdown(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
