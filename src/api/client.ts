/**
 * The one HTTP client of the app: every /v1 call goes through `callApi`, which takes its method,
 * path, auth and response schema from the operations table, so nothing is written down twice.
 * It never logs request or response bodies, and never navigates: a refused session is announced
 * through `onUnauthorized` and the app decides where to go.
 */
import type { z } from 'zod';
import { env } from '@/config/env';
import { ApiError, codeForStatus, type ApiErrorCode } from './api-error';
import type { Operation, OperationId, operations } from './contract/operations';
import { clearSession, getSession } from './session';

type Operations = typeof operations;

/**
 * The operations table and its schemas load in parts, each with the first call that needs it:
 * the first page's call and the error shape, then the sign-in calls, then the signed-in ones.
 * Building zod schemas is a long task on a phone's CPU, and the first page needs only a few.
 */
const loadPublicContract = () => import('./contract/public-operations');
const loadSignInContract = () => import('./contract/sign-in-operations');
const loadContract = () => import('./contract/operations');

/** An operation's entry, from the part of the contract it is in, and the error shape. */
async function contractFor(operationId: OperationId) {
  const { publicOperations, ApiErrorBody } = await loadPublicContract();
  if (operationId in publicOperations) {
    const operation: Operation = publicOperations[operationId as keyof typeof publicOperations];
    return { operation, ApiErrorBody };
  }
  const { signInOperations } = await loadSignInContract();
  const operation: Operation =
    operationId in signInOperations
      ? signInOperations[operationId as keyof typeof signInOperations]
      : (await loadContract()).operations[operationId];
  return { operation, ApiErrorBody };
}

type PathParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamNames<Rest>
  : never;

/** `{ id: string }` for `/v1/order/{id}`; `{}` for paths without parameters. */
export type PathParams<Id extends OperationId> = {
  [Name in PathParamNames<Operations[Id]['path']>]: string;
};

/** What the caller passes as the body: the input side of the operation's body schema. */
export type RequestBody<Id extends OperationId> = Operations[Id] extends {
  body: infer Schema extends z.ZodType;
}
  ? z.input<Schema>
  : never;

export type RequestQuery<Id extends OperationId> = Operations[Id] extends {
  query: infer Schema extends z.ZodObject;
}
  ? z.input<Schema>
  : never;

/** What the call resolves to: the parsed output of the response schema; `void` for 204. */
export type ResponseData<Id extends OperationId> =
  Operations[Id]['response'] extends infer Schema extends z.ZodType ? z.output<Schema> : void;

interface BaseCallOptions {
  headers?: Record<string, string>;
  /** Cancels the call; the call then fails with code ABORTED. */
  signal?: AbortSignal;
  /** Defaults to `env.VITE_REQUEST_TIMEOUT_MS`. */
  timeoutMs?: number;
}

type ParamsOption<Id extends OperationId> = [PathParamNames<Operations[Id]['path']>] extends [never]
  ? { params?: undefined }
  : { params: PathParams<Id> };

type BodyOption<Id extends OperationId> = [RequestBody<Id>] extends [never]
  ? { body?: undefined }
  : { body: RequestBody<Id> };

type QueryOption<Id extends OperationId> = [RequestQuery<Id>] extends [never]
  ? { query?: undefined }
  : { query?: RequestQuery<Id> };

// The key must come from the caller: only the caller knows which submission a retry belongs to.
type IdempotencyOption<Id extends OperationId> = Operations[Id] extends { idempotent: true }
  ? { idempotencyKey: string }
  : { idempotencyKey?: undefined };

export type CallOptions<Id extends OperationId> = BaseCallOptions &
  ParamsOption<Id> &
  BodyOption<Id> &
  QueryOption<Id> &
  IdempotencyOption<Id>;

// Options may be left out entirely only when nothing in them is required.
type CallArgs<Id extends OperationId> =
  object extends CallOptions<Id> ? [options?: CallOptions<Id>] : [options: CallOptions<Id>];

// ---------------------------------------------------------------- language

let language = 'en';

/** Sets the `Accept-Language` sent with every call (the UI calls it when the locale changes). */
export function setApiLanguage(next: string): void {
  language = next;
}

export function getApiLanguage(): string {
  return language;
}

// ---------------------------------------------------------------- 401 handling

export interface UnauthorizedEvent {
  operationId: OperationId;
  /** The customer whose session was refused (null if the call carried no session), so the app
   * can insist that signing in again is the same customer before it resumes the order. */
  customerId: string | null;
  /** SESSION_HANDED_OFF when a hand-off's claim on another device ended the session. */
  code: ApiErrorCode;
}

