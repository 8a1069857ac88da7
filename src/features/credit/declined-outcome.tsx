import type { CreditPolicy } from '@/api/contract/schemas';
import { PageHeading } from '@/components/ui/page-heading';
import { useStore } from '@/i18n';
import { AdverseActionNotice } from './adverse-action-notice';
import { creditOutcomeMessages } from './credit-messages';

/** Declined: the order ends here, with the adverse-action notice the law requires. */
export function DeclinedOutcome({ policy }: { policy: CreditPolicy }) {
  const t = useStore(creditOutcomeMessages);
  return (
    <section className="stack">
      <PageHeading>{t.declinedTitle}</PageHeading>
      <AdverseActionNotice policy={policy} />
    </section>
  );
}
