import type { FunnelEvent } from '@/analytics/events';
import type { OperationId } from '@/api/contract/operations';
import {
  createMockBackend,
  type MockBackend,
  type MockBackendOptions,
} from './backend/create-mock-backend';
import { STATE_VERSION, type MockState } from './backend/types';
import {
  initialScenarioState,
  isScenarioState,
  planCall,
  type ScenarioCall,
  type ScenarioName,
  type ScenarioPlan,
  type ScenarioState,
} from './scenarios';

/** One received /v1 request, without bodies, tokens or query strings (they can be personal). */
export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  operationId: OperationId;
  status: number;
  idempotencyKey?: string;
  acceptLanguage?: string;
}

/** What survives a reload of the browser mock: the server state, the request log and the scenario. */
export interface MockSnapshot {
  state: MockState;
  requests: RequestLogEntry[];
  /** Absent in snapshots saved before scenarios existed. */
  scenario?: ScenarioState;
  /** The funnel events collected; absent in snapshots saved before analytics existed. */
  funnel?: FunnelEvent[];
}

const MAX_LOGGED_REQUESTS = 500;
const MAX_FUNNEL_EVENTS = 5_000;

export interface MockRuntime {
  backend: MockBackend;
  requests(): RequestLogEntry[];
  record(entry: RequestLogEntry): void;
  /** The analytics collector's events, oldest first: nothing about who sent them (no IP, no agent). */
  funnelEvents(): FunnelEvent[];
  collectFunnelEvents(events: FunnelEvent[]): void;
  /** Forgets sessions, orders and logged requests; the scenario stays selected and starts over. */
  reset(): void;
  scenario(): ScenarioState;
  /** Selects scenarios; the same selection again keeps its progress. */
  selectScenarios(names: ScenarioName[]): void;
  /** What the scenarios do to one call; applies their changes to the backend state. */
  planCall(call: Omit<ScenarioCall, 'now'>): ScenarioPlan;
  snapshot(): MockSnapshot;
  /** Restores a snapshot; false (and nothing changed) when it is not one of this version. */
  restore(snapshot: unknown): boolean;
  /** Called after every handled request that may have changed the snapshot. */
  onChange(listener: () => void): () => void;
  notifyChange(): void;
}

function isSnapshot(value: unknown): value is MockSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  if (!('state' in value) || !('requests' in value) || !Array.isArray(value.requests)) return false;
  const { state } = value;
  return (
    typeof state === 'object' &&
    state !== null &&
    'version' in state &&
    state.version === STATE_VERSION
  );
}

/** The backend plus what the handlers keep around it (the request log, change listeners). */
export function createMockRuntime(options: MockBackendOptions = {}): MockRuntime {
  const backend = createMockBackend(options);
  let requests: RequestLogEntry[] = [];
  let funnel: FunnelEvent[] = [];
  let scenario = initialScenarioState();
  const listeners = new Set<() => void>();

  return {
    backend,
    requests: () => [...requests],
    record: (entry) => {
      requests = [...requests, entry].slice(-MAX_LOGGED_REQUESTS);
    },
    funnelEvents: () => [...funnel],
    collectFunnelEvents: (events) => {
      funnel = [...funnel, ...events].slice(-MAX_FUNNEL_EVENTS);
    },
    reset: () => {
      backend.reset();
      requests = [];
      funnel = [];
      scenario = initialScenarioState(scenario.names);
    },
    scenario: () => structuredClone(scenario),
    selectScenarios: (names) => {
      const same =
        names.length === scenario.names.length &&
        names.every((name) => scenario.names.includes(name));
      if (!same) scenario = initialScenarioState(names);
    },
    planCall: (call) => {
      const state = backend.serialize();
      const now = (options.now ?? Date.now)() + state.clockOffsetMs;
      const planned = planCall(scenario, state, { ...call, now });
      scenario = planned.scenario;
      if (planned.backendState) backend.restore(planned.backendState);
      return planned.plan;
    },
    snapshot: () => ({ state: backend.serialize(), requests: [...requests], scenario, funnel }),
    restore: (snapshot) => {
      if (!isSnapshot(snapshot)) return false;
      backend.restore(snapshot.state);
      requests = [...snapshot.requests];
      funnel = Array.isArray(snapshot.funnel) ? [...snapshot.funnel] : [];
      scenario = isScenarioState(snapshot.scenario) ? snapshot.scenario : initialScenarioState();
      return true;
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notifyChange: () => listeners.forEach((listener) => listener()),
  };
}

/** The runtime behind the default `handlers` (tests, the browser worker and the node server). */
export const mockRuntime = createMockRuntime();
