// @vitest-environment node
/**
 * The layer rules of eslint.config.js and the cycle check of `npm run lint:cycles` refuse a
 * wrong import: each case plants one in a real file's place and lints it with the project's
 * own configuration.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });

async function ruleIdsFor(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('import boundaries', () => {
  it.each([
    ['the UI kit imports the API', 'src/components/ui/button.tsx', '@/api/session'],
    [
      'a step imports another step',
      'src/features/account/account-page.tsx',
      '@/features/cart/cart-page',
    ],
    ['a step imports the app', 'src/features/number/number-page.tsx', '@/app/router'],
    ['config imports the checkout', 'src/config/env.ts', '@/checkout/paths'],
    ['lib imports the API', 'src/lib/when-idle.ts', '@/api/client'],
    ['the API imports the checkout', 'src/api/orders.ts', '@/checkout/draft'],
    ['the checkout imports a step', 'src/checkout/guards.ts', '../features/terms/terms-page'],
  ])(
    'refuses it when %s',
    async (_case, filePath, imported) => {
      const source = `import * as planted from '${imported}';\nexport const used = planted;\n`;
      expect(await ruleIdsFor(filePath, source)).toContain('import-x/no-restricted-paths');
    },
    60_000,
  );

  it('refuses a test that reaches the mock backend past src/testing', async () => {
    const source = `import { server } from '@/mocks/node';\nexport const used = server;\n`;
    expect(await ruleIdsFor('src/features/terms/terms-page.test.tsx', source)).toContain(
      'no-restricted-imports',
    );
  }, 60_000);

  it('lets a step import the shared checkout layer and the UI kit', async () => {
    const source = [
      `import { paths } from '@/checkout/paths';`,
      `import { Button } from '@/components/ui/button';`,
      `export const used = [paths, Button];`,
      '',
    ].join('\n');
    const ruleIds = await ruleIdsFor('src/features/terms/terms-page.tsx', source);
    expect(ruleIds).not.toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('finds an import cycle made of type-only imports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
    try {
      writeFileSync(join(dir, 'a.ts'), `import type { B } from './b';\nexport type A = B[];\n`);
      writeFileSync(join(dir, 'b.ts'), `import type { A } from './a';\nexport type B = A;\n`);
      // The same command as `npm run lint:cycles`, pointed at the planted pair.
      const script = readLintCyclesScript().replace(/ src$/, ` ${dir}`);
      const run = spawnSync('sh', ['-c', `npx ${script}`], { encoding: 'utf8' });
      expect(run.stdout).toContain('1) a.ts > b.ts');
      expect(run.status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

function readLintCyclesScript(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = pkg.scripts['lint:cycles'];
  if (!script?.endsWith(' src')) throw new Error('lint:cycles no longer ends with " src"');
  return script;
}