type UnauthorizedListener = (event: UnauthorizedEvent) => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/**
 * Called when an authenticated call gets 401. The client has already cleared the refused session;
 * the app routes to sign-in. Returns the unsubscribe function.
 */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

function handleUnauthorized(
  operationId: OperationId,
  sentToken: string | null,
  customerId: string | null,
  code: ApiErrorCode,
) {
  if (sentToken !== null) {
    // A 401 for a token that is no longer current (signed in again meanwhile, or already handled
    // by a parallel call) says nothing about the current session.
    if (getSession()?.token !== sentToken) return;
    clearSession();
  }
  for (const listener of unauthorizedListeners) listener({ operationId, customerId, code });
}

// ---------------------------------------------------------------- request building

function baseUrl(): string {
  if (env.VITE_API_BASE_URL) return env.VITE_API_BASE_URL;
  // Same origin. Absolute, so that it also works where fetch has no document (tests under Node).
  return typeof location === 'undefined' ? '' : location.origin;
}

function buildPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params?.[name];
    if (!value) throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}

function buildQuery(query: object | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.append(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

// ---------------------------------------------------------------- the call

interface LooseOptions extends BaseCallOptions {
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
  idempotencyKey?: string;
}

async function send(operationId: OperationId, options: LooseOptions): Promise<unknown> {
  // The session of the moment of the call, before anything is awaited.
  const currentSession = getSession();
  const { operation, ApiErrorBody } = await contractFor(operationId);
  const url = `${baseUrl()}${buildPath(operation.path, options.params)}${buildQuery(options.query)}`;

  const session = operation.auth ? currentSession : null;
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': language });
  if (session) headers.set('Authorization', `Bearer ${session.token}`);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

  const fail = (status: number, code: ApiError['code'], message: string, cause?: unknown) =>
    new ApiError({ operationId, status, code, message, cause });

  const external = options.signal;
  if (external?.aborted) throw fail(0, 'ABORTED', `${operationId} was cancelled`, external.reason);

  // One controller for the timeout and the caller's signal (AbortSignal.any is missing on iOS 16).
  const controller = new AbortController();
  let timedOut = false;
  const timeoutMs = options.timeoutMs ?? env.VITE_REQUEST_TIMEOUT_MS;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  external?.addEventListener('abort', forwardAbort, { once: true });

  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: operation.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: controller.signal,
      // Bearer auth only; cookies are never needed, and personal data must not sit in the HTTP cache.
      credentials: 'omit',
      cache: 'no-store',
    });
    // Reading the body stays under the same timeout.
    text = await response.text();
  } catch (error) {
    if (timedOut) throw fail(0, 'TIMEOUT', `${operationId} timed out after ${timeoutMs} ms`, error);
    if (external?.aborted) throw fail(0, 'ABORTED', `${operationId} was cancelled`, error);
    throw fail(0, 'NETWORK_ERROR', `${operationId} could not reach the server`, error);
  } finally {
    clearTimeout(timer);
    external?.removeEventListener('abort', forwardAbort);
  }

  if (!response.ok) {
    const json = parseJson(text);
    const parsed = json.ok ? ApiErrorBody.safeParse(json.value) : null;
    const body = parsed?.success ? parsed.data : null;
    const code = body?.code ?? codeForStatus(response.status);
    if (response.status === 401 && operation.auth) {
      handleUnauthorized(operationId, session?.token ?? null, session?.customerId ?? null, code);
    }
    throw new ApiError({
      operationId,
      status: response.status,
      code,
      message: body?.message ?? `${operationId} failed with HTTP ${response.status}`,
      body,
    });
  }

  if (operation.response === null) return undefined;

  const json = parseJson(text);
  if (!json.ok) {
    throw fail(
      response.status,
      'MALFORMED_RESPONSE',
      `${operationId} answered with a body that is not JSON`,
    );
  }
  const parsed = operation.response.safeParse(json.value);
  if (!parsed.success) {
    // The ZodError names paths and expectations, not the values, so it is safe to keep as cause.
    throw fail(
      response.status,
      'MALFORMED_RESPONSE',
      `${operationId} answered with a body that breaks the contract`,
      parsed.error,
    );
  }
  return parsed.data;
}

/**
 * Calls one /v1 operation by its id from the operations table. Resolves with the response parsed by
 * the operation's schema (`undefined` for 204); rejects only with `ApiError`, except for a
 * missing path parameter, which is a bug and throws `TypeError` before anything is sent.
 */
export async function callApi<Id extends OperationId>(
  operationId: Id,
  ...[options]: CallArgs<Id>
): Promise<ResponseData<Id>> {
  const data = await send(operationId, options ?? {});
  // `send` parsed `data` with this very operation's response schema; TypeScript cannot follow
  // the table lookup through a generic id.
  return data as ResponseData<Id>;
}
