import '@/config/zod';
import { corsOriginsFromEnv, createMockHttpServer } from './http-server';

const port = Number(process.env.PORT ?? 8787);
const corsOrigins = corsOriginsFromEnv(process.env.CORS_ORIGINS);

createMockHttpServer({ corsOrigins }).listen(port, () => {
  // eslint-disable-next-line no-console -- tells the developer where the API listens
  console.log(`Mock /v1 API on http://localhost:${port} (CORS: ${corsOrigins.join(', ')})`);
});
