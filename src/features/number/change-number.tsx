/**
 * Changing a line's number: the customer leaves the held number to search for another, and
 * may go back to it. The hold stays on the server until another number is reserved, so
 * nothing is released on the way.
 */
import { useState } from 'react';
import type { NumberHold } from '@/api/contract/schemas';
import { Button } from '@/components/ui/button';
import { useStore } from '@/i18n';
import { formatPhoneNumber } from '@/lib/format-phone';
import { numberLineMessages } from './number-messages';
import styles from './number-page.module.css';

/**
 * Whether the line shows a search rather than its held number, the number someone else took
 * first, and whether the view takes focus: only after the customer switched it, never when the
 * page opens.
 */
export function useNumberChange() {
  const [choosing, setChoosing] = useState(false);
  const [taken, setTaken] = useState<string | null>(null);
  const [focusView, setFocusView] = useState(false);
  const switchTo = (search: boolean) => {
    setChoosing(search);
    setFocusView(true);
  };
  return {
    choosing,
    taken,
    focusView,
    chooseAnother: () => switchTo(true),
    /** Back to the held number: kept, or the one just reserved. */
    showHold: () => {
      setTaken(null);
      switchTo(false);
    },
    /** Someone else reserved `number` first: the line chooses again. */
    lost: (number: string) => {
      setTaken(number);
      switchTo(true);
    },
    clearTaken: () => setTaken(null),
  };
}

interface KeepHeldNumberProps {
  held: NumberHold;
  onKeep: () => void;
}

/** While searching for another number: the one held meanwhile, and a way back to it. */
export function KeepHeldNumber({ held, onKeep }: KeepHeldNumberProps) {
  const t = useStore(numberLineMessages);
  const number = formatPhoneNumber(held.number);
  return (
    <div className={styles.keep}>
      <p>{t.holdingWhileSearching({ number })}</p>
      <Button variant="link" onClick={onKeep}>
        {t.keep({ number })}
      </Button>
    </div>
  );
}
