/**
 * `npm run lint:api`: Redocly's `recommended` rules (redocly.yaml) on the committed OpenAPI
 * document. Fails on a warning as on an error: `redocly lint` itself exits 0 on warnings and has
 * no option to change that.
 */
import { lintDocument } from './redocly';

const DOCUMENT = 'src/api/contract/openapi.json';

const { totals, problems } = await lintDocument(DOCUMENT);
for (const { ruleId, severity, message, location } of problems) {
  const [where] = location;
  const position = where?.start ? `:${where.start.line}:${where.start.col}` : '';
  console.log(`${DOCUMENT}${position} ${severity} ${ruleId}: ${message} (${where?.pointer ?? ''})`);
}
const { errors, warnings, ignored } = totals;
console.log(`redocly lint: ${errors} error(s), ${warnings} warning(s), ${ignored} ignored.`);
process.exitCode = errors + warnings > 0 ? 1 : 0;
