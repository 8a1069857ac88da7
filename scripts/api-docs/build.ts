/**
 * `npm run docs:api`: the static API reference, with examples from the mock backend, in
 * dist-api/ (index.html and the openapi.json it shows). Open dist-api/index.html or serve the
 * folder; the page loads nothing from another origin.
 */
import { resolve } from 'node:path';
import { buildApiReference } from './reference';
import { ROOT } from './redocly';

const started = performance.now();
const page = await buildApiReference(resolve(ROOT, 'dist-api'));
console.log(`Wrote ${page} in ${Math.round(performance.now() - started)} ms`);
