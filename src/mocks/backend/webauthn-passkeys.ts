import type { z } from 'zod';
import { AuthRequest, RegisterPasskeyRequest } from '@/api/contract/schemas';
import { personas, type Persona } from '../data/personas';
import { errorResponse, fail } from './errors';
import {
  userHandleOf,
  type Context,
  type MockRequest,
  type MockState,
  type OperationImpls,
  type PasskeyProof,
} from './types';
import { toBase64Url } from '@/lib/base64url';
import { importPublicKey, parseClientData, verifyAssertion } from './webauthn';

const SECOND = 1000;
/** How long the browser may wait for the customer (the `timeout` of the ceremony). */
export const PASSKEY_TIMEOUT_MS = 120 * SECOND;
/** A challenge outlives the ceremony a little, for the round trip. */
export const PASSKEY_CHALLENGE_TTL_MS = PASSKEY_TIMEOUT_MS + 30 * SECOND;
/** Unused challenges kept at most, so an anonymous caller cannot grow the state without end. */
const MAX_LIVE_CHALLENGES = 200;

const RP_NAME = 'Carrier checkout';
const iso = (ms: number) => new Date(ms).toISOString();

/** The origin a page has when there is one (browser mock, jsdom); Node tests get a fixed one. */
export const TEST_ORIGIN = 'https://checkout.test';
export function pageOrigin(): string {
  return globalThis.location?.origin ?? TEST_ORIGIN;
}

/** The relying-party id of an origin: its host name. */
export function rpIdOf(origin: string): string {
  return new URL(origin).hostname;
}

function requireOrigin(origin: string | null): string {
  if (origin === null) throw fail(403, 'FORBIDDEN', 'Passkeys cannot be used from this origin.');
  return origin;
}

function issueChallenge(
  ctx: Context,
  purpose: 'sign-in' | 'register',
  personaId?: string,
): { challenge: string; expiresAt: number } {
  const live = Object.entries(ctx.state.passkeyChallenges)
    .filter(([, record]) => record.expiresAt > ctx.now)
    .slice(-(MAX_LIVE_CHALLENGES - 1));
  const challenge = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
  const expiresAt = ctx.now + PASSKEY_CHALLENGE_TTL_MS;
  ctx.state.passkeyChallenges = {
    ...Object.fromEntries(live),
    [challenge]: { purpose, expiresAt, ...(personaId ? { personaId } : {}) },
  };
  return { challenge, expiresAt };
}

/**
 * Takes the challenge out of the state, so it works once even when what follows fails; true when
 * it was issued by us for this purpose (and this persona) and has not expired.
 */
function consumeChallenge(
  ctx: Context,
  clientDataJSON: string,
  purpose: 'sign-in' | 'register',
  personaId?: string,
): boolean {
  const challenge = parseClientData(clientDataJSON)?.challenge;
  if (challenge === undefined) return false;
  const record = ctx.state.passkeyChallenges[challenge];
  if (!record) return false;
  delete ctx.state.passkeyChallenges[challenge];
  return record.purpose === purpose && record.personaId === personaId && ctx.now < record.expiresAt;
}

const PasskeySignIn = AuthRequest.options[2];
type PasskeySignIn = z.infer<typeof PasskeySignIn>;

/**
 * The asynchronous half of a passkey request, run against the state as it is before the
 * operation: the assertion's signature and relying party, or whether a new public key imports.
 */
export async function provePasskeyRequest(
  state: MockState,
  operationId: string,
  request: MockRequest,
  origin: string | null,
): Promise<PasskeyProof | null> {
  if (origin === null) return null;
  if (operationId === 'authenticate') {
    const parsed = PasskeySignIn.safeParse(request.body);
    const passkey = parsed.success ? state.passkeys[parsed.data.credential.id] : undefined;
    if (!parsed.success || !passkey) return null;
    const result = await verifyAssertion(parsed.data.credential, passkey, {
      origin,
      rpId: rpIdOf(origin),
    });
    return { kind: 'assertion', credentialId: passkey.id, publicKey: passkey.publicKey, result };
  }
  if (operationId === 'registerPasskey') {
    const parsed = RegisterPasskeyRequest.safeParse(request.body);
    if (!parsed.success) return null;
    const { publicKey, publicKeyAlgorithm } = parsed.data;
    const valid = (await importPublicKey(publicKey, publicKeyAlgorithm)) !== null;
    return { kind: 'public-key', publicKey, valid };
  }
  return null;
}

