import { useEffect, useMemo, useRef, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { count, params } from '@nanostores/i18n';
import { isApiError } from '@/api/api-error';
import type { NumberHold, Order, OrderLine } from '@/api/contract/schemas';
import { numberSearchQueryOptions, useReserveNumber } from '@/api/numbers';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { fieldId } from '@/components/ui/field-id';
import { RadioGroup, TextField } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { i18n, useStore } from '@/i18n';
import { formatPhoneNumber } from '@/lib/format-phone';
import { numberChoiceSchema, numberSearchSchema, toNumberSearch } from './number-schema';
import { formatCountdown, useCountdown } from './use-countdown';
import styles from './number-page.module.css';

/** Below this, the customer is warned (once) that the hold is about to end. */
export const HOLD_WARNING_MS = 2 * 60 * 1000;

const messages = i18n('numberLine', {
  title: params<{ position: number; plan: string }>('Line {position}: {plan}'),
  heldFor: params<{ time: string }>('Held for {time}'),
  endingSoon: 'Less than 2 minutes left. Renew the hold to keep this number.',
  expired:
    'The hold on this number has ended. Renew it to try to keep the number, or choose a different one.',
  renew: 'Renew hold',
  chooseAnother: 'Choose a different number',
  holdingWhileSearching: params<{ number: string }>(
    'You still hold {number} for this line until you reserve another.',
  ),
  keep: params<{ number: string }>('Keep {number}'),
  searchLabel: 'Area code or ZIP code',
  searchHint: '3 digits for an area code, like 201, or 5 digits for a ZIP code, like 07030.',
  search: 'Search',
  searching: 'Searching for numbers…',
  found: count({
    one: '{count} number available',
    other: '{count} numbers available',
  }),
  foundFor: params<{ found: string; query: string }>('{found} for {query}.'),
  none: params<{ query: string }>('No numbers are available for {query}.'),
  nearby: 'Try a nearby area code:',
  nearbyLabel: params<{ code: string }>('Search area code {code}'),
  numbersLegend: 'Available numbers',
  reserve: 'Reserve',
  taken: params<{ number: string }>(
    'Someone else just took {number}. We refreshed the list: choose another number.',
  ),
  // Validation and announcements name the line, so they make sense out of context.
  queryRequired: params<{ position: number }>('Enter an area code or ZIP code for Line {position}'),
  queryInvalid: params<{ position: number }>(
    'Enter a 3-digit area code or a 5-digit ZIP code for Line {position}',
  ),
  choiceRequired: params<{ position: number }>('Choose a number for Line {position}'),
  reserved: params<{ position: number; number: string }>(
    'Number reserved: {number} for Line {position}.',
  ),
  renewed: params<{ position: number; number: string }>(
    'Hold renewed: {number} for Line {position}.',
  ),
  endingSoonAnnounce: params<{ position: number }>(
    'The hold on the number for Line {position} ends in less than 2 minutes.',
  ),
  expiredAnnounce: params<{ position: number }>(
    'The hold on the number for Line {position} has ended.',
  ),
});

interface LineNumberProps {
  order: Order;
  line: OrderLine;
  position: number;
  /** The first search, so numbers show without typing (the delivery ZIP). */
  initialQuery: string;
  announce: (text: string) => void;
}

/** One line: its held number with a countdown, or a search to choose and reserve one. */
export function LineNumber({ order, line, position, initialQuery, announce }: LineNumberProps) {
  const t = useStore(messages);
  const reserve = useReserveNumber(order.id);
  const [choosing, setChoosing] = useState(false);
  const [taken, setTaken] = useState<string | null>(null);
  // Where focus goes after the customer switches views, so it is never lost to the page.
  const [focusView, setFocusView] = useState(false);
  const hold = line.hold;
  const showHold = hold !== null && !choosing;

  /** Reserves (or renews) a number; true when the line now holds it. */
  const reserveNumber = async (number: string): Promise<boolean> => {
    const renewing = hold?.number === number;
    setTaken(null);
    try {
      await reserve.mutateAsync({ lineId: line.id, number });
    } catch (error) {
      if (isApiError(error) && error.code === 'NUMBER_TAKEN') {
        // The hook refreshes the order and the searches; this line goes back to choosing.
        reserve.reset();
        setTaken(number);
        setChoosing(true);
        setFocusView(true);
      }
      return false;
    }
    const formatted = formatPhoneNumber(number);
    announce(
      renewing
        ? t.renewed({ position, number: formatted })
        : t.reserved({ position, number: formatted }),
    );
    setChoosing(false);
    setFocusView(true);
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
      {taken && (
        <Notice tone="error" role="alert">
          <p>{t.taken({ number: formatPhoneNumber(taken) })}</p>
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
          focusOnMount={focusView}
          renewing={reserve.isPending}
          onRenew={() => void reserveNumber(hold.number)}
          onChooseAnother={() => {
            reserve.reset();
            setChoosing(true);
            setFocusView(true);
          }}
        />
      ) : (
        <NumberSearchPanel
          order={order}
          line={line}
          position={position}
          initialQuery={initialQuery}
          focusOnMount={focusView}
          reserving={reserve.isPending}
          onReserve={reserveNumber}
          held={hold}
          onKeep={() => {
            reserve.reset();
            setTaken(null);
            setChoosing(false);
            setFocusView(true);
          }}
        />
      )}
    </section>
  );
}

interface HeldNumberProps {
  hold: NumberHold;
  position: number;
  announce: (text: string) => void;
  focusOnMount: boolean;
  renewing: boolean;
  onRenew: () => void;
  onChooseAnother: () => void;
}

function HeldNumber({
  hold,
  position,
  announce,
  focusOnMount,
  renewing,
  onRenew,
  onChooseAnother,
}: HeldNumberProps) {
  const t = useStore(messages);
  const numberRef = useRef<HTMLParagraphElement>(null);
  const { remaining, fresh } = useCountdown(hold.expiresAt);
  const phase = remaining <= 0 ? 'expired' : remaining <= HOLD_WARNING_MS ? 'ending' : 'live';

  useEffect(() => {
    if (focusOnMount) numberRef.current?.focus();
  }, [focusOnMount]);

  // The countdown itself is silent; only these two moments are announced, once each per hold.
  // A reading taken before a renewal is not announced: it would warn about the old hold.
  useEffect(() => {
    if (!fresh) return;
    if (phase === 'ending') announce(t.endingSoonAnnounce({ position }));
    if (phase === 'expired') announce(t.expiredAnnounce({ position }));
  }, [phase, fresh, announce, t, position]);

  return (
    <div className="stack">
      <p ref={numberRef} tabIndex={-1} className={styles.heldNumber}>
        {formatPhoneNumber(hold.number)}
      </p>
      {phase === 'expired' ? (
        <Notice tone="warning">
          <p>{t.expired}</p>
        </Notice>
      ) : (
        <>
          <p role="timer" className={styles.countdown}>
            {t.heldFor({ time: formatCountdown(remaining) })}
          </p>
          {phase === 'ending' && (
            <Notice tone="warning">
              <p>{t.endingSoon}</p>
            </Notice>
          )}
        </>
      )}
      <div className="actions">
        <Button variant="secondary" onClick={onRenew} pending={renewing}>
          {t.renew}
        </Button>
        <Button variant="link" onClick={onChooseAnother}>
          {t.chooseAnother}
        </Button>
      </div>
    </div>
  );
}

interface NumberSearchPanelProps {
  order: Order;
  line: OrderLine;
  position: number;
  initialQuery: string;
  focusOnMount: boolean;
  reserving: boolean;
  onReserve: (number: string) => Promise<boolean>;
  held: NumberHold | null;
  onKeep: () => void;
}

function NumberSearchPanel({
  order,
  line,
  position,
  initialQuery,
  focusOnMount,
  reserving,
  onReserve,
  held,
  onKeep,
}: NumberSearchPanelProps) {
  const t = useStore(messages);
  const searchField = `line${position}Search`;
  const choiceField = `line${position}Number`;
  const [query, setQuery] = useState(initialQuery);
  const criteria = toNumberSearch(line.id, query);
  const results = useQuery({
    ...numberSearchQueryOptions(order.id, criteria ?? { lineId: line.id, areaCode: '' }),
    enabled: criteria !== null,
  });

  const searchSchema = useMemo(
    () =>
      numberSearchSchema(searchField, {
        queryRequired: t.queryRequired({ position }),
        queryInvalid: t.queryInvalid({ position }),
      }),
    [searchField, t, position],
  );
  const searchForm = useStepForm<Record<string, string>>({
    resolver: zodResolver(searchSchema),
    mode: 'onSubmit',
    defaultValues: { [searchField]: initialQuery },
  });
  const choiceSchema = useMemo(
    () => numberChoiceSchema(choiceField, { choiceRequired: t.choiceRequired({ position }) }),
    [choiceField, t, position],
  );
  const choiceForm = useStepForm<Record<string, string>>({
    resolver: zodResolver(choiceSchema),
    mode: 'onSubmit',
    defaultValues: { [choiceField]: '' },
  });

  useEffect(() => {
    if (focusOnMount) searchForm.setFocus(searchField);
    // Only when the panel opens at the customer's request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const search = (value: string) => {
    choiceForm.reset({ [choiceField]: '' });
    setQuery(value.trim());
  };

  const searchNearby = (code: string) => {
    searchForm.setValue(searchField, code);
    search(code);
  };

  const reserve = async (values: Record<string, string>) => {
    const number = values[choiceField];
    if (!number) return;
    const reserved = await onReserve(number);
    // Taken meanwhile: the refreshed list no longer has it, so nothing stays chosen.
    if (!reserved) choiceForm.setValue(choiceField, '');
  };

  const numbers = results.data?.numbers ?? [];
  const nearby = results.data?.nearbyAreaCodes ?? [];

  return (
    <div className="stack">
      {held && (
        <div className={styles.keep}>
          <p>{t.holdingWhileSearching({ number: formatPhoneNumber(held.number) })}</p>
          <Button variant="link" onClick={onKeep}>
            {t.keep({ number: formatPhoneNumber(held.number) })}
          </Button>
        </div>
      )}
      <Form form={searchForm} onSubmit={(values) => search(values[searchField] ?? '')}>
        <div className={styles.searchRow}>
          <TextField
            name={searchField}
            label={t.searchLabel}
            hint={t.searchHint}
            width={10}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
          />
          <Button type="submit" variant="secondary" className={styles.searchButton}>
            {t.search}
          </Button>
        </div>
      </Form>
      <p role="status" className={styles.resultStatus}>
        {results.data
          ? numbers.length > 0
            ? t.foundFor({ found: t.found(numbers.length), query })
            : t.none({ query })
          : ''}
      </p>
      {results.error ? (
        <ApiErrorNotice
          error={results.error}
          onRetry={() => void results.refetch()}
          retrying={results.isFetching}
        />
      ) : criteria && !results.data ? (
        <Skeleton lines={3} height="2rem" />
      ) : numbers.length > 0 ? (
        <Form form={choiceForm} onSubmit={reserve}>
          <RadioGroup
            name={choiceField}
            legend={t.numbersLegend}
            options={numbers.map((number) => ({ value: number, label: formatPhoneNumber(number) }))}
          />
          <Button type="submit" variant="secondary" pending={reserving}>
            {t.reserve}
          </Button>
        </Form>
      ) : results.data && nearby.length > 0 ? (
        <div>
          <p>{t.nearby}</p>
          <div className={styles.nearby}>
            {nearby.map((code) => (
              <Button
                key={code}
                variant="secondary"
                aria-label={t.nearbyLabel({ code })}
                onClick={() => searchNearby(code)}
              >
                {code}
              </Button>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
