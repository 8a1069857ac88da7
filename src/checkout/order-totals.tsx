/**
 * What an order costs, as review, the confirmation, the order summary and the cart show it: the
 * monthly total and the total due on the first bill (nothing is charged on the day), and the
 * estimated monthly taxes, which are part of neither. Each caller names the rows in its own
 * words: its messages block holds them, translated with the rest of its texts.
 */
import type { Order } from '@/api/contract/schemas';
import { useFormat, useStore } from '@/i18n';
import { orderLabels } from './order-labels';

export interface TotalsFigures {
  monthlyCents: number;
  /** Phone down payments and activation fees of the lines; the full form lists them. */
  upfrontCents?: number;
  depositCents: number;
  /** Undefined while no delivery option is chosen: the compact form then has no shipping row. */
  shippingCents?: number;
  dueOnFirstBillCents: number;
  /** Cents, or words while the taxes cannot be worked out yet (a cart not saved yet). */
  taxes: number | string;
}

/** The figures of an order as the server worked them out. */
export function orderFigures(
  order: Pick<Order, 'lines' | 'totals' | 'fulfillment'>,
): TotalsFigures {
  const { totals } = order;
  return {
    monthlyCents: totals.monthlyCents,
    upfrontCents: order.lines.reduce((sum, line) => sum + line.dueOnFirstBillCents, 0),
    depositCents: totals.depositCents,
    shippingCents: order.fulfillment ? totals.shippingCents : undefined,
    dueOnFirstBillCents: totals.dueOnFirstBillCents,
    taxes: totals.estimatedTaxesCents,
  };
}

export interface TotalsLabels {
  monthly: string;
  /** Names the row of `upfrontCents`; without it the row is left out. */
  upfront?: string;
  deposit: string;
  shipping: string;
  firstBill: string;
  taxes: string;
}

/** Review's form: the monthly and the first-bill totals each under a heading of their own. */
export interface TotalsGroups {
  level: 2 | 3 | 4;
  monthly: string;
  firstBill: string;
  headingClassName?: string;
}

interface OrderTotalsProps {
  figures: TotalsFigures;
  labels: TotalsLabels;
  /**
   * The order summary's and the cart's short form: a deposit or shipping only when there is
   * one, and the taxes before the total. The full form lists every part of the first bill.
   */
  compact?: boolean;
  groups?: TotalsGroups;
  /** Of the list (each list, when grouped). */
  className?: string;
}

export function OrderTotals({
  figures,
  labels,
  compact = false,
  groups,
  className,
}: OrderTotalsProps) {
  const { money } = useFormat();
  const words = useStore(orderLabels);
  const listClass = className ? `totals ${className}` : 'totals';
  const { upfrontCents, shippingCents, taxes } = figures;

  // Alone under its heading, the monthly total is the group's total.
  const monthly = (
    <Row
      label={labels.monthly}
      value={words.perMonth({ amount: money(figures.monthlyCents) })}
      strong={groups !== undefined}
    />
  );
  const firstBillParts = (
    <>
      {!compact && labels.upfront && upfrontCents !== undefined && (
        <Row label={labels.upfront} value={money(upfrontCents)} />
      )}
      {(!compact || figures.depositCents > 0) && (
        <Row label={labels.deposit} value={money(figures.depositCents)} />
      )}
      {(!compact || shippingCents !== undefined) && (
        <Row label={labels.shipping} value={shippingCents ? money(shippingCents) : words.free} />
      )}
    </>
  );
  const firstBill = (
    <Row label={labels.firstBill} value={money(figures.dueOnFirstBillCents)} strong />
  );
  const taxesRow = (
    <Row label={labels.taxes} value={typeof taxes === 'number' ? money(taxes) : taxes} />
  );

  if (groups) {
    const Heading = `h${groups.level}` as const;
    return (
      <>
        <Heading className={groups.headingClassName}>{groups.monthly}</Heading>
        <dl className={listClass}>{monthly}</dl>
        <Heading className={groups.headingClassName}>{groups.firstBill}</Heading>
        <dl className={listClass}>
          {firstBillParts}
          {firstBill}
        </dl>
        <dl className={listClass}>{taxesRow}</dl>
      </>
    );
  }
  return (
    <dl className={listClass}>
      {monthly}
      {firstBillParts}
      {compact ? (
        <>
          {taxesRow}
          {firstBill}
        </>
      ) : (
        <>
          {firstBill}
          {taxesRow}
        </>
      )}
    </dl>
  );
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={strong ? 'totals__strong' : undefined}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