export type PasskeyVerdict = 'signed-in' | 'not-found' | 'invalid';

/**
 * Signing in with a passkey, after `provePasskeyRequest`: the challenge is spent first, then the
 * credential must be this persona's, its proof must hold for the stored key, and its signature
 * counter must move forward (a counter that goes back means a cloned authenticator).
 */
export function passkeyVerdict(
  ctx: Context,
  body: PasskeySignIn,
  proof: PasskeyProof | null,
  persona: Persona | undefined,
): PasskeyVerdict {
  const { credential } = body;
  const challengeLive = consumeChallenge(ctx, credential.clientDataJSON, 'sign-in');
  const stored = ctx.state.passkeys[credential.id];
  if (!stored || !persona || stored.personaId !== persona.id) return 'not-found';
  if (
    !challengeLive ||
    proof?.kind !== 'assertion' ||
    proof.credentialId !== stored.id ||
    proof.publicKey !== stored.publicKey ||
    !proof.result.ok ||
    (credential.userHandle !== undefined && credential.userHandle !== stored.userHandle)
  ) {
    return 'invalid';
  }
  const { signCount } = proof.result;
  if ((signCount !== 0 || stored.signCount !== 0) && signCount <= stored.signCount)
    return 'invalid';
  stored.signCount = signCount;
  return 'signed-in';
}

function personaOf(personaId: string): Persona {
  const persona = personas.find((candidate) => candidate.id === personaId);
  if (!persona) throw new Error(`Unknown persona ${personaId}`);
  return persona;
}

const refusedPasskey = (message: string) => errorResponse(422, 'PASSKEY_INVALID', message);

export const passkeyOperations: Pick<
  OperationImpls,
  'getPasskeyChallenge' | 'getPasskeyRegistrationOptions' | 'registerPasskey'
> = {
  getPasskeyChallenge: (ctx, { origin }) => {
    const rpId = rpIdOf(requireOrigin(origin));
    const { challenge, expiresAt } = issueChallenge(ctx, 'sign-in');
    return {
      status: 201,
      body: {
        challenge,
        rpId,
        timeoutMs: PASSKEY_TIMEOUT_MS,
        userVerification: 'preferred',
        expiresAt: iso(expiresAt),
      },
    };
  },

  getPasskeyRegistrationOptions: (ctx, { session, origin }) => {
    const rpId = rpIdOf(requireOrigin(origin));
    const persona = personaOf(session.personaId);
    const { challenge, expiresAt } = issueChallenge(ctx, 'register', persona.id);
    const registered = Object.values(ctx.state.passkeys).filter(
      (passkey) => passkey.personaId === persona.id,
    );
    return {
      status: 200,
      body: {
        challenge,
        rp: { id: rpId, name: RP_NAME },
        user: {
          id: userHandleOf(persona.id),
          name: persona.email,
          displayName: `${persona.firstName} ${persona.lastName}`,
        },
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        timeoutMs: PASSKEY_TIMEOUT_MS,
        excludeCredentials: registered.map(({ id }) => ({ type: 'public-key', id })),
        expiresAt: iso(expiresAt),
      },
    };
  },

  // Refusals are returned, not thrown: the spent challenge must stay spent.
  registerPasskey: (ctx, { session, origin, body, proof }) => {
    const expectedOrigin = requireOrigin(origin);
    const challengeLive = consumeChallenge(ctx, body.clientDataJSON, 'register', session.personaId);
    const clientData = parseClientData(body.clientDataJSON);
    if (!challengeLive || clientData?.type !== 'webauthn.create') {
      return refusedPasskey('The registration challenge is unknown, used or expired.');
    }
    if (clientData.origin !== expectedOrigin) {
      return refusedPasskey('The passkey was created for another origin.');
    }
    if (proof?.kind !== 'public-key' || proof.publicKey !== body.publicKey || !proof.valid) {
      return refusedPasskey('The public key is not a key of the stated algorithm.');
    }
    if (ctx.state.passkeys[body.id]) return refusedPasskey('This passkey is already registered.');
    ctx.state.passkeys[body.id] = {
      id: body.id,
      publicKey: body.publicKey,
      algorithm: body.publicKeyAlgorithm,
      personaId: session.personaId,
      userHandle: userHandleOf(session.personaId),
      signCount: 0,
      createdAt: ctx.now,
    };
    return { status: 201, body: { id: body.id, createdAt: iso(ctx.now) } };
  },
};
