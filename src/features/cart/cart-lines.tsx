import { useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { OffersResponse } from '@/api/contract/schemas';
import { fieldId } from '@/components/ui/field-id';
import { useStore } from '@/i18n';
import { CartLine } from './cart-line';
import { cartMessages } from './cart-messages';
import type { CartForm } from './use-cart-form';
import styles from './cart-page.module.css';

interface CartLinesProps {
  cart: CartForm;
  offers: OffersResponse;
  /** Where "Choose a plan" goes once the cart is empty. */
  offersPath: string;
  /** The order can no longer be changed online: the lines are only shown. */
  readOnly?: boolean;
  /** An order keeps at least one line; the draft may be emptied. */
  keepOneLine?: boolean;
}

/** The cart's lines, each to change or remove; removing one is announced. */
export function CartLines({
  cart,
  offers,
  offersPath,
  readOnly = false,
  keepOneLine = false,
}: CartLinesProps) {
  const t = useStore(cartMessages);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const { fields, views } = cart;
  const removable = !readOnly && !(keepOneLine && fields.length === 1);

  const remove = (index: number) => {
    cart.removeLine(index);
    setAnnouncement(t.removed({ index: index + 1 }));
    // The pressed button is gone; the list's heading is the nearest place to carry on from.
    heading.current?.focus();
  };

  return (
    <>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        {t.linesTitle}
      </h2>
      {fields.length === 0 ? (
        <div className="card" id={fieldId('lines')}>
          <p>{t.empty}</p>
          <Link to={offersPath} id={fieldId('lines.root')}>
            {t.chooseFirstLine}
          </Link>
        </div>
      ) : (
        <ol className={styles.lines}>
          {fields.map((field, index) => {
            const view = views[index];
            return (
              view && (
                <CartLine
                  key={field.id}
                  offers={offers}
                  gone={cart.gone}
                  view={view}
                  index={index}
                  editable={!readOnly}
                  onRemove={removable ? () => remove(index) : undefined}
                />
              )
            );
          })}
        </ol>
      )}
    </>
  );
}

/** Below the lines: a way to add one (`children`), or why no more can be added. */
export function AddLine({
  count,
  limit,
  children,
}: {
  count: number;
  limit: number;
  children: ReactNode;
}) {
  const t = useStore(cartMessages);
  if (count === 0) return null;
  return (
    <p>{count >= limit ? <span className="muted">{t.maxLines({ max: limit })}</span> : children}</p>
  );
}
