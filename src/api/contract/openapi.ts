/**
 * Builds the OpenAPI 3.1 document from the zod contract (schemas.ts) and the operations table
 * (operations.ts), with zod 4's own JSON Schema conversion. Pure: no I/O, so the generator script
 * writes it and a test checks the committed `openapi.json` against it.
 */
import { z } from 'zod';
import { operations, type Operation, type OperationId } from './operations';
import { components } from './schemas';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string; description: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonObject>>;
  components: {
    schemas: Record<string, JsonObject>;
    securitySchemes: { bearerAuth: { type: 'http'; scheme: 'bearer'; description: string } };
  };
}

export const OPENAPI_TITLE = 'Carrier checkout /v1 API';
export const OPENAPI_VERSION = '1.0.0';

/** The call sequence's nine steps, as tags ("1 Authentication" ... "9 Order Processing"). */
export const STEP_TAGS: Record<number, { name: string; description: string }> = {
  1: { name: '1 Authentication', description: 'Identity verification and access control.' },
  2: { name: '2 Account Lookup', description: "The signed-in customer's account." },
  3: { name: '3 Product and Offers', description: 'Plans, devices, bundles and promotions.' },
  4: { name: '4 Shopping Cart', description: 'The order and its lines.' },
  5: { name: '5 Credit', description: 'The credit check and the policy it sets.' },
  6: {
    name: '6 Fulfillment',
    description: 'Delivery and E911 addresses, delivery option, SIM type.',
  },
  7: { name: '7 Number Selection', description: 'Searching, reserving and releasing numbers.' },
  8: { name: '8 Terms and Conditions', description: 'The agreements and their acceptance.' },
  9: { name: '9 Order Processing', description: 'Validation and submission.' },
};

/** Statuses every operation may answer with, besides its own `errors`. */
export const COMMON_ERROR_STATUSES = [400, 401, 403, 429, 500, 503] as const;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request: the request breaks the contract.',
  401: 'Unauthorized: no session, or it expired or was ended.',
  403: 'Forbidden: the session may not act on this resource.',
  404: 'Not Found',
  409: "Conflict: the resource's state does not allow this now.",
  413: 'Payload Too Large',
  422: 'Unprocessable: valid shape, refused by a business rule.',
  423: 'Locked: too many failed attempts; see `retryAt`.',
  429: 'Too Many Requests: see `retryAt`.',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const ADDITION_NOTE =
  "**Addition**: not in the carrier's call sequence; the checkout flow needs it. The call " +
  'sequence is still followed in its order; this call happens between its calls.';

const JSON_SCHEMA_TARGET = 'draft-2020-12';
const componentRef = (id: string) => `#/components/schemas/${id}`;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// JSON.parse(JSON.stringify(...)) turns zod's JSON Schema objects into plain JSON values and
// drops `undefined`s, so the document compares equal to its own serialization.
function toJsonObject(value: unknown): JsonObject {
  const json: unknown = JSON.parse(JSON.stringify(value));
  if (!isJsonObject(json)) throw new TypeError('Expected a JSON object');
  return json;
}

function componentSchemas(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(components, {
    target: JSON_SCHEMA_TARGET,
    uri: componentRef,
  });
  const result: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // Inside an OpenAPI document each schema is located by its components path, not by its own
    // `$id` (zod sets it to a fragment-only URI) or `$schema` (the document sets the dialect).
    const { $id: _id, $schema: _schema, ...rest } = toJsonObject(schema);
    result[id] = rest;
  }
  return result;
}

function refTo(schema: z.ZodType, where: string): JsonObject {
  const id = components.get(schema)?.id;
  if (!id) throw new Error(`${where}: register the schema in \`components\` (schemas.ts) first.`);
  return { $ref: componentRef(id) };
}

const errorResponse = (status: number): JsonObject => ({
  description: STATUS_TEXT[status] ?? `HTTP ${status}`,
  content: { 'application/json': { schema: { $ref: componentRef('Error') } } },
});

function pathParameters(path: string): JsonObject[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

function queryParameters(operationId: OperationId, query: z.ZodObject | undefined): JsonObject[] {
  if (!query) return [];
  const schema = toJsonObject(z.toJSONSchema(query, { target: JSON_SCHEMA_TARGET }));
  const properties = schema.properties;
  if (!isJsonObject(properties) || '$defs' in schema) {
    throw new Error(`${operationId}: query parameters must be a flat object of plain fields.`);
  }
  const required = Array.isArray(schema.required) ? schema.required : [];
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema: property,
  }));
}

function headerParameters(operationId: OperationId, operation: Operation): JsonObject[] {
  const headers: JsonObject[] = [];
  if (operation.idempotent) {
    headers.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description:
        'A UUID the client creates once per submission and sends again with every retry of it. ' +
        'A retry with the same key returns the first result; the same key with a different ' +
        'body is refused (IDEMPOTENCY_KEY_REUSED).',
      schema: { type: 'string', format: 'uuid' },
    });
  }
  if (operationId === 'getOffers' || operationId === 'getAgreements') {
    headers.push({
      name: 'Accept-Language',
      in: 'header',
      required: false,
      description: 'The language of the texts in the answer, e.g. `en` or `es`.',
      schema: { type: 'string', default: 'en' },
    });
  }
  return headers;
}

function buildOperation(operationId: OperationId, operation: Operation): JsonObject {
  const tag = STEP_TAGS[operation.step];
  if (!tag) throw new Error(`${operationId}: no tag for step ${operation.step}`);

  const parameters = [
    ...pathParameters(operation.path),
    ...queryParameters(operationId, operation.query),
    ...headerParameters(operationId, operation),
  ];

  const responses: JsonObject = {
    [operation.status]: operation.response
      ? {
          description: STATUS_TEXT[operation.status] ?? 'Success',
          content: { 'application/json': { schema: refTo(operation.response, operationId) } },
        }
      : { description: STATUS_TEXT[operation.status] ?? 'Success' },
  };
  const errorStatuses = [...new Set([...COMMON_ERROR_STATUSES, ...operation.errors])].sort(
    (a, b) => a - b,
  );
  for (const status of errorStatuses) responses[status] = errorResponse(status);

  return {
    operationId,
    summary: operation.summary,
    ...(operation.addition ? { description: ADDITION_NOTE, 'x-addition': true } : {}),
    tags: [tag.name],
    // `[]` says "no auth" explicitly for the calls made before sign-in.
    security: operation.auth ? [{ bearerAuth: [] }] : [],
    ...(parameters.length ? { parameters } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: refTo(operation.body, operationId) } },
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument(): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const [operationId, operation] of Object.entries(operations) as [OperationId, Operation][]) {
    const methods = (paths[operation.path] ??= {});
    methods[operation.method.toLowerCase()] = buildOperation(operationId, operation);
  }

  return {
    openapi: '3.1.0',
    info: {
      title: OPENAPI_TITLE,
      version: OPENAPI_VERSION,
      description:
        'The /v1 API of the "Direct Fulfillment without Autopay Enrollment" checkout. Generated ' +
        'from the zod contract in src/api/contract (run `npm run generate:api`); do not edit. ' +
        "Operations marked `x-addition` are not in the carrier's call sequence.",
    },
    servers: [{ url: '/', description: 'The same origin as the app, or VITE_API_BASE_URL.' }],
    tags: Object.values(STEP_TAGS),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The `token` of the Session that POST /v1/auth returns.',
        },
      },
    },
  };
}

/** Two-space JSON with a trailing newline; the generator then lets Prettier lay it out. */
export function serializeOpenApiDocument(
  document: OpenApiDocument = buildOpenApiDocument(),
): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
