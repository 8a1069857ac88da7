/**
 * Builds the OpenAPI 3.1 document from the zod contract (schemas.ts) and the operations table
 * (operations.ts), with zod 4's own JSON Schema conversion. Pure: no I/O, so the generator script
 * writes it and a test checks the committed `openapi.json` against it.
 */
import { z } from 'zod';
import { extensibleEnumValues } from './boot-schemas';
import { commonErrorCases, errorCases, signedInErrorCases, type ErrorCase } from './error-cases';
import { documentGuide, operationNotes } from './openapi-guide';
import { operations, type Operation, type OperationId } from './operations';
import { components } from './schemas';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: {
    title: string;
    version: string;
    description: string;
    license: { name: string; identifier: string };
  };
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
  413: 'Payload Too Large: the body is over 64 KiB.',
  422: 'Unprocessable: valid shape, refused by a business rule.',
  423: 'Locked: too many failed attempts; see `retryAt`.',
  429: 'Too Many Requests: see `retryAt`.',
  500: 'Internal Server Error: may be retried.',
  503: 'Service Unavailable: see `Retry-After`.',
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

const SANDBOX_NOTE =
  '**Sandbox**: offered only by test environments, never in production (see the sandbox ' +
  'section of the description).';

/**
 * An extensible enum parses any string, but the document lists its known values; and objects
 * do not forbid properties they do not list, since a newer backend may add some.
 */
const documentOverride: NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'] = ({
  zodSchema,
  jsonSchema,
}) => {
  const known = extensibleEnumValues.get(zodSchema);
  if (known) {
    delete jsonSchema.anyOf;
    Object.assign(jsonSchema, { type: 'string', enum: [...known], 'x-extensible-enum': true });
  }
  if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
  // zod's `.int()` is bounded by the safe integers: limits no reader needs to see.
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
};

function componentSchemas(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(components, {
    target: JSON_SCHEMA_TARGET,
    uri: componentRef,
    override: documentOverride,
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

/** The cases an operation can answer, common ones first. */
export function errorCasesOf(operationId: OperationId): ErrorCase[] {
  const operation: Operation = operations[operationId];
  return [
    ...commonErrorCases,
    ...(operation.auth ? signedInErrorCases : []),
    ...errorCases[operationId],
  ];
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * One response per error status: its codes in a table, in the schema (the Error shape with
 * `code` narrowed to them) and in `x-error-codes` for tools.
 */
function errorResponse(status: number, cases: readonly ErrorCase[]): JsonObject {
  const rows = cases.map(
    ({ code, when, fields }) =>
      `| \`${code}\` | ${cell(when)} | ${fields?.map((field) => `\`${field}\``).join(', ') ?? ''} |`,
  );
  const retryAfter = status === 423 || status === 429 || status === 503;
  return {
    ...(retryAfter ? { headers: { 'Retry-After': RETRY_AFTER } } : {}),
    description: [
      STATUS_TEXT[status] ?? `HTTP ${status}`,
      '',
      '| Code | When | `fieldErrors` |',
      '| --- | --- | --- |',
      ...rows,
    ].join('\n'),
    content: {
      'application/json': {
        schema: {
          allOf: [
            { $ref: componentRef('Error') },
            { properties: { code: { enum: [...new Set(cases.map(({ code }) => code))] } } },
          ],
        },
      },
    },
    'x-error-codes': cases.map(({ code, when, fields }) => ({
      code,
      when,
      ...(fields ? { fieldErrors: [...fields] } : {}),
    })),
  };
}

function errorResponses(operationId: OperationId): JsonObject {
  const cases = errorCasesOf(operationId);
  const statuses = [...new Set(cases.map(({ status }) => status))].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      errorResponse(
        status,
        cases.filter((errorCase) => errorCase.status === status),
      ),
    ]),
  );
}

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
  const schema = toJsonObject(
    z.toJSONSchema(query, { target: JSON_SCHEMA_TARGET, override: documentOverride }),
  );
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
        'A key the client creates once per submission and sends again with every retry of it ' +
        '(the app sends a UUID; a backend accepts any key of 1 to 255 characters). A retry with ' +
        'the same key returns the first result; the same key with a different body is refused ' +
        '(IDEMPOTENCY_KEY_REUSED).',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  }
  if (TRANSLATED_READS.includes(operationId)) {
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

/** Reads whose texts come in the language asked for (`Accept-Language`). */
const TRANSLATED_READS: readonly OperationId[] = ['getOffers', 'getAgreements', 'getCreditPolicy'];

const header = (description: string, schema: JsonObject) => ({ description, schema });

const RETRY_AFTER = header('Seconds to wait before trying again.', {
  type: 'integer',
  minimum: 0,
});

/** The headers a success answer carries besides Content-Type. */
function successHeaders(operationId: OperationId): JsonObject | undefined {
  if (TRANSLATED_READS.includes(operationId)) {
    return {
      'Content-Language': header('The language of the texts: `en` or `es`.', { type: 'string' }),
    };
  }
  if (operationId === 'submitOrder') {
    return {
      'Idempotent-Replayed': header(
        '`true` when this is the first answer again, for a retry with the same key.',
        { type: 'string', enum: ['true'] },
      ),
    };
  }
  return undefined;
}

function successResponse(operationId: OperationId, operation: Operation): JsonObject {
  const headers = successHeaders(operationId);
  return {
    description: STATUS_TEXT[operation.status] ?? 'Success',
    ...(headers ? { headers } : {}),
    ...(operation.response
      ? { content: { 'application/json': { schema: refTo(operation.response, operationId) } } }
      : {}),
  };
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
    [operation.status]: successResponse(operationId, operation),
    ...errorResponses(operationId),
  };
  const description = [
    operationNotes[operationId],
    operation.addition && ADDITION_NOTE,
    operation.sandbox && SANDBOX_NOTE,
  ].filter(Boolean);

  return {
    operationId,
    summary: operation.summary,
    ...(description.length ? { description: description.join('\n\n') } : {}),
    ...(operation.addition ? { 'x-addition': true } : {}),
    ...(operation.sandbox ? { 'x-sandbox': true } : {}),
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
      // Not published under an open license; SPDX's form for a license of one's own.
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      description:
        'The /v1 API of the "Direct Fulfillment without Autopay Enrollment" checkout. Generated ' +
        'from the zod contract in src/api/contract (run `npm run generate:api`); do not edit. ' +
        "Operations marked `x-addition` are not in the carrier's call sequence.\n\n" +
        documentGuide,
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
