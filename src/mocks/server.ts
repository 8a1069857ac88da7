import '@/config/zod';
import { corsOriginsFromEnv, createMockHttpServer } from './http-server';
import { parseScenarioList, SCENARIO_NAMES } from './scenarios';

const port = Number(process.env.PORT ?? 8787);
const corsOrigins = corsOriginsFromEnv(process.env.CORS_ORIGINS);
const scenarios = parseScenarioList(process.env.MOCK_SCENARIO ?? '');

if (scenarios.unknown.length > 0) {
  // eslint-disable-next-line no-console -- a command-line tool refusing its configuration
  console.error(
    `MOCK_SCENARIO: unknown scenario ${scenarios.unknown.join(', ')}. Known: ${SCENARIO_NAMES.join(', ')}.`,
  );
  process.exit(1);
}

createMockHttpServer({ corsOrigins, scenarios: scenarios.names }).listen(port, () => {
  const scenarioNote =
    scenarios.names.length > 0 ? `, scenario: ${scenarios.names.join(', ')}` : '';
  // eslint-disable-next-line no-console -- tells the developer where the API listens
  console.log(
    `Mock /v1 API on http://localhost:${port} (CORS: ${corsOrigins.join(', ')}${scenarioNote})`,
  );
});
