import { useState } from 'react';
import type { NumberHold } from '@/api/contract/schemas';
import { KeepHeldNumber } from './change-number';
import { NumberResults, useNumberChoiceForm } from './number-results';
import { NumberSearchForm, useNumberSearchForm } from './number-search-form';

interface NumberSearchProps {
  orderId: string;
  lineId: string;
  position: number;
  initialQuery: string;
  focusOnMount: boolean;
  reserving: boolean;
  onReserve: (number: string) => Promise<boolean>;
  /** The number the line holds while the customer looks for another; null without a hold. */
  held: NumberHold | null;
  onKeep: () => void;
}

/** Choosing a number for a line: a search, its results, and the held number to go back to. */
export function NumberSearch({
  orderId,
  lineId,
  position,
  initialQuery,
  focusOnMount,
  reserving,
  onReserve,
  held,
  onKeep,
}: NumberSearchProps) {
  const [query, setQuery] = useState(initialQuery);
  const searchForm = useNumberSearchForm(position, initialQuery);
  const choiceForm = useNumberChoiceForm(position);

  const search = (value: string) => {
    choiceForm.form.reset({ [choiceForm.field]: '' });
    setQuery(value.trim());
  };

  const searchNearby = (code: string) => {
    searchForm.form.setValue(searchForm.field, code);
    search(code);
  };

  return (
    <div className="stack">
      {held && <KeepHeldNumber held={held} onKeep={onKeep} />}
      <NumberSearchForm search={searchForm} focusOnMount={focusOnMount} onSearch={search} />
      <NumberResults
        orderId={orderId}
        lineId={lineId}
        query={query}
        choice={choiceForm}
        reserving={reserving}
        onReserve={onReserve}
        onSearchNearby={searchNearby}
      />
    </div>
  );
}
