/**
 * The unit tests' configuration under mutation testing (stryker.config.mjs). StrykerJS reruns a
 * few test files per mutant, and a fresh environment per file costs ten times what their tests
 * do, so the files share one. Files that replace a module with `vi.mock` keep their own: a
 * module another file has loaded would not be replaced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';
import viteConfig from '../../vite.config';

const moduleMockingTests = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file))
  .map((file) => `src/${file}`)
  .filter((file) => readFileSync(file, 'utf8').includes('vi.mock('));

export default defineConfig((env) => {
  const config = viteConfig(env);
  // Each project names its files: `extends` would add to the shared list, not replace it.
  const { include, ...shared } = config.test ?? {};
  return {
    ...config,
    test: {
      ...shared,
      projects: [
        {
          extends: true,
          test: {
            name: 'shared-environment',
            include,
            exclude: [...configDefaults.exclude, ...moduleMockingTests],
            isolate: false,
          },
        },
        { extends: true, test: { name: 'own-modules', include: moduleMockingTests } },
      ],
    },
  };
});
