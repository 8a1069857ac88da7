import { KIOSK_STORAGE_KEY, isKioskMode, resolveKioskSettings } from './kiosk-mode';

describe('resolveKioskSettings', () => {
  it('is off without the query flag, a remembered flag or the build flag', () => {
    expect(resolveKioskSettings('', null, false)).toBeNull();
    expect(resolveKioskSettings('?kiosk=0&idle=30', null, false)).toBeNull();
  });

  it('turns on with ?kiosk=1 or the build flag, with the default idle time', () => {
    expect(resolveKioskSettings('?kiosk=1', null, false)).toEqual({ idleSeconds: null });
    expect(resolveKioskSettings('', null, true)).toEqual({ idleSeconds: null });
  });

  it('stays on once remembered, keeping the remembered idle time', () => {
    expect(resolveKioskSettings('', '{"idleSeconds":45}', false)).toEqual({ idleSeconds: 45 });
    expect(resolveKioskSettings('?idle=60', '{"idleSeconds":45}', false)).toEqual({
      idleSeconds: 60,
    });
  });

  it.each(['9', '3601', 'abc', '1e2', '-20', ''])('ignores ?idle=%s', (idle) => {
    expect(resolveKioskSettings(`?kiosk=1&idle=${idle}`, null, false)).toEqual({
      idleSeconds: null,
    });
  });

  it('accepts ?idle= from 10 to 3600 seconds', () => {
    expect(resolveKioskSettings('?kiosk=1&idle=10', null, false)).toEqual({ idleSeconds: 10 });
    expect(resolveKioskSettings('?kiosk=1&idle=3600', null, false)).toEqual({ idleSeconds: 3600 });
  });

  it('ignores a remembered value that is not its own', () => {
    expect(resolveKioskSettings('', 'not json', false)).toBeNull();
    expect(resolveKioskSettings('', '{"other":1}', false)).toBeNull();
  });
});

describe('isKioskMode', () => {
  afterEach(() => {
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('remembers ?kiosk=1 for the tab after the query string is gone', () => {
    expect(isKioskMode()).toBe(false);
    window.history.replaceState(null, '', '/?kiosk=1&idle=30');
    expect(isKioskMode()).toBe(true);
    window.history.replaceState(null, '', '/sign-in');
    expect(isKioskMode()).toBe(true);
    expect(JSON.parse(sessionStorage.getItem(KIOSK_STORAGE_KEY) ?? 'null')).toEqual({
      idleSeconds: 30,
    });
  });
});
