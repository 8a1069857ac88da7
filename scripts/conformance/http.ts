/**
 * Calls the backend's /v1 operations by operationId, over HTTP, the way the document describes
 * them (method, path, bearer token, JSON body), and hands every answer to an inspector first.
 */
import type { OperationId } from './api-types';
import type { ContractDocument } from './document';

const REQUEST_TIMEOUT_MS = 15_000;

export interface Call {
  token?: string;
  /** Path parameters, e.g. `{ id: orderId }`. */
  params?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One request and its answer, as far as a report may show it. */
export interface Answer {
  operationId: OperationId;
  /** `METHOD /path → status`: no query string, header or request body, so nothing personal. */
  summary: string;
  status: number;
  headers: Headers;
  /** The parsed JSON body; null when the body is empty or is not JSON. */
  body: unknown;
  bodyIsJson: boolean;
  bodyIsEmpty: boolean;
}

export interface Exchange<Body = unknown> extends Answer {
  body: Body;
  /** How this answer breaks the document; empty when it conforms. */
  contractProblems: readonly string[];
}

export interface Api {
  call(id: OperationId, call?: Call): Promise<Exchange>;
}

function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${path}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

function parseBody(text: string): Pick<Answer, 'body' | 'bodyIsJson' | 'bodyIsEmpty'> {
  if (text.trim() === '') return { body: null, bodyIsJson: false, bodyIsEmpty: true };
  try {
    return { body: JSON.parse(text) as unknown, bodyIsJson: true, bodyIsEmpty: false };
  } catch {
    return { body: null, bodyIsJson: false, bodyIsEmpty: false };
  }
}

export function createApi(
  baseUrl: string,
  document: ContractDocument,
  inspect: (answer: Answer) => readonly string[],
): Api {
  // Like the app: `{base URL}/v1/...`, so a base URL with a path prefix keeps it.
  const root = baseUrl.replace(/\/+$/, '');
  return {
    async call(id, { token, params, body, headers } = {}) {
      const operation = document.operation(id);
      if (!operation) throw new Error(`the document has no operation ${id}`);
      const path = fillPath(operation.path, params);
      const response = await fetch(`${root}${path}`, {
        method: operation.method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }).catch((error: unknown) => {
        const cause = error instanceof Error ? error.message : String(error);
        throw new Error(`${operation.method} ${path}: no answer (${cause})`);
      });
      const answer: Answer = {
        operationId: id,
        summary: `${operation.method} ${path} → ${response.status}`,
        status: response.status,
        headers: response.headers,
        ...parseBody(await response.text()),
      };
      return { ...answer, contractProblems: inspect(answer) };
    },
  };
}
