/**
 * The app's tests reach the mock backend only through here: msw/node's server (reset after
 * every test by setup.ts), the mock's runtime for seeding and reading state, and the few pieces
 * of the mock's data a test compares the app's screens with.
 */
export { mockRuntime, server } from '@/mocks/node';
export { handlers } from '@/mocks/handlers';
export type { RequestLogEntry } from '@/mocks/runtime';
export type { SeedResult } from '@/mocks/seed';
export { agreementsFor } from '@/mocks/data/agreements';
export {
  createSoftwarePasskey,
  registrationClientData,
  type SoftwarePasskey,
} from '@/mocks/backend/webauthn-testing';
