import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { errorResponse } from './backend/errors';
import type { MockResponse } from './backend/types';
import { createHandlers } from './handlers';
import { createMockRuntime, type MockRuntime } from './runtime';
import type { ScenarioName } from './scenarios';

export const MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_CORS_ORIGINS = ['http://localhost:5173', 'http://localhost:4173'];

export interface MockHttpServerOptions {
  runtime?: MockRuntime;
  corsOrigins?: string[];
  /** Demo scenarios to start with (`MOCK_SCENARIO`); `/__mock/scenario` changes them later. */
  scenarios?: ScenarioName[];
  /** One line per request; defaults to console.log. */
  log?: (line: string) => void;
}

// Handlers match any origin, so the Request's own origin does not matter.
const BASE_URL = 'http://mock.local';
const ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'PATCH'];
// Hop-by-hop headers belong to this connection, not to the fetch Request handed to MSW.
const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'upgrade',
]);

/** Reads the body, keeping nothing past the limit (but draining it, so the reply can be sent). */
function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function toRequest(req: IncomingMessage, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (HOP_BY_HOP.has(name) || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  return new Request(new URL(req.url ?? '/', BASE_URL), {
    method,
    headers,
    body: method === 'GET' || body.length === 0 ? undefined : new Uint8Array(body),
  });
}

function jsonReply(
  res: ServerResponse,
  { status, body }: MockResponse,
  headers: Record<string, string>,
): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * The mock /v1 API over real HTTP (for `npm run mock:server`, or an app built against a
 * separate API origin): the same MSW handlers, plus what a real API gateway adds: CORS, a
 * body size limit, and an error shape for anything unexpected.
 */
export function createMockHttpServer(options: MockHttpServerOptions = {}): Server {
  const allowedOrigins = new Set(options.corsOrigins ?? DEFAULT_CORS_ORIGINS);
  // A passkey belongs to the app's origin: the one the browser sends, if it is an allowed one.
  const passkeyOrigin = (headers: Record<string, string>) => {
    const origin = headers.origin;
    return origin !== undefined && allowedOrigins.has(origin) ? origin : null;
  };
  const runtime = options.runtime ?? createMockRuntime({ passkeyOrigin });
  if (options.scenarios) runtime.selectScenarios(options.scenarios);
  const handlers = createHandlers(runtime);
  // eslint-disable-next-line no-console -- the access log of a command-line server
  const log = options.log ?? ((line: string) => console.log(line));

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    cors: Record<string, string>,
  ): Promise<number> {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': ALLOWED_METHODS.join(', '),
        'Access-Control-Allow-Headers':
          'Authorization, Content-Type, Idempotency-Key, Accept-Language',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return 204;
    }
    if (!URL.canParse(req.url ?? '/', BASE_URL)) {
      jsonReply(
        res,
        errorResponse(400, 'MALFORMED_REQUEST', 'The request target is not a valid URL.'),
        cors,
      );
      return 400;
    }
    const body = await readBody(req);
    if (body === 'too-large') {
      const tooLarge = errorResponse(
        413,
        'PAYLOAD_TOO_LARGE',
        `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`,
      );
      jsonReply(res, tooLarge, { ...cors, Connection: 'close' });
      return 413;
    }
    const response = ALLOWED_METHODS.includes(method)
      ? await getResponse(handlers, toRequest(req, body))
      : undefined;
    if (!response) {
      jsonReply(res, errorResponse(404, 'NOT_FOUND', 'There is no such route.'), cors);
      return 404;
    }
    // `HttpResponse.error()`: the connection fails, as a dropped network would (fetch rejects).
    if (response.type === 'error') {
      res.destroy();
      return 0;
    }
    res.writeHead(response.status, { ...Object.fromEntries(response.headers.entries()), ...cors });
    res.end(Buffer.from(await response.arrayBuffer()));
    return response.status;
  }

  return createServer((req, res) => {
    const started = Date.now();
    const origin = req.headers.origin;
    const cors: Record<string, string> = {
      Vary: 'Origin',
      'Cache-Control': 'no-store',
      ...(origin && allowedOrigins.has(origin)
        ? {
            'Access-Control-Allow-Origin': origin,
            'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed, Content-Language',
          }
        : {}),
    };
    // Only the path: query strings may carry a phone number or an e-mail.
    const path = (req.url ?? '/').split('?')[0];
    handle(req, res, cors)
      .catch(() => {
        if (!res.headersSent)
          jsonReply(res, errorResponse(500, 'INTERNAL', 'Something went wrong.'), cors);
        else res.end();
        return 500;
      })
      .then((status) => log(`${req.method ?? '-'} ${path} ${status} ${Date.now() - started}ms`))
      .catch(() => undefined);
  });
}

export function corsOriginsFromEnv(value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return origins.length > 0 ? origins : DEFAULT_CORS_ORIGINS;
}
