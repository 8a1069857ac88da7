import { useMemo, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ApiError } from '@/api/api-error';
import type { LineInput, OffersResponse, OrderLine } from '@/api/contract/schemas';
import { useStepForm } from '@/components/ui/form';
import { lineInput } from '@/checkout/pricing';
import { useStore } from '@/i18n';
import { cartMessages } from './cart-messages';
import { cartSchema, type CartFormInput, type CartFormOutput, type CartRow } from './cart-schema';
import { lineProblems, lineView, missingIds, rowAsLine, sameLine, withoutIds } from './line-view';

const UNAVAILABLE_FIELD = /^lines\.(\d+)\.(planId|deviceId|promotionId)$/;

/**
 * The cart's form, for the draft's lines and the order's alike: the rows, the lines they make,
 * what each shows, and the items known to be gone (missing from the catalogue, or refused by
 * the server as no longer offered).
 *
 * @param rows the lines as they are now; the form starts from them.
 * @param serverLines once the order exists, the server's lines, whose figures stand for every
 *   line left as it is.
 */
export function useCartForm(offers: OffersResponse, rows: CartRow[], serverLines?: OrderLine[]) {
  const t = useStore(cartMessages);
  const form = useStepForm<CartFormInput, unknown, CartFormOutput>({
    resolver: zodResolver(cartSchema),
    mode: 'onSubmit',
    defaultValues: { lines: rows },
  });
  const { fields, remove } = useFieldArray({ control: form.control, name: 'lines' });
  const current = useWatch({ control: form.control, name: 'lines' });
  const [gone, setGone] = useState<ReadonlySet<string>>(() => missingIds(offers, rows));
  const available = useMemo(() => withoutIds(offers, gone), [offers, gone]);

  // The deal a line keeps: its own while it still fits and is offered, else the best that fits.
  const toInput = (row: CartRow): LineInput =>
    lineInput(available, row.planId, row.deviceId || undefined, row.promotionId || undefined);

  const inputs = current.map(toInput);
  const changed =
    inputs.length !== rows.length ||
    inputs.some((input, at) => !sameLine(input, rowAsLine(rows[at]!)));

  const problemsOf = (row: CartRow, index: number, unavailable = gone) =>
    lineProblems(
      t,
      offers,
      row,
      index,
      unavailable,
      serverLines?.find((line) => line.id === row.lineId),
    );

  const views = current.map((row, index) =>
    lineView({
      offers,
      row,
      input: inputs[index]!,
      problems: problemsOf(row, index),
      serverLines,
    }),
  );

  /** Puts each unavailable plan or phone on its field; true when there was one. */
  const markProblems = (lines: readonly CartRow[], unavailable = gone) => {
    let found = false;
    lines.forEach((row, index) => {
      const problems = problemsOf(row, index, unavailable);
      if (problems.plan) form.setError(`lines.${index}.planId`, { message: problems.plan });
      if (problems.phone) form.setError(`lines.${index}.deviceId`, { message: problems.phone });
      found ||= Boolean(problems.plan ?? problems.phone);
    });
    return found;
  };

  return {
    form,
    fields,
    removeLine: remove,
    views,
    /** The lines as they would be sent now. */
    inputs,
    /** The lines differ from those the form started from. */
    changed,
    gone,

    /** The lines to send, or null when one holds an item no longer offered (said on its field). */
    linesToSend(values: CartFormOutput): LineInput[] | null {
      return markProblems(values.lines) ? null : values.lines.map(toInput);
    },

    /**
     * Takes the server's "no longer offered" onto the lines of `sent` it names; false when the
     * error is another, for the caller to show.
     */
    takeUnavailable(error: ApiError, sent: readonly LineInput[]): boolean {
      if (error.code !== 'OFFER_UNAVAILABLE') return false;
      const ids = error.fieldErrors.flatMap(({ field }) => {
        const match = UNAVAILABLE_FIELD.exec(field);
        const id = match ? sent[Number(match[1])]?.[match[2] as keyof LineInput] : undefined;
        return id ? [id] : [];
      });
      if (ids.length === 0) return false;
      const unavailable = new Set([...gone, ...ids]);
      setGone(unavailable);
      markProblems(form.getValues('lines'), unavailable);
      return true;
    },
  };
}

export type CartForm = ReturnType<typeof useCartForm>;
