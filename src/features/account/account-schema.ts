import { z } from 'zod';
import { accountSchemaMessages } from './account-messages';

const chooseAccount = () => accountSchemaMessages.get().chooseAccount;

export const accountSchema = z.object({
  // An unticked radio group reads as null.
  customerId: z.string({ error: chooseAccount }).min(1, { error: chooseAccount }),
});

export type AccountFormInput = z.input<typeof accountSchema>;
export type AccountFormOutput = z.output<typeof accountSchema>;
