/**
 * Puts recorded exchanges into a copy of the OpenAPI document as the `example` of each
 * operation's request body and success response, and lists what still has none.
 */
import type { OperationId } from '@/api/contract/operations';
import type { JsonObject, JsonValue, OpenApiDocument } from '@/api/contract/openapi';
import type { Exchanges } from './record';

/** Stands in for session tokens; as long as a real one, so the example fits the schema. */
export const TOKEN_PLACEHOLDER = '<token from POST /v1/auth>';
/** Stands in for a hand-off's token, in its shape (43 base64url characters) to fit the schema. */
export const HANDOFF_TOKEN_PLACEHOLDER = 'example_hand-off_token_from_createHandoff__';

const JSON_MEDIA_TYPE = 'application/json';

interface DocumentedOperation {
  operationId: OperationId;
  operation: JsonObject;
}

function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function documentedOperations(document: OpenApiDocument): DocumentedOperation[] {
  return Object.values(document.paths).flatMap((methods) =>
    Object.values(methods).map((operation) => ({
      operationId: operation.operationId as OperationId,
      operation,
    })),
  );
}

/** The JSON media type of a request body or response, when it has content. */
function jsonContent(holder: JsonValue | undefined): JsonObject | undefined {
  if (!isJsonObject(holder) || !isJsonObject(holder.content)) return undefined;
  const media = holder.content[JSON_MEDIA_TYPE];
  return isJsonObject(media) ? media : undefined;
}

/** The 2xx response the operation documents (there is one per operation). */
export function successResponse(operation: JsonObject): [string, JsonValue] | undefined {
  const responses = isJsonObject(operation.responses) ? operation.responses : {};
  return Object.entries(responses).find(([status]) => status.startsWith('2'));
}

/** `token` is a session's, except in the hand-off operations' bodies, where it is a hand-off's. */
function withoutSecrets(value: unknown, placeholder = TOKEN_PLACEHOLDER): JsonValue {
  if (Array.isArray(value)) return value.map((item) => withoutSecrets(item, placeholder));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [
        key,
        key === 'token' ? placeholder : withoutSecrets(field, placeholder),
      ]),
    );
  }
  return value as JsonValue;
}

const tokenPlaceholderOf = (operationId: OperationId) =>
  operationId.includes('Handoff') ? HANDOFF_TOKEN_PLACEHOLDER : TOKEN_PLACEHOLDER;

/** A copy of `document` with the recorded bodies as examples; the document itself is untouched. */
export function withExamples(document: OpenApiDocument, exchanges: Exchanges): OpenApiDocument {
  const copy = structuredClone(document);
  for (const { operationId, operation } of documentedOperations(copy)) {
    const exchange = exchanges.get(operationId);
    if (!exchange) continue;
    const placeholder = tokenPlaceholderOf(operationId);
    const request = jsonContent(operation.requestBody);
    if (request) request.example = withoutSecrets(exchange.request.body, placeholder);
    const [status, response] = successResponse(operation) ?? [];
    const answer = jsonContent(response);
    if (answer && status === String(exchange.response.status)) {
      answer.example = withoutSecrets(exchange.response.body, placeholder);
    }
  }
  return copy;
}

/** "operationId: what" for every request body or success response without an example. */
export function missingExamples(document: OpenApiDocument): string[] {
  return documentedOperations(document).flatMap(({ operationId, operation }) => {
    const [status, response] = successResponse(operation) ?? [];
    const missing: string[] = [];
    if (!status) missing.push(`${operationId}: a 2xx response`);
    const answer = jsonContent(response);
    if (answer && !('example' in answer)) missing.push(`${operationId}: response ${status}`);
    const request = jsonContent(operation.requestBody);
    if (request && !('example' in request)) missing.push(`${operationId}: request body`);
    return missing;
  });
}
