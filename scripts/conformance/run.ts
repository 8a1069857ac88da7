/**
 * The conformance kit: checks a /v1 backend against the contract (the OpenAPI document and the
 * sandbox it describes) over HTTP, and prints a report. Exit code 1 when a rule failed.
 *
 *   npm run conformance -- --base-url https://sandbox.example.com
 */
import { parseArgs } from 'node:util';
import { reportConformance } from './report';

const USAGE = 'Usage: npm run conformance -- --base-url URL';

const { values } = parseArgs({ options: { 'base-url': { type: 'string' } } });
const baseUrl = values['base-url'];
if (!baseUrl || !URL.canParse(baseUrl)) {
  console.error(USAGE);
  process.exit(2);
}
process.exitCode = await reportConformance(baseUrl);
