import type { Device, Plan, Promotion } from '@/api/contract/schemas';
import { useFormat, useStore } from '@/i18n';
import { offersMessages } from './offers-messages';
import styles from './offers-page.module.css';

/**
 * A deal with its conditions, shown next to the plan or phone it applies to. Without a
 * heading (where the deal's title is already the label) it starts with the description.
 */
export function PromotionNote({
  promotion,
  heading,
}: {
  promotion: Promotion;
  heading?: string | null;
}) {
  const t = useStore(offersMessages);
  const { money } = useFormat();
  const credit = t.dealCredit({
    credit: money(promotion.monthlyCreditCents),
    months: promotion.months,
  });
  return (
    <div className={styles.deal}>
      {heading === null ? (
        <p>
          {promotion.description} {credit}.
        </p>
      ) : (
        <p>
          <strong>{heading ?? t.dealLabel({ title: promotion.title })}</strong>
          {' – '}
          {credit}
        </p>
      )}
      <p className="small">
        {t.conditions} {promotion.conditions.join('; ')}.
      </p>
    </div>
  );
}

export function OptionTitle({ name, price }: { name: string; price?: string }) {
  return (
    <span className={styles.optionTitle}>
      <span>{name}</span>
      {price && <span className={styles.price}>{price}</span>}
    </span>
  );
}

export function PlanDetails({ plan, deals }: { plan: Plan; deals: Promotion[] }) {
  const t = useStore(offersMessages);
  return (
    <>
      <ul className={`small ${styles.features}`}>
        <li>{t.data({ data: plan.data })}</li>
        {plan.features.map((feature) => (
          <li key={feature}>{feature}</li>
        ))}
      </ul>
      {deals.map((deal) => (
        <PromotionNote key={deal.id} promotion={deal} />
      ))}
    </>
  );
}

export function DeviceDetails({ device, deals }: { device: Device; deals: Promotion[] }) {
  const t = useStore(offersMessages);
  const { money } = useFormat();
  return (
    <>
      <p className="small">
        {device.storage}, {device.color}
        <br />
        {t.installment({
          monthly: money(device.monthlyInstallmentCents),
          months: device.installmentMonths,
        })}
        {' · '}
        {device.downPaymentCents > 0
          ? t.downPayment({ amount: money(device.downPaymentCents) })
          : t.noDownPayment}
        {' · '}
        {t.fullPrice({ amount: money(device.fullPriceCents) })}
      </p>
      {deals.map((deal) => (
        <PromotionNote key={deal.id} promotion={deal} />
      ))}
    </>
  );
}
