/**
 * The browser side of passkeys: `navigator.credentials` with options from the API, and the
 * answer in the API's base64url shape. Loaded with `import()` when a passkey is used, so the
 * sign-in page's first load does not carry it.
 */
import type {
  PasskeyAssertion,
  PasskeyChallenge,
  PasskeyRegistrationOptions,
  RegisterPasskeyRequest,
} from '@/api/contract/schemas';
import { fromBase64Url, toBase64Url } from '@/lib/base64url';

/** Thrown when the browser answers with something that is not a usable credential. */
class PasskeyUnavailableError extends Error {
  override readonly name = 'PasskeyUnavailableError';
}

function bytes(value: string): Uint8Array<ArrayBuffer> {
  const decoded = fromBase64Url(value);
  if (!decoded) throw new PasskeyUnavailableError('The server sent bytes that are not base64url.');
  return decoded;
}

/** Asks the browser for a passkey of this site; rejects with NotAllowedError when cancelled. */
export async function getAssertion(challenge: PasskeyChallenge): Promise<PasskeyAssertion> {
  const credential = await navigator.credentials.get({
    publicKey: {
      challenge: bytes(challenge.challenge),
      rpId: challenge.rpId,
      timeout: challenge.timeoutMs,
      userVerification: challenge.userVerification,
    },
  });
  if (
    !(credential instanceof PublicKeyCredential) ||
    !(credential.response instanceof AuthenticatorAssertionResponse)
  ) {
    throw new PasskeyUnavailableError('The browser did not return a passkey assertion.');
  }
  const { response } = credential;
  return {
    id: toBase64Url(credential.rawId),
    clientDataJSON: toBase64Url(response.clientDataJSON),
    authenticatorData: toBase64Url(response.authenticatorData),
    signature: toBase64Url(response.signature),
    ...(response.userHandle ? { userHandle: toBase64Url(response.userHandle) } : {}),
  };
}

/** Creates a passkey on this device and returns what the API stores: its id and public key. */
export async function createPasskey(
  options: PasskeyRegistrationOptions,
): Promise<RegisterPasskeyRequest> {
  const credential = await navigator.credentials.create({
    publicKey: {
      challenge: bytes(options.challenge),
      rp: options.rp,
      user: { ...options.user, id: bytes(options.user.id) },
      pubKeyCredParams: options.pubKeyCredParams,
      timeout: options.timeoutMs,
      excludeCredentials: options.excludeCredentials.map(({ type, id }) => ({
        type,
        id: bytes(id),
      })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      attestation: 'none',
    },
  });
  if (
    !(credential instanceof PublicKeyCredential) ||
    !(credential.response instanceof AuthenticatorAttestationResponse)
  ) {
    throw new PasskeyUnavailableError('The browser did not return a new passkey.');
  }
  const { response } = credential;
  const publicKey = response.getPublicKey();
  const algorithm = response.getPublicKeyAlgorithm();
  if (!publicKey || (algorithm !== -7 && algorithm !== -257)) {
    throw new PasskeyUnavailableError('The passkey uses a key this site does not accept.');
  }
  return {
    id: toBase64Url(credential.rawId),
    clientDataJSON: toBase64Url(response.clientDataJSON),
    publicKey: toBase64Url(publicKey),
    publicKeyAlgorithm: algorithm,
  };
}
