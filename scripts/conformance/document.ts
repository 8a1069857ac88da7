/**
 * The OpenAPI document the kit checks a backend against (src/api/contract/openapi.json): its
 * operations by operationId, and an ajv validator for each documented response. The document is
 * read when the kit starts, so a regenerated document is picked up without changing the kit.
 */
import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';

export const DOCUMENT_PATH = new URL('../../src/api/contract/openapi.json', import.meta.url);

/** An error code a response documents, and the `fieldErrors` paths it may carry. */
export interface DocumentedErrorCode {
  code: string;
  /** Dotted paths, `N` standing for an array index; absent when it carries none. */
  fieldErrors?: readonly string[];
}

interface ResponseObject {
  content?: { 'application/json'?: { schema?: unknown } };
  'x-error-codes'?: DocumentedErrorCode[];
}

interface OperationObject {
  operationId: string;
  responses: Record<string, ResponseObject>;
}

interface OpenApiJson {
  info: { title: string; version: string };
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, unknown> };
}

export interface DocumentedOperation {
  id: string;
  method: string;
  /** With `{name}` placeholders, as the document writes it. */
  path: string;
  /** The documented statuses: the 2xx one first, then the errors. */
  statuses: readonly number[];
  successStatus: number;
  responses: Readonly<Record<string, ResponseObject>>;
}

export interface ContractDocument {
  title: string;
  version: string;
  operation(id: string): DocumentedOperation | undefined;
  /** The validator of a documented response's body; undefined when it documents no body. */
  bodyValidator(id: string, status: number): ValidateFunction | undefined;
  errorCodes(id: string, status: number): readonly DocumentedErrorCode[];
}

/** Where ajv finds the document: `#/components/schemas/...` refs resolve inside it. */
const DOCUMENT_URI = 'https://conformance.invalid/openapi.json';

const jsonPointer = (...segments: string[]) =>
  segments
    .map((segment) => encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1')))
    .join('/');

const isDateTime = (value: string) =>
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value) &&
  !Number.isNaN(Date.parse(value));
const isDate = (value: string) =>
  /^\d{4}-\d\d-\d\d$/.test(value) && !Number.isNaN(Date.parse(value));

/**
 * An `x-extensible-enum` may gain values in a newer backend (the document's compatibility
 * section), so its known values are not enforced. Per-status error codes are plain enums and are.
 */
function openExtensibleEnums(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(openExtensibleEnums);
  if (typeof value !== 'object' || value === null) return value;
  const object = Object.fromEntries(
    Object.entries(value).map(([key, item]): [string, unknown] => [key, openExtensibleEnums(item)]),
  );
  if (object['x-extensible-enum'] === true) delete object.enum;
  return object;
}

function createAjv(document: OpenApiJson): Ajv2020 {
  // The second branch of an error schema's allOf narrows `code` without repeating `type`.
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
  // The OpenAPI sections and the extension are annotations here, not assertions.
  for (const keyword of ['components', 'paths', 'x-extensible-enum']) ajv.addKeyword(keyword);
  ajv.addFormat('date-time', isDateTime);
  ajv.addFormat('date', isDate);
  ajv.addSchema({
    $id: DOCUMENT_URI,
    components: openExtensibleEnums(document.components),
    paths: document.paths,
  });
  return ajv;
}

function readOperations(document: OpenApiJson): Map<string, DocumentedOperation> {
  const operations = new Map<string, DocumentedOperation>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const statuses = Object.keys(operation.responses).map(Number);
      const successStatus = statuses.find((status) => status < 300);
      if (successStatus === undefined) {
        throw new Error(`${operation.operationId}: the document lists no 2xx response`);
      }
      operations.set(operation.operationId, {
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        statuses,
        successStatus,
        responses: operation.responses,
      });
    }
  }
  return operations;
}

export function loadDocument(location: URL = DOCUMENT_PATH): ContractDocument {
  const document = JSON.parse(readFileSync(location, 'utf8')) as OpenApiJson;
  const operations = readOperations(document);
  const ajv = createAjv(document);
  const validators = new Map<string, ValidateFunction | undefined>();

  const responseOf = (id: string, status: number) => operations.get(id)?.responses[String(status)];
  const bodySchemaRef = (id: string, status: number) => {
    const operation = operations.get(id);
    if (!operation || !responseOf(id, status)?.content?.['application/json']?.schema) return;
    const method = operation.method.toLowerCase();
    const where = ['responses', String(status), 'content', 'application/json', 'schema'];
    return `${DOCUMENT_URI}#/${jsonPointer('paths', operation.path, method, ...where)}`;
  };

  return {
    title: document.info.title,
    version: document.info.version,
    operation: (id) => operations.get(id),
    bodyValidator: (id, status) => {
      const key = `${id} ${status}`;
      if (!validators.has(key)) {
        const ref = bodySchemaRef(id, status);
        validators.set(key, ref ? ajv.compile({ $ref: ref }) : undefined);
      }
      return validators.get(key);
    },
    errorCodes: (id, status) => responseOf(id, status)?.['x-error-codes'] ?? [],
  };
}
