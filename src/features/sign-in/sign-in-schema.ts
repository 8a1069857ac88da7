import { z } from 'zod';
import { signInSchemaMessages } from './sign-in-messages';

// Read lazily (`.get()` inside the error function), so a language switch changes the messages.
const m = () => signInSchemaMessages.get();

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_CHARS = /^[\d\s().+-]+$/;

export type IdentifierKind = 'phone' | 'email';

/** What the customer typed: a US phone number in any common format, an e-mail, or neither. */
export function identifierKind(raw: string): IdentifierKind | null {
  const value = raw.trim();
  if (value.includes('@')) return EMAIL.test(value) ? 'email' : null;
  if (!PHONE_CHARS.test(value)) return null;
  const digits = value.replace(/\D/g, '');
  return digits.length === 10 || (digits.length === 11 && digits.startsWith('1')) ? 'phone' : null;
}

/** The ways to sign in this page offers: a code by text or e-mail, a password, or a passkey. */
export const SignInMethod = z.enum(['sms', 'email', 'password', 'passkey']);
export type SignInMethod = z.infer<typeof SignInMethod>;

export const identifierSchema = z
  .object({
    identifier: z
      .string()
      .trim()
      .min(1, { error: () => m().identifierRequired })
      .refine((value) => identifierKind(value) !== null, { error: () => m().identifierInvalid }),
    method: SignInMethod,
    password: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.method === 'password' && values.password === '') {
      ctx.addIssue({ code: 'custom', path: ['password'], message: m().passwordRequired });
    }
  });

export type IdentifierFormInput = z.input<typeof identifierSchema>;
export type IdentifierFormOutput = z.output<typeof identifierSchema>;

export const codeSchema = z.object({
  // Pasted codes often carry spaces or a dash ("123 456"); the digits are what count.
  code: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ''))
    .pipe(
      z
        .string()
        .min(1, { error: () => m().codeRequired })
        .regex(/^\d{6}$/, { error: () => m().codeInvalid }),
    ),
});

export type CodeFormInput = z.input<typeof codeSchema>;
export type CodeFormOutput = z.output<typeof codeSchema>;
