/**
 * Writes src/api/contract/openapi.json from the zod contract. Run with `npm run generate:api`
 * after changing schemas.ts or operations.ts; openapi.test.ts fails until the file is current.
 */
import '../src/config/zod';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { serializeOpenApiDocument } from '../src/api/contract/openapi';

const target = fileURLToPath(new URL('../src/api/contract/openapi.json', import.meta.url));

// Prettier's layout, so `npm run lint` (prettier --check) accepts the generated file as is.
const options = (await resolveConfig(target)) ?? {};
const text = await format(serializeOpenApiDocument(), { ...options, filepath: target });
await writeFile(target, text, 'utf8');
console.log(`Wrote ${target}`);
