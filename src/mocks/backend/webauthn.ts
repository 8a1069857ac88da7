/**
 * WebAuthn checks of the mock backend, with WebCrypto only (browsers and Node 20 alike): decoding
 * what the browser sends, and verifying an assertion against a stored public key. Everything
 * here is pure; the challenge bookkeeping and the sign counter live in webauthn-passkeys.ts.
 */
import { fromBase64Url } from '@/lib/base64url';

export type PasskeyAlgorithm = -7 | -257;

export interface ClientData {
  type: string;
  /** base64url, as the server issued it. */
  challenge: string;
  origin: string;
}

/** `clientDataJSON` (base64url) read as JSON; null when it is not what a browser writes. */
export function parseClientData(encoded: string): ClientData | null {
  const bytes = fromBase64Url(encoded);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof value !== 'object' || value === null) return null;
    const { type, challenge, origin } = value as Record<string, unknown>;
    if (typeof type !== 'string' || typeof challenge !== 'string' || typeof origin !== 'string') {
      return null;
    }
    return { type, challenge, origin };
  } catch {
    return null;
  }
}

const USER_PRESENT = 0x01;
const USER_VERIFIED = 0x04;

export interface AuthenticatorData {
  rpIdHash: Uint8Array;
  userPresent: boolean;
  userVerified: boolean;
  signCount: number;
}

/** The fixed 37-byte head of authenticator data: rpIdHash (32), flags (1), signCount (4). */
export function parseAuthenticatorData(bytes: Uint8Array): AuthenticatorData | null {
  if (bytes.length < 37) return null;
  const flags = bytes[32] ?? 0;
  return {
    rpIdHash: bytes.slice(0, 32),
    userPresent: (flags & USER_PRESENT) !== 0,
    userVerified: (flags & USER_VERIFIED) !== 0,
    signCount: new DataView(bytes.buffer, bytes.byteOffset + 33, 4).getUint32(0),
  };
}

export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * An ECDSA signature from DER (`SEQUENCE { INTEGER r, INTEGER s }`, what authenticators send)
 * to the fixed-width `r || s` WebCrypto verifies; null when it is not well-formed DER.
 */
export function derToRawSignature(der: Uint8Array, size = 32): Uint8Array<ArrayBuffer> | null {
  let offset = 0;
  const read = () => der[offset++];
  if (read() !== 0x30) return null;
  const total = read();
  if (total === undefined || total >= 0x80 || total !== der.length - 2) return null;
  const raw = new Uint8Array(size * 2);
  for (const half of [0, 1]) {
    if (read() !== 0x02) return null;
    const length = read();
    if (length === undefined || length === 0 || offset + length > der.length) return null;
    let integer = der.slice(offset, offset + length);
    offset += length;
    while (integer.length > size && integer[0] === 0) integer = integer.slice(1);
    if (integer.length > size) return null;
    raw.set(integer, half * size + size - integer.length);
  }
  return offset === der.length ? raw : null;
}

const algorithms: Record<
  PasskeyAlgorithm,
  { import: EcKeyImportParams | RsaHashedImportParams; verify: EcdsaParams | AlgorithmIdentifier }
> = {
  [-7]: {
    import: { name: 'ECDSA', namedCurve: 'P-256' },
    verify: { name: 'ECDSA', hash: 'SHA-256' },
  },
  [-257]: {
    import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    verify: { name: 'RSASSA-PKCS1-v1_5' },
  },
};

/** The public key (SPKI DER, base64url) as a WebCrypto key; null when it is not one of `algorithm`. */
export async function importPublicKey(
  publicKey: string,
  algorithm: PasskeyAlgorithm,
): Promise<CryptoKey | null> {
  const spki = fromBase64Url(publicKey);
  if (!spki) return null;
  try {
    return await crypto.subtle.importKey('spki', spki, algorithms[algorithm].import, false, [
      'verify',
    ]);
  } catch {
    return null;
  }
}

async function verifySignature(
  key: CryptoKey,
  algorithm: PasskeyAlgorithm,
  signature: Uint8Array<ArrayBuffer>,
  signed: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const bytes = algorithm === -7 ? derToRawSignature(signature) : signature;
  if (!bytes) return false;
  try {
    return await crypto.subtle.verify(algorithms[algorithm].verify, key, bytes, signed);
  } catch {
    return false;
  }
}

export interface StoredPasskey {
  /** base64url */
  id: string;
  /** SPKI DER, base64url */
  publicKey: string;
  algorithm: PasskeyAlgorithm;
}

export interface AssertionInput {
  clientDataJSON: string;
  authenticatorData: string;
  signature: string;
}

/** Why an assertion is refused; the customer sees one message for all of them. */
export type AssertionFailure =
  'malformed' | 'type' | 'origin' | 'rp-id' | 'user-presence' | 'signature';

export type AssertionResult =
  { ok: true; challenge: string; signCount: number } | { ok: false; reason: AssertionFailure };

/**
 * Checks everything about an assertion that needs no server state: what kind of ceremony it is,
 * where it happened, for which relying party, that the user was present, and that the stored
 * key signed `authenticatorData || SHA-256(clientDataJSON)`. The caller checks the challenge
 * (issued, unexpired, unused) and the sign counter.
 */
export async function verifyAssertion(
  assertion: AssertionInput,
  passkey: StoredPasskey,
  expected: { origin: string; rpId: string },
): Promise<AssertionResult> {
  const clientData = parseClientData(assertion.clientDataJSON);
  const clientDataBytes = fromBase64Url(assertion.clientDataJSON);
  const authenticatorBytes = fromBase64Url(assertion.authenticatorData);
  const signature = fromBase64Url(assertion.signature);
  const authenticatorData = authenticatorBytes && parseAuthenticatorData(authenticatorBytes);
  if (!clientData || !clientDataBytes || !authenticatorBytes || !authenticatorData || !signature) {
    return { ok: false, reason: 'malformed' };
  }
  if (clientData.type !== 'webauthn.get') return { ok: false, reason: 'type' };
  if (clientData.origin !== expected.origin) return { ok: false, reason: 'origin' };
  const rpIdHash = await sha256(new TextEncoder().encode(expected.rpId));
  if (!sameBytes(authenticatorData.rpIdHash, rpIdHash)) return { ok: false, reason: 'rp-id' };
  if (!authenticatorData.userPresent) return { ok: false, reason: 'user-presence' };

  const key = await importPublicKey(passkey.publicKey, passkey.algorithm);
  const clientDataHash = await sha256(clientDataBytes);
  const signed = new Uint8Array(authenticatorBytes.length + clientDataHash.length);
  signed.set(authenticatorBytes);
  signed.set(clientDataHash, authenticatorBytes.length);
  if (!key || !(await verifySignature(key, passkey.algorithm, signature, signed))) {
    return { ok: false, reason: 'signature' };
  }
  return { ok: true, challenge: clientData.challenge, signCount: authenticatorData.signCount };
}
