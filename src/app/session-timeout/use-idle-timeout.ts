import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { startIdleTimer, type IdleTimer } from './idle-timer';

export interface IdlePolicy {
  idleMs: number;
  warningMs: number;
  /** Start counting only once someone touches the page (an untouched kiosk start screen). */
  waitForActivity: boolean;
}

// What counts as the customer being there. `scroll` does not bubble: listened to in capture.
const ACTIVITY_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'touchstart',
  'wheel',
  'scroll',
] as const;

/**
 * Runs the idle clock while `policy` is set. `deadline` is when the session ends once the
 * warning is up (null while it is not); `extend` is the warning's "continue".
 */
export function useIdleTimeout(policy: IdlePolicy | null, onExpire: () => void) {
  const [deadline, setDeadline] = useState<number | null>(null);
  const timer = useRef<IdleTimer | null>(null);
  const expire = useEffectEvent(() => {
    setDeadline(null);
    onExpire();
  });
  const idleMs = policy?.idleMs;
  const warningMs = policy?.warningMs;
  const waitForActivity = policy?.waitForActivity;

  useEffect(() => {
    if (idleMs === undefined || warningMs === undefined) return;
    const current = startIdleTimer({
      idleMs,
      warningMs,
      waitForActivity,
      onWarning: setDeadline,
      onExpire: expire,
    });
    timer.current = current;
    const onActivity = () => current.activity();
    const options = { capture: true, passive: true };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, options);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, options);
      current.stop();
      timer.current = null;
      setDeadline(null);
    };
  }, [idleMs, warningMs, waitForActivity]);

  const extend = useCallback(() => {
    setDeadline(null);
    timer.current?.extend();
  }, []);

  return { deadline, extend };
}
