import { announcedSeconds, secondsUntil, startIdleTimer, type IdleTimer } from './idle-timer';

const IDLE_MS = 120_000;
const WARNING_MS = 30_000;

describe('startIdleTimer', () => {
  let timer: IdleTimer | undefined;
  let onWarning = vi.fn<(deadline: number) => void>();
  let onExpire = vi.fn<() => void>();

  beforeEach(() => {
    onWarning = vi.fn();
    onExpire = vi.fn();
    vi.useFakeTimers({ now: new Date('2026-01-01T10:00:00Z') });
  });

  afterEach(() => {
    timer?.stop();
    vi.useRealTimers();
  });

  const start = (waitForActivity = false) => {
    timer = startIdleTimer({
      idleMs: IDLE_MS,
      warningMs: WARNING_MS,
      waitForActivity,
      onWarning,
      onExpire,
    });
    return timer;
  };

  it('warns after the idle time with the deadline, then expires when the warning runs out', () => {
    const startedAt = Date.now();
    start();
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(onWarning).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onWarning).toHaveBeenCalledExactlyOnceWith(startedAt + IDLE_MS + WARNING_MS);
    vi.advanceTimersByTime(WARNING_MS - 1);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onExpire).toHaveBeenCalledOnce();
  });

  it('restarts the idle time on activity', () => {
    const idle = start();
    vi.advanceTimersByTime(IDLE_MS - 1_000);
    idle.activity();
    vi.advanceTimersByTime(IDLE_MS - 1_000);
    expect(onWarning).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onWarning).toHaveBeenCalledOnce();
  });

  it('ignores activity once the warning is up: only continuing keeps the session', () => {
    const idle = start();
    vi.advanceTimersByTime(IDLE_MS);
    idle.activity();
    vi.advanceTimersByTime(WARNING_MS);
    expect(onExpire).toHaveBeenCalledOnce();
  });

  it('gives a full idle time again after continuing', () => {
    const idle = start();
    vi.advanceTimersByTime(IDLE_MS + WARNING_MS - 1_000);
    idle.extend();
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(onExpire).not.toHaveBeenCalled();
    expect(onWarning).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1);
    expect(onWarning).toHaveBeenCalledTimes(2);
  });

  it('waits for the first activity when asked to', () => {
    const idle = start(true);
    vi.advanceTimersByTime(IDLE_MS * 5);
    expect(onWarning).not.toHaveBeenCalled();
    idle.activity();
    vi.advanceTimersByTime(IDLE_MS);
    expect(onWarning).toHaveBeenCalledOnce();
  });

  it('expires at once, without a warning, when the device slept past the deadline', () => {
    start();
    // Asleep: the wall clock moves on while timers do not run, so the idle timer fires late.
    vi.setSystemTime(Date.now() + WARNING_MS + 5_000);
    vi.advanceTimersByTime(IDLE_MS);
    expect(onWarning).not.toHaveBeenCalled();
    expect(onExpire).toHaveBeenCalledOnce();
  });

  it('does nothing after stop', () => {
    start().stop();
    vi.advanceTimersByTime(IDLE_MS + WARNING_MS);
    expect(onWarning).not.toHaveBeenCalled();
    expect(onExpire).not.toHaveBeenCalled();
  });
});

describe('secondsUntil', () => {
  it('rounds up to whole seconds and stops at zero', () => {
    expect(secondsUntil(30_000, 0)).toBe(30);
    expect(secondsUntil(30_000, 1)).toBe(30);
    expect(secondsUntil(30_000, 29_001)).toBe(1);
    expect(secondsUntil(30_000, 31_000)).toBe(0);
  });
});

describe('announcedSeconds', () => {
  it('changes only at a few thresholds while the countdown ticks every second', () => {
    const spoken = Array.from({ length: 120 }, (_, index) => announcedSeconds(120 - index));
    expect([...new Set(spoken)]).toEqual([120, 90, 60, 30, 20, 10]);
    const kiosk = Array.from({ length: 30 }, (_, index) => announcedSeconds(30 - index));
    expect([...new Set(kiosk)]).toEqual([30, 20, 10]);
    expect(announcedSeconds(0)).toBe(0);
  });
});
