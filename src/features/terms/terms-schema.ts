import { z } from 'zod';
import type { Agreement } from '@/api/contract/schemas';

/**
 * The agreements come from the server, so the schema is built from them: every agreement
 * must be ticked, each with its own message (the same words inline and in the summary).
 */
export function termsSchema(agreements: readonly Agreement[], required: (title: string) => string) {
  return z.object({
    accepted: z.object(
      Object.fromEntries(
        agreements.map((agreement) => [
          agreement.id,
          // A missing value (an agreement that appeared after a refetch) counts as not accepted.
          z
            .boolean()
            .optional()
            .refine((value) => value === true, { error: required(agreement.title) }),
        ]),
      ),
    ),
  });
}
