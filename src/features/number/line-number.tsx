import { isApiError } from '@/api/api-error';
import type { OrderLine } from '@/api/contract/schemas';
import { useReserveNumber } from '@/api/numbers';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { fieldId } from '@/components/ui/field-id';
import { Notice } from '@/components/ui/notice';
import { useStore } from '@/i18n';
import { formatPhoneNumber } from '@/lib/format-phone';
import { useNumberChange } from './change-number';
import { HeldNumber } from './held-number';
import { numberLineMessages } from './number-messages';
import { NumberSearch } from './number-search';
import styles from './number-page.module.css';

interface LineNumberProps {
  orderId: string;
  line: OrderLine;
  position: number;
  /** The first search, so numbers show without typing (the delivery ZIP). */
  initialQuery: string;
  announce: (text: string) => void;
}

/** One line: its held number with a countdown, or a search to choose and reserve one. */
export function LineNumber({ orderId, line, position, initialQuery, announce }: LineNumberProps) {
  const t = useStore(numberLineMessages);
  const reserve = useReserveNumber(orderId);
  const change = useNumberChange();
  const hold = line.hold;
  const showHold = hold !== null && !change.choosing;

  /** Reserves (or renews) a number; true when the line now holds it. */
  const reserveNumber = async (number: string): Promise<boolean> => {
    const renewing = hold?.number === number;
    change.clearTaken();
    try {
      await reserve.mutateAsync({ lineId: line.id, number });
    } catch (error) {
      if (isApiError(error) && error.code === 'NUMBER_TAKEN') {
        // The hook refreshes the order and the searches; this line goes back to choosing.
        reserve.reset();
        change.lost(number);
      }
      return false;
    }
    const formatted = formatPhoneNumber(number);
    announce(
      renewing
        ? t.renewed({ position, number: formatted })
        : t.reserved({ position, number: formatted }),
    );
    change.showHold();
    return true;
  };

  const titleId = `line-${position}-title`;
  return (
    <section
      id={fieldId(`line${position}`)}
      tabIndex={-1}
      className={styles.line}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className={styles.lineTitle}>
        {t.title({ position, plan: line.planName })}
      </h2>
      {line.deviceName && <p className="muted">{line.deviceName}</p>}
      {change.taken && (
        <Notice tone="error" role="alert">
          <p>{t.taken({ number: formatPhoneNumber(change.taken) })}</p>
        </Notice>
      )}
      {reserve.error && (
        <ApiErrorNotice
          error={reserve.error}
          onRetry={() => {
            const number = reserve.variables?.number;
            if (number) void reserveNumber(number);
          }}
          retrying={reserve.isPending}
        />
      )}
      {showHold ? (
        <HeldNumber
          hold={hold}
          position={position}
          announce={announce}
          focusOnMount={change.focusView}
          renewing={reserve.isPending}
          onRenew={() => void reserveNumber(hold.number)}
          onChooseAnother={() => {
            reserve.reset();
            change.chooseAnother();
          }}
        />
      ) : (
        <NumberSearch
          orderId={orderId}
          lineId={line.id}
          position={position}
          initialQuery={initialQuery}
          focusOnMount={change.focusView}
          reserving={reserve.isPending}
          onReserve={reserveNumber}
          held={hold}
          onKeep={() => {
            reserve.reset();
            change.showHold();
          }}
        />
      )}
    </section>
  );
}
