import { personas, type Persona } from '../data/personas';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_CHARS = /^[\d\s().+-]+$/;

/** Ten digits for a US phone in any common format, a lower-case e-mail, or null. */
export function normalizeIdentifier(raw: string): string | null {
  const value = raw.trim();
  if (value.includes('@')) return EMAIL.test(value) ? value.toLowerCase() : null;
  if (!PHONE_CHARS.test(value)) return null;
  const digits = value.replace(/\D/g, '');
  if (digits.length === 10) return digits;
  if (digits.length === 11 && digits.startsWith('1')) return digits.slice(1);
  return null;
}

export function findPersona(normalized: string): Persona | undefined {
  return personas.find((persona) => persona.phone === normalized || persona.email === normalized);
}

export function maskPhone(phone: string): string {
  return `(•••) •••-${phone.slice(-4)}`;
}

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

export function maskAccountNumber(accountNumber: string): string {
  return `•••• ${accountNumber.slice(-4)}`;
}
