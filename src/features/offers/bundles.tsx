import type { LineInput, OffersResponse } from '@/api/contract/schemas';
import { Button } from '@/components/ui/button';
import { useFormat, useStore } from '@/i18n';
import { PromotionNote } from './offer-parts';
import { offersMessages } from './offers-messages';
import { lineInput, previewLine } from '@/checkout/pricing';
import styles from './offers-page.module.css';

interface BundlesProps {
  offers: OffersResponse;
  onAdd: (line: LineInput) => boolean;
  pending?: boolean;
}

/** Ready-made lines: a plan and a phone, with their deal; one press adds the line. */
export function Bundles({ offers, onAdd, pending = false }: BundlesProps) {
  const t = useStore(offersMessages);
  const { money } = useFormat();
  const bundles = offers.bundles.flatMap((bundle) => {
    const line = lineInput(offers, bundle.planId, bundle.deviceId, bundle.promotionId);
    const preview = previewLine(offers, line);
    // A bundle whose plan or phone is gone is not offered.
    return preview.plan && preview.device ? [{ bundle, line, preview }] : [];
  });
  if (bundles.length === 0) return null;

  return (
    <section aria-labelledby="bundles-title">
      <h2 id="bundles-title">{t.bundlesTitle}</h2>
      <p>{t.bundlesIntro}</p>
      <ul className={styles.bundles}>
        {bundles.map(({ bundle, line, preview }) => (
          <li key={bundle.id} className={`card ${styles.bundle}`}>
            <h3>{bundle.name}</h3>
            <p>{bundle.description}</p>
            <p>
              <strong className={styles.price}>
                {money(preview.monthlyCents)}
                {t.perMonth}
              </strong>{' '}
              <span className="small muted">{t.perLineMonth}</span>
            </p>
            {preview.promotion && <PromotionNote promotion={preview.promotion} />}
            <Button
              variant="secondary"
              onClick={() => onAdd(line)}
              pending={pending}
              aria-label={t.bundleAddLabel({ name: bundle.name })}
            >
              {t.bundleAdd}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
