/**
 * The funnel's tracker: `track` stamps an event with its visit and keeps it until the sender
 * (send.ts, loaded once the page is interactive, and only where analytics is on) takes it.
 * Nothing here is sent anywhere by itself, and no first-load code imports it (see track-later.ts).
 */
import type { ScenarioName } from '@/config/scenario-names';
import { isKioskMode } from '@/config/kiosk-mode';
import { language } from '@/i18n';
import type { FunnelEvent } from './events';
import { EVENT_SCHEMA_VERSION } from './vocabulary';

type VisitField = 'schemaVersion' | 'visitId' | 'at' | 'language' | 'kiosk' | 'scenarios' | 'step';

/**
 * An event as the app reports it; `track` adds what every event says about the visit, and the
 * step on screen unless the event names its own.
 */
export type FunnelSignal = FunnelEvent extends infer Event
  ? Event extends FunnelEvent
    ? Omit<Event, VisitField> & { step?: FunnelEvent['step'] }
    : never
  : never;

type Sink = (event: FunnelEvent) => void;

// A page replaced by a kiosk wipe starts a new visit with a new id.
const visitId = crypto.randomUUID();
let scenarios: ScenarioName[] | undefined;
let stepOnScreen: FunnelEvent['step'] = null;
let sink: Sink | null = null;
// Events before the sender has loaded; where analytics is off it never loads, so this is capped.
const waiting: FunnelEvent[] = [];
const MAX_WAITING = 200;

export function track(signal: FunnelSignal): void {
  const event = {
    ...signal,
    step: signal.step === undefined ? stepOnScreen : signal.step,
    schemaVersion: EVENT_SCHEMA_VERSION,
    visitId,
    at: new Date().toISOString(),
    language: language.get(),
    kiosk: isKioskMode(),
    ...(scenarios && { scenarios }),
  } as FunnelEvent;
  if (sink) sink(event);
  else if (waiting.length < MAX_WAITING) waiting.push(event);
}

/** The step on screen (null for a page that is no step), for events that do not name one. */
export function setStepOnScreen(step: FunnelEvent['step']): void {
  stepOnScreen = step;
}

/** Demo builds: the scenarios switched on, which every later event names. */
export function setDemoScenarios(names: ScenarioName[]): void {
  scenarios = names.length > 0 ? [...names] : undefined;
}

/** The sender takes every event from now on, those waiting first. */
export function connectSender(next: Sink): void {
  sink = next;
  for (const event of waiting.splice(0)) next(event);
}
