import type { ReactNode, RefObject } from 'react';
import { MAX_LINES } from '@/api/contract/schemas';
import { Button } from '@/components/ui/button';
import { useFormat, useStore } from '@/i18n';
import { offersMessages } from './offers-messages';
import styles from './offers-page.module.css';

export interface CartLineView {
  key: string;
  name: string;
  monthlyCents: number;
}

/** "Unlimited Plus with Samsung Galaxy S25, …", or the plan alone. */
export function useLineName() {
  const t = useStore(offersMessages);
  return (plan: string, phone: string | undefined) =>
    phone ? t.planWithPhone({ plan, phone }) : t.planNoPhone({ plan });
}

interface CartSoFarProps {
  lines: CartLineView[];
  /** Where the lines can be removed here (the draft's); an order's are changed in its cart. */
  onRemove?: (index: number) => void;
  /** Focused after a line is added, so the customer finds it in the list. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  footer?: ReactNode;
}

/** The lines chosen so far, with what each costs a month. */
export function CartSoFar({ lines, onRemove, headingRef, footer }: CartSoFarProps) {
  const t = useStore(offersMessages);
  const { money } = useFormat();
  return (
    <section className="card" aria-labelledby="cart-so-far">
      <h2 id="cart-so-far" ref={headingRef} tabIndex={-1}>
        {t.yourLines({ count: lines.length, max: MAX_LINES })}
      </h2>
      <ol className={styles.cartLines}>
        {lines.map((line, index) => (
          <li key={line.key} className={styles.cartLine}>
            <div>
              <p>
                <strong>{t.lineLabel({ index: index + 1 })}:</strong> {line.name}
              </p>
              <p className="small muted">
                {money(line.monthlyCents)}
                {t.perMonth}
              </p>
            </div>
            {onRemove && (
              <Button
                variant="link"
                onClick={() => onRemove(index)}
                aria-label={t.removeLineLabel({ index: index + 1 })}
              >
                {t.removeLine}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {footer}
    </section>
  );
}
