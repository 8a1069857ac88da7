/**
 * `npm run test:conformance`: runs the conformance kit against the mock backend (the server of
 * `npm run mock:server`, started here on a free port), then stops it. Exits with the kit's code.
 */
import type { AddressInfo } from 'node:net';
import { createMockHttpServer } from '../../src/mocks/http-server';
import { reportConformance } from './report';

const server = createMockHttpServer({ log: () => undefined });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
try {
  process.exitCode = await reportConformance(`http://127.0.0.1:${port}`);
} finally {
  server.closeAllConnections();
  server.close();
}
