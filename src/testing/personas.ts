/**
 * Test helpers that reach the mock backend over HTTP only, as the app does, and store the
 * session as the app does.
 */
import { z } from 'zod';
import { type LineInput, Session } from '@/api/contract/schemas';
import { setSession } from '@/api/session';

/** The password every demo persona shares. */
export const DEMO_PASSWORD = 'Checkout-Demo-1';

const APPROVED_PERSONA = '(201) 555-0101';

/** Signs a persona in (password method) and stores the session. */
export async function signInAs(phone: string): Promise<Session> {
  const response = await fetch('http://localhost/v1/auth', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ method: 'password', identifier: phone, password: DEMO_PASSWORD }),
  });
  const session = Session.parse(await response.json());
  setSession(session);
  return session;
}

const SeedResult = z.object({ session: Session, orderId: z.string() });

/**
 * Signs a persona in through `POST /__mock/seed` with an order whose every step before `step`
 * is done, and stores the session.
 */
export async function seedOrderAt(
  step: 'credit' | 'shipping' | 'number' | 'terms' | 'review',
  options: { phone?: string; lines?: LineInput[] } = {},
): Promise<z.infer<typeof SeedResult>> {
  const response = await fetch('http://localhost/__mock/seed', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone: options.phone ?? APPROVED_PERSONA, step, lines: options.lines }),
  });
  const seeded = SeedResult.parse(await response.json());
  setSession(seeded.session);
  return seeded;
}
