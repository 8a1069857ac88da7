/** The mock's service worker script, on the app's origin (vite.config.ts serves and emits it). */
export const MOCK_SERVICE_WORKER_URL = '/mockServiceWorker.js';

/** The part of the Trusted Types API used here (TypeScript's DOM library has none of it yet). */
interface TrustedTypePolicyFactory {
  readonly defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): unknown;
}

declare global {
  interface Window {
    trustedTypes?: TrustedTypePolicyFactory;
  }
}

/**
 * The CSP requires Trusted Types for script sinks (scripts/production-headers.ts), and
 * registering a service worker is one: MSW passes a plain string. The demo build therefore
 * installs the `default` policy, which lets exactly the mock's worker URL through and refuses
 * any other script URL. Production has no mock and creates no policy.
 */
export function allowMockServiceWorker(
  scope: { trustedTypes?: TrustedTypePolicyFactory } = window,
) {
  const factory = scope.trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  const allowed = new URL(MOCK_SERVICE_WORKER_URL, location.href).href;
  factory.createPolicy('default', {
    createScriptURL: (input) => {
      if (new URL(input, location.href).href === allowed) return input;
      throw new TypeError(`Trusted Types: the script URL ${input} is not the mock's worker`);
    },
  });
}
