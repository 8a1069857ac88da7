import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MAX_LINES, type LineInput, type OffersResponse } from '@/api/contract/schemas';
import { checkoutDraft, setDraftLines } from '@/checkout/draft';
import { paths } from '@/checkout/paths';
import { deviceName, previewLine } from '@/checkout/pricing';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { useStore } from '@/i18n';
import { Bundles } from './bundles';
import { CartSoFar, useLineName } from './cart-so-far';
import { LineBuilder } from './line-builder';
import { offersMessages } from './offers-messages';

/** Before the order exists: the lines are the draft's, up to `MAX_LINES`, priced as a preview. */
export function DraftOffers({ offers }: { offers: OffersResponse }) {
  const t = useStore(offersMessages);
  const lineName = useLineName();
  const navigate = useNavigate();
  const { lines } = useStore(checkoutDraft);
  const [announcement, setAnnouncement] = useState('');
  const cartHeading = useRef<HTMLHeadingElement>(null);
  const [focusCart, setFocusCart] = useState(0);

  // After adding a line, take the customer to the cart list where it now shows.
  useEffect(() => {
    if (focusCart > 0) cartHeading.current?.focus();
  }, [focusCart]);

  const nameOf = (line: LineInput) => {
    const preview = previewLine(offers, line);
    return lineName(
      preview.plan?.name ?? line.planId,
      preview.device && deviceName(preview.device),
    );
  };

  const add = (line: LineInput) => {
    if (lines.length >= MAX_LINES) return false;
    setDraftLines([...lines, line]);
    setAnnouncement(t.lineAdded({ index: lines.length + 1, name: nameOf(line) }));
    setFocusCart((n) => n + 1);
    return true;
  };

  const remove = (index: number) => {
    setDraftLines(lines.filter((_, at) => at !== index));
    setAnnouncement(t.lineRemoved({ index: index + 1 }));
  };

  const goToCart = (line: LineInput | null) => {
    if (line && lines.length < MAX_LINES) setDraftLines([...lines, line]);
    void navigate(paths.cart);
  };

  const views = lines.map((line, index) => ({
    key: `${index}-${line.planId}-${line.deviceId ?? ''}`,
    name: nameOf(line),
    monthlyCents: previewLine(offers, line).monthlyCents,
  }));

  return (
    <div className="stack">
      <div role="status">{announcement && <Notice tone="success">{announcement}</Notice>}</div>
      {lines.length > 0 && <CartSoFar lines={views} onRemove={remove} headingRef={cartHeading} />}
      {lines.length < MAX_LINES ? (
        <>
          <Bundles offers={offers} onAdd={add} />
          <LineBuilder
            offers={offers}
            lineNumber={lines.length + 1}
            existingLines={lines.length}
            onAdd={add}
            onContinue={goToCart}
            pending={false}
          />
        </>
      ) : (
        <>
          <Notice tone="info">
            <p>{t.limitReached({ max: MAX_LINES })}</p>
          </Notice>
          <div className="actions">
            <Button onClick={() => goToCart(null)}>{t.continue}</Button>
          </div>
        </>
      )}
    </div>
  );
}
