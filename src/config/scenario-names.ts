/** The demo's scenarios (src/mocks/scenarios.ts), by name: the mock, the demo and analytics share them. */
export const SCENARIO_NAMES = [
  'flaky-network',
  'slow-network',
  'session-expiry',
  'no-offers',
  'number-taken',
  'hold-expired',
  'validation-failure',
  'submit-timeout',
] as const;

export type ScenarioName = (typeof SCENARIO_NAMES)[number];
