import type { Env } from './env-schema';

/** The settings vite.config.ts validated (env-schema.ts) when it built or served the app. */
declare const __CHECKOUT_ENV__: Env;

export const env: Env = __CHECKOUT_ENV__;
