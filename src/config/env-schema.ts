/**
 * The app's build-time settings and their rules. vite.config.ts validates them when it builds or
 * serves, so a bad value stops the build with a readable message rather than failing later as a
 * confusing network error; the app reads the result (src/config/env.ts) without building a schema.
 */
import { z } from 'zod';

// Vite passes every variable as a string, and an empty `VAR=` line as ''; treat '' as unset.
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const EnvSchema = z.object({
  VITE_API_BASE_URL: z.preprocess(
    unsetIfEmpty,
    z
      .url({
        protocol: /^https?$/,
        error: 'must be an absolute http(s) URL, or empty for same origin',
      })
      .optional()
      // Paths start with `/v1`, so a trailing slash would double up.
      .transform((value) => (value ?? '').replace(/\/+$/, '')),
  ),
  VITE_API_MOCKING: z.preprocess(
    unsetIfEmpty,
    z
      .enum(['true', 'false'], { error: "must be 'true' or 'false'" })
      .default('false')
      .transform((value) => value === 'true'),
  ),
  // Where the funnel's events go (src/analytics); unset, nothing is collected or sent.
  VITE_ANALYTICS_URL: z.preprocess(
    unsetIfEmpty,
    z
      .union([z.url({ protocol: /^https?$/ }), z.string().regex(/^\/[^/]/)], {
        error: "must be an absolute http(s) URL or a path on the app's origin",
      })
      .optional(),
  ),
  VITE_REQUEST_TIMEOUT_MS: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().min(1).max(120_000).default(15_000),
  ),
  // A build for in-store kiosks: on for every page, without `?kiosk=1`.
  VITE_KIOSK_MODE: z.preprocess(
    unsetIfEmpty,
    z
      .enum(['true', 'false'], { error: "must be 'true' or 'false'" })
      .default('false')
      .transform((value) => value === 'true'),
  ),
});

export type Env = z.output<typeof EnvSchema>;

/** Validates the VITE_ variables Vite reads (`loadEnv`); throws one readable error listing every bad one. */
export function parseEnv(source: Record<string, unknown>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid environment configuration:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
