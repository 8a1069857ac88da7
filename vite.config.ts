/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { parseEnv } from './src/config/env-schema.js';
import react from '@vitejs/plugin-react';
import {
  appShell,
  PUBLIC_CONTRACT_CHUNK,
  SIGN_IN_CONTRACT_CHUNK,
  SIGNED_IN_CONTRACT_CHUNK,
} from './scripts/app-shell.js';
import { analyticsOriginOf, apiOriginOf, nginxHeaderFiles } from './scripts/production-headers.js';

const require = createRequire(import.meta.url);

/**
 * Serves MSW's worker script in dev and emits it into mocked builds only, so that a
 * production build never ships it (a file in public/ would be copied into every build).
 */
function mockServiceWorker(): Plugin {
  const fileName = 'mockServiceWorker.js';
  const source = () => readFileSync(require.resolve(`msw/${fileName}`), 'utf8');
  return {
    name: 'mock-service-worker',
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: source() });
    },
  };
}

/**
 * Writes the production headers as nginx snippets into the build (deploy/nginx.conf includes
 * them), so that the CSP's API and collector origins are always the ones this build calls.
 */
function nginxHeaders(apiBaseUrl: string | undefined, analyticsUrl: string | undefined): Plugin {
  return {
    name: 'nginx-headers',
    apply: 'build',
    generateBundle() {
      const files = nginxHeaderFiles({
        apiOrigin: apiOriginOf(apiBaseUrl),
        analyticsOrigin: analyticsOriginOf(analyticsUrl),
      });
      for (const [fileName, source] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = env.VITE_API_MOCKING === 'true';
  return {
    define: {
      // Validated here, once per build, so the app starts without building a schema for it.
      __CHECKOUT_ENV__: JSON.stringify(parseEnv(env)),
      // Whether the funnel is counted (src/analytics/funnel-counted.d.ts): the dev server and the
      // unit tests log it, as import.meta.env.DEV would say.
      __FUNNEL_COUNTED__: JSON.stringify(
        mocking || Boolean(env.VITE_ANALYTICS_URL) || command === 'serve',
      ),
    },
    plugins: [
      react(),
      appShell(),
      mocking && mockServiceWorker(),
      nginxHeaders(env.VITE_API_BASE_URL, env.VITE_ANALYTICS_URL),
    ],
    resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
    // The app's one page: the dev server's dependency scan must not crawl other HTML in the
    // tree, such as the API reference that `npm run docs:api` writes into dist-api/.
    optimizeDeps: { entries: ['index.html'] },
    // The manifest lets check:budget and bench find each route's chunk and its imports.
    build: {
      target: 'es2022',
      sourcemap: false,
      manifest: true,
      // The libraries share one chunk, with the module that configures zod: chunks do not keep
      // the source's import order, and a schema built before z.config({ jitless: true }) probes
      // eval, which the CSP reports (e2e/csp.spec.ts). One chunk also compresses better than
      // several and stays cached while the app's own code changes.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // The schemas the boot builds go with them too: left to themselves, they would land
              // in a contract chunk and make the boot load and build the whole contract. The QR
              // code's library stays out: it loads with the hand-off panel only.
              {
                name: 'vendor',
                test: /node_modules[\\/](?!qrcode\.react[\\/])|src[\\/](config[\\/]zod|api[\\/]contract[\\/]boot-schemas)\.ts$/,
              },
              // The contract, in the parts the client loads (src/api/client.ts): the first call's,
              // the sign-in calls', and the rest.
              {
                name: PUBLIC_CONTRACT_CHUNK,
                test: /src[\\/]api[\\/]contract[\\/]public-(operations|schemas)\.ts$/,
              },
              {
                name: SIGN_IN_CONTRACT_CHUNK,
                test: /src[\\/]api[\\/]contract[\\/]sign-in-(operations|schemas)\.ts$/,
              },
              {
                name: SIGNED_IN_CONTRACT_CHUNK,
                test: /src[\\/]api[\\/]contract[\\/](operations|schemas)\.ts$/,
              },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      setupFiles: ['src/testing/setup.ts'],
      globals: true,
      restoreMocks: true,
      testTimeout: 30_000,
      // Vitest leaves a core free, which leaves a 2-core machine one worker: two finish the
      // suite in three quarters of the time, as much of each file's time is spent waiting.
      maxWorkers: Math.max(2, availableParallelism() - 1),
    },
  };
});
