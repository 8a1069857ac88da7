/**
 * Chooses the mock's demo scenarios through its `/__mock/scenario` route, which the browser
 * worker and `npm run mock:server` both serve: the browser mock keeps the choice for the tab
 * (in its sessionStorage snapshot), the server until it is told otherwise.
 */
import { atom } from 'nanostores';
import { clearAllSubmitKeys } from '@/api/orders';
import { clearSession } from '@/api/session';
import { env } from '@/config/env';
import { paths } from '@/checkout/paths';
import { clearDraft } from '@/checkout/draft';
import { parseScenarioList, type ScenarioName } from '@/mocks/scenarios';

const SCENARIO_PARAM = 'scenario';

interface ScenarioStatus {
  active: ScenarioName[];
  /** Names asked for (`?scenario=`) that no scenario has. */
  unknown: string[];
  /** The mock did not answer the last change. */
  failed: boolean;
}

export const scenarioStatus = atom<ScenarioStatus>({ active: [], unknown: [], failed: false });

/** A mock control route: the in-browser mock's, or `npm run mock:server`'s when the app calls it. */
export const controlUrl = (path: string) => `${env.VITE_API_BASE_URL}/__mock/${path}`;

async function readNames(response: Response): Promise<ScenarioName[] | null> {
  if (!response.ok) return null;
  const body: unknown = await response.json();
  const names =
    typeof body === 'object' && body !== null && 'names' in body && Array.isArray(body.names)
      ? body.names.filter((name): name is string => typeof name === 'string')
      : [];
  return parseScenarioList(names.join(',')).names;
}

async function update(request: Promise<Response>, unknown: string[]): Promise<boolean> {
  try {
    const names = await readNames(await request);
    if (names === null) throw new Error('refused');
    scenarioStatus.set({ active: names, unknown, failed: false });
    return true;
  } catch {
    scenarioStatus.set({ ...scenarioStatus.get(), unknown, failed: true });
    return false;
  }
}

export function selectScenarios(names: ScenarioName[], unknown: string[] = []): Promise<boolean> {
  return update(
    fetch(controlUrl('scenario'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ names }),
    }),
    unknown,
  );
}

/** Applies `?scenario=a,b` before the app starts, then takes it out of the address. */
export async function applyScenarioFromUrl(): Promise<void> {
  const url = new URL(window.location.href);
  const requested = url.searchParams.get(SCENARIO_PARAM);
  if (requested === null) {
    await update(fetch(controlUrl('scenario')), []);
    return;
  }
  const { names, unknown } = parseScenarioList(requested);
  await selectScenarios(names, unknown);
  url.searchParams.delete(SCENARIO_PARAM);
  window.history.replaceState(window.history.state, '', url);
}

/** Forgets every session and order (the scenario stays), and starts the checkout afresh. */
export async function resetMock(): Promise<void> {
  await fetch(controlUrl('reset'), { method: 'POST' });
  clearSession();
  clearDraft();
  clearAllSubmitKeys();
  window.location.assign(paths.home);
}
