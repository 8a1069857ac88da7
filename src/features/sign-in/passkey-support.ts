import { isKioskMode } from '@/config/kiosk-mode';

/**
 * Whether to offer passkeys here: the browser has WebAuthn, and this is not a shared kiosk
 * (a passkey made there would belong to the store's device, not the customer).
 */
export function passkeysSupported(): boolean {
  return typeof window.PublicKeyCredential === 'function' && !isKioskMode();
}

/** The customer closed the browser's passkey prompt, or let it time out (WebAuthn says the same). */
export function isCancelledByUser(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'NotAllowedError';
}
