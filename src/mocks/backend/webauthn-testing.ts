/**
 * A software authenticator for tests: a real key pair (WebCrypto) that writes client data,
 * authenticator data and signatures exactly as a browser and an authenticator would.
 */
import { toBase64Url } from '@/lib/base64url';
import { sha256, type PasskeyAlgorithm } from './webauthn';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** WebCrypto's raw `r || s` as the DER an authenticator sends. */
function rawToDer(raw: Uint8Array): Uint8Array {
  const integer = (half: Uint8Array) => {
    let start = 0;
    while (start < half.length - 1 && half[start] === 0) start += 1;
    const trimmed = half.slice(start);
    const padded = (trimmed[0] ?? 0) >= 0x80 ? [0, ...trimmed] : [...trimmed];
    return [0x02, padded.length, ...padded];
  };
  const body = [...integer(raw.slice(0, 32)), ...integer(raw.slice(32))];
  return Uint8Array.from([0x30, body.length, ...body]);
}

export interface AssertionOptions {
  challenge: string;
  origin: string;
  rpId: string;
  signCount?: number;
  /** Authenticator flags; 0x05 is user present and verified. */
  flags?: number;
  type?: string;
}

export interface SignedAssertion {
  id: string;
  clientDataJSON: string;
  authenticatorData: string;
  signature: string;
  userHandle?: string;
}

export interface SoftwarePasskey {
  id: string;
  /** SPKI DER, base64url: what `getPublicKey()` gives. */
  publicKey: string;
  algorithm: PasskeyAlgorithm;
  /** What `navigator.credentials.get` would answer. */
  assert(options: AssertionOptions): Promise<SignedAssertion>;
}

const keyParams = {
  [-7]: { name: 'ECDSA', namedCurve: 'P-256' },
  [-257]: {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
} as const;

export async function createSoftwarePasskey(
  algorithm: PasskeyAlgorithm = -7,
): Promise<SoftwarePasskey> {
  const pair = await crypto.subtle.generateKey(keyParams[algorithm], true, ['sign', 'verify']);
  const id = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
  const publicKey = toBase64Url(
    new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)),
  );

  return {
    id,
    publicKey,
    algorithm,
    async assert({ challenge, origin, rpId, signCount = 1, flags = 0x05, type = 'webauthn.get' }) {
      const clientData = encode({ type, challenge, origin, crossOrigin: false });
      const authenticatorData = new Uint8Array(37);
      authenticatorData.set(await sha256(new TextEncoder().encode(rpId)));
      authenticatorData[32] = flags;
      new DataView(authenticatorData.buffer).setUint32(33, signCount);
      const signed = new Uint8Array([...authenticatorData, ...(await sha256(clientData))]);
      const signature = new Uint8Array(
        await crypto.subtle.sign(
          algorithm === -7 ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'RSASSA-PKCS1-v1_5' },
          pair.privateKey,
          signed,
        ),
      );
      return {
        id,
        clientDataJSON: toBase64Url(clientData),
        authenticatorData: toBase64Url(authenticatorData),
        signature: toBase64Url(algorithm === -7 ? rawToDer(signature) : signature),
      };
    },
  };
}

/** The client data of `navigator.credentials.create`, base64url. */
export function registrationClientData(challenge: string, origin: string): string {
  return toBase64Url(encode({ type: 'webauthn.create', challenge, origin, crossOrigin: false }));
}
