import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, errorCasesOf } from './openapi';
import { operations, type Operation, type OperationId } from './operations';

// A string, not `new URL(...)`: under jsdom the global URL is not the one node:url accepts.
const committedPath = join(dirname(fileURLToPath(import.meta.url)), 'openapi.json');
const entries = Object.entries(operations) as [string, Operation][];

// The fourteen operations of the carrier's call sequence, exactly as it names them.
const CALL_SEQUENCE = [
  'GET /v1/auth-methods',
  'POST /v1/auth/generateotp',
  'POST /v1/auth',
  'GET /v1/customers',
  'GET /v1/offers',
  'POST /v1/order/create',
  'POST /v1/order/{id}/credit.submit',
  'GET /v1/order/{id}/credit.policy',
  'POST /v1/order/{id}/fulfillment',
  'PATCH /v1/order/{id}/fulfillment',
  'POST /v1/order/{id}/number.available',
  'PATCH /v1/order/{id}/number.reserve',
  'GET /v1/order/{id}/validate',
  'POST /v1/order/submit',
];

describe('openapi.json', () => {
  const document = buildOpenApiDocument();

  it('is up to date with the zod contract', () => {
    const committed: unknown = JSON.parse(readFileSync(committedPath, 'utf8'));
    expect(
      committed,
      'src/api/contract/openapi.json is out of date: run `npm run generate:api` (npx tsx scripts/generate-openapi.ts)',
    ).toEqual(document);
  });

  it('lists the fourteen call-sequence operations with their exact method and path', () => {
    const listed = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => operation['x-addition'] !== true)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(listed).toEqual(CALL_SEQUENCE);
    expect(entries.filter(([, operation]) => !operation.addition)).toHaveLength(14);
  });

  it.each(entries)('%s has its id, tag, response schema and error responses', (id, operation) => {
    const documented = document.paths[operation.path]?.[operation.method.toLowerCase()];
    expect(documented).toMatchObject({ operationId: id, summary: operation.summary });
    expect(documented?.tags).toEqual([expect.stringMatching(new RegExp(`^${operation.step} `))]);

    const responses = documented?.responses;
    const componentRef: unknown = expect.stringMatching(/^#\/components\/schemas\/\w+$/);
    const success = operation.response
      ? {
          content: {
            'application/json': {
              schema: { $ref: componentRef },
            },
          },
        }
      : {};
    expect(responses).toMatchObject({ [operation.status]: success });
    for (const { status, code } of errorCasesOf(id as OperationId)) {
      expect(responses).toMatchObject({
        [status]: {
          content: {
            'application/json': {
              schema: {
                allOf: [
                  { $ref: '#/components/schemas/Error' },
                  { properties: { code: { enum: expect.arrayContaining([code]) as unknown } } },
                ],
              },
            },
          },
          'x-error-codes': expect.arrayContaining([expect.objectContaining({ code })]) as unknown,
        },
      });
    }

    if (operation.auth) expect(documented?.security).toEqual([{ bearerAuth: [] }]);
    else expect(documented?.security).toEqual([]);
    if (operation.addition) expect(documented).toMatchObject({ 'x-addition': true });
  });

  it('resolves every $ref to a component schema', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    const missing = refs
      .map((ref) => ref.slice('"$ref":"#/components/schemas/'.length, -1))
      .filter((id) => !(id in document.components.schemas));
    expect(refs.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('requires an Idempotency-Key on submit and offers Accept-Language on translated reads', () => {
    expect(document.paths['/v1/order/submit']?.post?.parameters).toContainEqual(
      expect.objectContaining({
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        schema: { type: 'string', minLength: 1, maxLength: 255 },
      }),
    );
    for (const [path, method] of [
      ['/v1/offers', 'get'],
      ['/v1/order/{id}/agreements', 'get'],
    ] as const) {
      expect(document.paths[path]?.[method]?.parameters).toContainEqual(
        expect.objectContaining({ name: 'Accept-Language', in: 'header' }),
      );
    }
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });
});
