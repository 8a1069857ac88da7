import { z } from 'zod';
import { HANDOFF_CODE_ALPHABET, HANDOFF_CODE_LENGTH } from '@/api/contract/schemas';
import { continueSchemaMessages } from './continue-messages';

// Read lazily (`.get()` inside the error function), so a language switch changes the messages.
const m = () => continueSchemaMessages.get();

const CODE = new RegExp(`^[${HANDOFF_CODE_ALPHABET}]{${HANDOFF_CODE_LENGTH}}$`);

export const handoffCodeSchema = z.object({
  // Shown in two groups of four; typed in any case, with or without the space or a dash.
  code: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
    .pipe(
      z
        .string()
        .min(1, { error: () => m().codeRequired })
        .regex(CODE, { error: () => m().codeInvalid }),
    ),
});

export type HandoffCodeInput = z.input<typeof handoffCodeSchema>;
export type HandoffCodeOutput = z.output<typeof handoffCodeSchema>;
