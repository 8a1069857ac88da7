/**
 * The checks every answer goes through, whatever the flow: it matches the document (a documented
 * status, the body schema of that status, its error codes and `fieldErrors` paths), and an error
 * body has the one error shape.
 */
import type { ErrorObject } from 'ajv';
import type { ContractDocument, DocumentedErrorCode } from './document';
import { excerpt } from './excerpt';
import type { Answer } from './http';
import type { Ledger } from './ledger';

function describeSchemaError(error: ErrorObject, body: unknown): string {
  const where = error.instancePath || '(the body)';
  const allowed = Array.isArray(error.params.allowedValues)
    ? `: ${error.params.allowedValues.join(', ')}`
    : '';
  // The document's patterns (ISO dates, say) are too long to read in a report.
  const message =
    error.keyword === 'pattern' ? 'does not match its pattern' : (error.message ?? 'is invalid');
  return `${where} ${message}${allowed} (is ${excerpt(valueAt(body, error.instancePath))})`;
}

/** The value a JSON pointer such as `/lines/0/hold` points at. */
function valueAt(body: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined,
      body,
    );
}

/** `lines.N.planId` matches `lines.0.planId`; a path with `<...>` stands for any field. */
function fieldMatches(field: string, documented: string): boolean {
  if (documented.includes('<')) return true;
  const pattern = documented
    .split('.')
    .map((part) => (part === 'N' ? '\\d+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('\\.');
  return new RegExp(`^${pattern}$`).test(field);
}

function undocumentedFields(body: unknown, documented: readonly DocumentedErrorCode[]): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const { code, fieldErrors } = body as { code?: unknown; fieldErrors?: unknown };
  if (!Array.isArray(fieldErrors)) return [];
  const paths = documented
    .filter((entry) => entry.code === code)
    .flatMap((entry) => entry.fieldErrors ?? []);
  return fieldErrors
    .map((item: unknown) => (item as { field?: unknown }).field)
    .filter((field): field is string => typeof field === 'string')
    .filter((field) => !paths.some((path) => fieldMatches(field, path)))
    .map(
      (field) =>
        `fieldErrors names ${field}, which ${String(code)} does not document` +
        (paths.length ? ` (it documents ${paths.join(', ')})` : ' (it documents none)'),
    );
}

function bodyProblems(document: ContractDocument, answer: Answer): string[] {
  const validate = document.bodyValidator(answer.operationId, answer.status);
  if (!validate) return answer.bodyIsEmpty ? [] : ['the body should be empty'];
  const contentType = answer.headers.get('content-type') ?? '(none)';
  if (!contentType.startsWith('application/json')) {
    return [`Content-Type is ${contentType}, not application/json`];
  }
  if (!answer.bodyIsJson) return ['the body is not JSON'];
  if (!validate(answer.body)) {
    return (validate.errors ?? []).map((error) => describeSchemaError(error, answer.body));
  }
  const codes = document.errorCodes(answer.operationId, answer.status);
  return answer.status >= 400 ? undocumentedFields(answer.body, codes) : [];
}

function contractProblems(document: ContractDocument, answer: Answer): string[] {
  const operation = document.operation(answer.operationId);
  if (!operation?.statuses.includes(answer.status)) {
    const documented = operation?.statuses.join(', ') ?? 'nothing';
    return [`${answer.operationId} documents ${documented}, not ${answer.status}`];
  }
  return bodyProblems(document, answer);
}

function hasErrorShape(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { code, message, fieldErrors } = body as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string' && Array.isArray(fieldErrors);
}

/** Checks an answer, records the verdicts on the Contract rules, and returns its problems. */
export function inspectAnswer(
  document: ContractDocument,
  ledger: Ledger,
  answer: Answer,
): readonly string[] {
  const problems = contractProblems(document, answer);
  ledger.check('contract.responses', problems.length === 0, () => ({
    request: answer.summary,
    problem: 'the answer does not match the document:',
    details: problems,
  }));
  if (answer.status >= 400) {
    ledger.check('contract.error-shape', hasErrorShape(answer.body), () => ({
      request: answer.summary,
      problem: 'the error body lacks a string code, a string message or a fieldErrors array',
      details: [`body: ${excerpt(answer.body)}`],
    }));
  }
  return problems;
}
