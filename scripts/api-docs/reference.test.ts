// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPENAPI_TITLE } from '@/api/contract/openapi';
import { Session } from '@/api/contract/schemas';
import {
  documentedOperations,
  missingExamples,
  successResponse,
  TOKEN_PLACEHOLDER,
  withExamples,
} from './examples';
import { recordCheckout } from './record';
import { lintDocument } from './redocly';
import { buildApiReference, readCommittedDocument } from './reference';

/** Redocly's rules that check examples against their schemas. */
const EXAMPLE_RULES = ['no-invalid-media-type-examples', 'no-invalid-schema-examples'];

describe('the API reference', () => {
  it('records every operation of the document with its documented success status', async () => {
    const [document, exchanges] = await Promise.all([readCommittedDocument(), recordCheckout()]);
    const operations = documentedOperations(document);
    const recorded = operations.map(({ operationId }) => [
      operationId,
      String(exchanges.get(operationId)?.response.status),
    ]);
    const documented = operations.map(({ operationId, operation }) => [
      operationId,
      successResponse(operation)?.[0],
    ]);

    expect(Object.fromEntries(recorded)).toEqual(Object.fromEntries(documented));
  });

  it('gives every request body and success response an example, with no secret in it', async () => {
    const [document, exchanges] = await Promise.all([readCommittedDocument(), recordCheckout()]);
    const untouched = JSON.stringify(document);
    const documented = withExamples(document, exchanges);
    const text = JSON.stringify(documented);

    expect(missingExamples(documented)).toEqual([]);
    expect(JSON.stringify(document)).toBe(untouched);
    const { token } = Session.parse(exchanges.get('authenticate')?.response.body);
    expect(text).not.toContain(token);
    expect(text).toContain(TOKEN_PLACEHOLDER);
    // Only the advertising range the SSA reserves, 987-65-4320 to 4329.
    const ssns = Array.from(text.matchAll(/"ssn":"(\d+)"/g), ([, ssn]) => ssn);
    expect(ssns.length).toBeGreaterThan(0);
    for (const ssn of ssns) expect(ssn).toMatch(/^98765432\d$/);
  });

  it(
    'renders a page that loads nothing from another origin, from examples that fit the schemas',
    { timeout: 90_000 },
    async () => {
      const outDir = await mkdtemp(join(tmpdir(), 'api-reference-'));
      try {
        // The build itself fails when the page could load anything from another origin.
        const page = await buildApiReference(outDir);
        expect(await readFile(page, 'utf8')).toContain(`<title>${OPENAPI_TITLE}</title>`);
        const { problems } = await lintDocument(join(outDir, 'openapi.json'));
        expect(problems.filter(({ ruleId }) => EXAMPLE_RULES.includes(ruleId))).toEqual([]);
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    },
  );
});
