/**
 * Builds the static API reference: the committed OpenAPI document plus examples recorded from
 * the mock backend, written as `openapi.json` next to `index.html`, which Redocly's build-docs
 * renders with Redoc inlined. Fails when an operation lacks an example or the page could load
 * anything from another origin.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { OpenApiDocument } from '@/api/contract/openapi';
import { missingExamples, withExamples } from './examples';
import { otherOriginLoads } from './origins';
import { recordCheckout } from './record';
import { ROOT, runRedocly } from './redocly';

const COMMITTED_DOCUMENT = resolve(ROOT, 'src/api/contract/openapi.json');
const TEMPLATE = resolve(import.meta.dirname, 'template.html');

export async function readCommittedDocument(): Promise<OpenApiDocument> {
  return JSON.parse(await readFile(COMMITTED_DOCUMENT, 'utf8')) as OpenApiDocument;
}

async function documentWithExamples(): Promise<OpenApiDocument> {
  const documented = withExamples(await readCommittedDocument(), await recordCheckout());
  const missing = missingExamples(documented);
  if (missing.length) throw new Error(`No example recorded for:\n${missing.join('\n')}`);
  return documented;
}

async function render(documentPath: string, htmlPath: string): Promise<string> {
  const { code, stderr } = await runRedocly('build-docs', [
    documentPath,
    // Redoc's script in the page instead of a CDN link.
    '--inlineBundle',
    '--template',
    TEMPLATE,
    '--output',
    htmlPath,
    '--lint-config',
    'error',
  ]);
  if (code !== 0) throw new Error(`redocly build-docs exited with ${code}:\n${stderr}`);
  return readFile(htmlPath, 'utf8');
}

/** Writes `openapi.json` and `index.html` into `outDir`; answers the page's path. */
export async function buildApiReference(outDir: string): Promise<string> {
  const documentPath = join(outDir, 'openapi.json');
  const htmlPath = join(outDir, 'index.html');
  await mkdir(outDir, { recursive: true });
  await writeFile(documentPath, `${JSON.stringify(await documentWithExamples(), null, 2)}\n`);
  const problems = otherOriginLoads(await render(documentPath, htmlPath));
  if (problems.length) {
    throw new Error(`${htmlPath} could load from another origin:\n${problems.join('\n')}`);
  }
  return htmlPath;
}
