/**
 * Whether this build counts the funnel: in demos (by the mock's collector), at
 * VITE_ANALYTICS_URL, and on the dev server (in the console). vite.config.ts writes it
 * in as a literal, and each use reads it directly: a build that counts nothing then drops every
 * branch that would load the tracker, and the tracker's chunks with them.
 */
declare const __FUNNEL_COUNTED__: boolean;
