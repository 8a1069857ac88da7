import { useSuspenseQuery } from '@tanstack/react-query';
import { offersQueryOptions } from '@/api/offers';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { language, useStore } from '@/i18n';
import { DraftOffers } from './draft-offers';
import { offersMessages } from './offers-messages';
import { OrderOffers, type ExistingOrder } from './order-offers';

/** The offers: lines for the order-to-be (the draft), or more lines for `existingOrder`. */
export function OffersPage({ existingOrder }: { existingOrder: ExistingOrder | null }) {
  const t = useStore(offersMessages);
  const lang = useStore(language);
  const offers = useSuspenseQuery(offersQueryOptions(lang));

  return (
    <section>
      <PageHeading>{t.title}</PageHeading>
      <Notice tone="info" title={t.noAutopayTitle}>
        <p>{t.noAutopayBody}</p>
      </Notice>
      {offers.data.plans.length === 0 ? (
        <Notice tone="warning" title={t.noOffersTitle}>
          <p>{t.noOffersBody}</p>
          <Button
            variant="secondary"
            onClick={() => void offers.refetch()}
            pending={offers.isFetching}
          >
            {t.checkAgain}
          </Button>
        </Notice>
      ) : existingOrder ? (
        <OrderOffers {...existingOrder} offers={offers.data} />
      ) : (
        <DraftOffers offers={offers.data} />
      )}
    </section>
  );
}
