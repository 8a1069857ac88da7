const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Unguessable identifiers from the platform CSPRNG (browser and Node alike). */
export function randomString(length: number, alphabet = ALPHABET): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

export function randomDigits(length: number): string {
  return randomString(length, '0123456789');
}
