/**
 * What the customer chose before the order exists: the account and the cart lines. It is not
 * personal data (ids only), and it is kept in sessionStorage so a reload resumes; once the
 * order is created the server holds it and the draft is cleared.
 */
import { atom } from 'nanostores';
import { z } from 'zod';
import { LineInput, MAX_LINES } from '@/api/contract/boot-schemas';

const STORAGE_KEY = 'checkout.draft';

const draftSchema = () =>
  z.object({
    customerId: z.string().nullable(),
    lines: z.array(LineInput).max(MAX_LINES),
  });
export type CheckoutDraft = z.infer<ReturnType<typeof draftSchema>>;

const emptyDraft: CheckoutDraft = { customerId: null, lines: [] };

/** The stored draft, if valid. The schema is built only when there is one: a first visit has none. */
function readStored(): CheckoutDraft {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    if (stored === null) return emptyDraft;
    const parsed = draftSchema().safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : emptyDraft;
  } catch {
    return emptyDraft;
  }
}

export const checkoutDraft = atom<CheckoutDraft>(readStored());

checkoutDraft.listen((draft) => {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
});

export function chooseAccount(customerId: string) {
  const current = checkoutDraft.get();
  // Lines chosen for another account do not carry over.
  checkoutDraft.set(current.customerId === customerId ? current : { customerId, lines: [] });
}

export function setDraftLines(lines: LineInput[]) {
  checkoutDraft.set({ ...checkoutDraft.get(), lines });
}

export function clearDraft() {
  checkoutDraft.set(emptyDraft);
  sessionStorage.removeItem(STORAGE_KEY);
}
