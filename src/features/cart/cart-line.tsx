import { useId, useState } from 'react';
import { useFormState } from 'react-hook-form';
import type { OffersResponse } from '@/api/contract/schemas';
import { Button } from '@/components/ui/button';
import { useFormat, useStore } from '@/i18n';
import { cartMessages } from './cart-messages';
import type { CartFormInput } from './cart-schema';
import { LineEditor } from './line-editor';
import type { LineView } from './line-view';
import styles from './cart-page.module.css';

interface CartLineProps {
  offers: OffersResponse;
  gone: ReadonlySet<string>;
  view: LineView;
  index: number;
  /** False once the order can no longer be changed online. */
  editable: boolean;
  /** Absent where the line may not be removed (an order keeps at least one). */
  onRemove?: () => void;
}

/** One line of the cart: what it holds and costs, and its Change and Remove. */
export function CartLine({ offers, gone, view, index, editable, onRemove }: CartLineProps) {
  const t = useStore(cartMessages);
  const { money } = useFormat();
  const { errors } = useFormState<CartFormInput>();
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const fieldErrors = errors.lines?.[index];
  const { problems } = view;
  // A line with a problem stays open until it is put right.
  const open = editable && (editing || Boolean(problems.plan ?? problems.phone ?? fieldErrors));
  const number = { index: index + 1 };

  return (
    <li className={`card ${styles.line}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t.line(number)}</h3>
      <p className={styles.lineName}>
        {view.plan}
        <br />
        <span className="muted">{view.phone ?? t.noPhone}</span>
      </p>
      {view.deal && <p className="small">{t.deal({ title: view.deal })}</p>}
      <dl className="totals">
        <div>
          <dt>{t.monthly}</dt>
          <dd>
            {money(view.monthlyCents)}
            {t.perMonth}
          </dd>
        </div>
        <div>
          <dt>{t.dueOnFirstBill}</dt>
          <dd>{money(view.dueCents)}</dd>
        </div>
      </dl>
      {view.downPaymentCents !== undefined && (
        <p className="small muted">
          {t.dueDetail({
            down: money(view.downPaymentCents),
            activation: money(offers.activationFeeCents),
          })}
        </p>
      )}
      {view.estimate && <p className="small muted">{t.estimate}</p>}
      {/* Until a submit puts a problem on its field, it is said here. */}
      {problems.plan && !fieldErrors?.planId && <p className="field__error">{problems.plan}</p>}
      {problems.phone && !fieldErrors?.deviceId && <p className="field__error">{problems.phone}</p>}
      {open && <LineEditor offers={offers} gone={gone} view={view} index={index} />}
      {editable && (
        <div className={styles.lineActions}>
          <Button
            variant="link"
            aria-expanded={open}
            aria-label={open && editing ? t.doneLine(number) : t.changeLine(number)}
            onClick={() => setEditing(!editing)}
          >
            {open && editing ? t.done : t.change}
          </Button>
          {onRemove && (
            <Button variant="link" aria-label={t.removeLine(number)} onClick={onRemove}>
              {t.remove}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
