import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from 'react-router-dom';
import type { ApiError } from '@/api/api-error';
import type { LineInput, OffersResponse, OrderLine, OrderTotals } from '@/api/contract/schemas';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { fieldId } from '@/components/ui/field-id';
import { SelectField } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { Notice } from '@/components/ui/notice';
import { useFormat, useStore } from '@/i18n';
import { deviceName, lineInput, previewLine } from '@/checkout/pricing';
import { cartMessages } from './cart-messages';
import { cartSchema, type CartFormInput, type CartFormOutput, type CartRow } from './cart-schema';
import styles from './cart-page.module.css';

export interface SubmitCallbacks {
  onError: (error: ApiError) => void;
}

interface CartEditorProps {
  offers: OffersResponse;
  /** The lines as they are now (the draft's, or the order's). */
  rows: CartRow[];
  /** Once the order exists: the server's figures, shown for every line left as it is. */
  server?: { lines: OrderLine[]; totals: OrderTotals };
  maxLines: number;
  /** Lines the credit approval allows, when it is fewer than the order limit. */
  creditMaxLines?: number;
  /** An order keeps at least one line; the draft may be emptied. */
  keepOneLine: boolean;
  readOnly: boolean;
  /** Called with every change, so that a reload keeps the draft. */
  onRowsChange?: (lines: LineInput[]) => void;
  onSubmit: (lines: LineInput[], changed: boolean, callbacks: SubmitCallbacks) => void;
  /** A path to the offers, or an action that saves first and then goes there. */
  addLine: string | ((lines: LineInput[], changed: boolean, callbacks: SubmitCallbacks) => void);
  /** Where "Choose a plan" goes when the cart is empty. */
  offersPath: string;
  pending: boolean;
  /** Shown just above Continue, e.g. why the order did not move on. */
  beforeContinue?: ReactNode;
}

/** Ids of plans, phones and deals the lines use that the catalogue no longer has. */
function missingIds(offers: OffersResponse, rows: readonly CartRow[]): Set<string> {
  const known = new Set(
    [...offers.plans, ...offers.devices, ...offers.promotions].map((offer) => offer.id),
  );
  return new Set(
    rows
      .flatMap((row) => [row.planId, row.deviceId, row.promotionId])
      .filter((id) => id !== '' && !known.has(id)),
  );
}

function withoutIds(offers: OffersResponse, gone: ReadonlySet<string>): OffersResponse {
  return {
    ...offers,
    plans: offers.plans.filter((plan) => !gone.has(plan.id)),
    devices: offers.devices.filter((device) => !gone.has(device.id)),
    promotions: offers.promotions.filter((promotion) => !gone.has(promotion.id)),
  };
}

function rawInput(row: CartRow): LineInput {
  return {
    planId: row.planId,
    ...(row.deviceId ? { deviceId: row.deviceId } : {}),
    ...(row.promotionId ? { promotionId: row.promotionId } : {}),
  };
}

const sameLine = (a: LineInput, b: LineInput) =>
  a.planId === b.planId &&
  (a.deviceId ?? '') === (b.deviceId ?? '') &&
  (a.promotionId ?? '') === (b.promotionId ?? '');

export function CartEditor({
  offers,
  rows,
  server,
  maxLines,
  creditMaxLines,
  keepOneLine,
  readOnly,
  onRowsChange,
  onSubmit,
  addLine,
  offersPath,
  pending,
  beforeContinue,
}: CartEditorProps) {
  const t = useStore(cartMessages);
  const { money } = useFormat();
  const form = useStepForm<CartFormInput, unknown, CartFormOutput>({
    resolver: zodResolver(cartSchema),
    mode: 'onSubmit',
    defaultValues: { lines: rows },
  });
  const { fields, remove } = useFieldArray({ control: form.control, name: 'lines' });
  const watched = useWatch({ control: form.control, name: 'lines' });
  const [gone, setGone] = useState<ReadonlySet<string>>(() => missingIds(offers, rows));
  const available = useMemo(() => withoutIds(offers, gone), [offers, gone]);
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<{ error: ApiError; retry?: () => void } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const linesHeading = useRef<HTMLHeadingElement>(null);

  // The deal a line keeps: its own while it still fits and is offered, else the best that fits.
  const toInput = (row: CartRow): LineInput =>
    lineInput(available, row.planId, row.deviceId || undefined, row.promotionId || undefined);

  const current = watched ?? [];
  const inputs = current.map(toInput);
  const initial = useMemo(() => rows.map(rawInput), [rows]);
  const changed =
    inputs.length !== initial.length || inputs.some((line, at) => !sameLine(line, initial[at]!));

  const inputsKey = JSON.stringify(inputs);
  useEffect(() => {
    onRowsChange?.(JSON.parse(inputsKey) as LineInput[]);
  }, [inputsKey, onRowsChange]);

  const planName = (id: string, line?: OrderLine) =>
    offers.plans.find((plan) => plan.id === id)?.name ??
    (line?.planId === id ? line.planName : undefined);
  const phoneName = (id: string, line?: OrderLine) => {
    const device = offers.devices.find((candidate) => candidate.id === id);
    return device ? deviceName(device) : line?.deviceId === id ? line.deviceName : undefined;
  };
  const dealTitle = (id: string, line?: OrderLine) =>
    offers.promotions.find((promotion) => promotion.id === id)?.title ??
    (line?.promotionId === id ? line.promotionTitle : undefined);
  const serverLine = (row: CartRow) => server?.lines.find((line) => line.id === row.lineId);

  /** What is wrong with a row because something in it is no longer offered. */
  const rowProblems = (row: CartRow, index: number, unavailable: ReadonlySet<string> = gone) => {
    const line = serverLine(row);
    const plan = unavailable.has(row.planId) ? (planName(row.planId, line) ?? null) : undefined;
    const phone =
      row.deviceId && unavailable.has(row.deviceId)
        ? (phoneName(row.deviceId, line) ?? null)
        : undefined;
    return {
      plan:
        plan === undefined
          ? undefined
          : plan === null
            ? t.planUnavailableUnknown({ index: index + 1 })
            : t.planUnavailable({ name: plan, index: index + 1 }),
      phone:
        phone === undefined
          ? undefined
          : phone === null
            ? t.phoneUnavailableUnknown({ index: index + 1 })
            : t.phoneUnavailable({ name: phone, index: index + 1 }),
      dealEnded:
        row.promotionId && unavailable.has(row.promotionId)
          ? t.dealEnded({
              title: dealTitle(row.promotionId, line) ?? row.promotionId,
              index: index + 1,
            })
          : undefined,
    };
  };

  const handleError = (error: ApiError, lines: LineInput[], retry: () => void) => {
    if (error.code === 'OFFER_UNAVAILABLE' && error.fieldErrors.length > 0) {
      const ids = error.fieldErrors.flatMap(({ field }) => {
        const match = /^lines\.(\d+)\.(planId|deviceId|promotionId)$/.exec(field);
        const id = match ? lines[Number(match[1])]?.[match[2] as keyof LineInput] : undefined;
        return id ? [id] : [];
      });
      if (ids.length > 0) {
        const unavailable = new Set([...gone, ...ids]);
        setGone(unavailable);
        markProblems(form.getValues('lines'), unavailable);
        return;
      }
    }
    setFailure({ error, retry: error.retryable ? retry : undefined });
  };

  const send = (lines: LineInput[], isChanged: boolean) => {
    setFailure(null);
    onSubmit(lines, isChanged, {
      onError: (error) => handleError(error, lines, () => send(lines, isChanged)),
    });
  };

  /** Puts each unavailable plan or phone on its field; true when there was one. */
  const markProblems = (lines: readonly CartRow[], unavailable: ReadonlySet<string> = gone) => {
    let found = false;
    lines.forEach((row, index) => {
      const problems = rowProblems(row, index, unavailable);
      if (problems.plan) form.setError(`lines.${index}.planId`, { message: problems.plan });
      if (problems.phone) form.setError(`lines.${index}.deviceId`, { message: problems.phone });
      found ||= Boolean(problems.plan ?? problems.phone);
    });
    return found;
  };

  const submit = (values: CartFormOutput) => {
    if (markProblems(values.lines)) return;
    send(values.lines.map(toInput), changed);
  };

  const removeRow = (index: number) => {
    remove(index);
    setAnnouncement(t.removed({ index: index + 1 }));
    // The pressed button is gone; the list's heading is the nearest place to carry on from.
    linesHeading.current?.focus();
  };

  const toggle = (key: string) =>
    setEditing((before) => {
      const next = new Set(before);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const views = current.map((row, index) => {
    const input = inputs[index]!;
    const line = serverLine(row);
    const fromServer =
      line !== undefined && sameLine(input, rawInput({ ...lineFields(line), lineId: line.id }));
    // Priced from the whole catalogue, so an item that is gone still shows what it cost.
    const preview = previewLine(offers, input);
    return {
      row,
      input,
      plan: planName(row.planId, line) ?? row.planId,
      phone: row.deviceId ? (phoneName(row.deviceId, line) ?? row.deviceId) : undefined,
      deal: input.promotionId ? dealTitle(input.promotionId, line) : undefined,
      monthlyCents: fromServer ? line.monthlyCents : preview.monthlyCents,
      dueCents: fromServer ? line.dueOnFirstBillCents : preview.dueOnFirstBillCents,
      downPaymentCents: fromServer ? undefined : preview.downPaymentCents,
      estimate: server !== undefined && !fromServer,
      problems: rowProblems(row, index),
    };
  });

  const useServerTotals = server !== undefined && !changed;
  const monthlyTotal = useServerTotals
    ? server.totals.monthlyCents
    : views.reduce((sum, view) => sum + view.monthlyCents, 0);
  const extras = (server?.totals.depositCents ?? 0) + (server?.totals.shippingCents ?? 0);
  const dueTotal = useServerTotals
    ? server.totals.dueOnFirstBillCents
    : views.reduce((sum, view) => sum + view.dueCents, 0) + extras;
  const limit = Math.min(maxLines, creditMaxLines ?? maxLines);
  const overCreditLimit = creditMaxLines !== undefined && current.length > creditMaxLines;
  const dealsEnded = views.flatMap((view) =>
    view.problems.dealEnded ? [view.problems.dealEnded] : [],
  );
  const errors = form.formState.errors;

  const planOptions = (row: CartRow) => [
    ...offers.plans
      .filter((plan) => !gone.has(plan.id) || plan.id === row.planId)
      .map((plan) => ({
        value: plan.id,
        label: gone.has(plan.id)
          ? t.unavailableOption({ name: plan.name })
          : `${plan.name} – ${money(plan.monthlyCents)}${t.perMonth}`,
      })),
    ...(offers.plans.some((plan) => plan.id === row.planId)
      ? []
      : [
          {
            value: row.planId,
            label: t.unavailableOption({
              name: planName(row.planId, serverLine(row)) ?? row.planId,
            }),
          },
        ]),
  ];
  const phoneOptions = (row: CartRow) => [
    { value: '', label: t.noPhone },
    ...offers.devices
      .filter((device) => !gone.has(device.id) || device.id === row.deviceId)
      .map((device) => ({
        value: device.id,
        label: gone.has(device.id)
          ? t.unavailableOption({ name: deviceName(device) })
          : `${deviceName(device)} – ${money(device.monthlyInstallmentCents)}${t.perMonth}`,
      })),
    ...(row.deviceId === '' || offers.devices.some((device) => device.id === row.deviceId)
      ? []
      : [
          {
            value: row.deviceId,
            label: t.unavailableOption({
              name: phoneName(row.deviceId, serverLine(row)) ?? row.deviceId,
            }),
          },
        ]),
  ];

  return (
    <Form form={form} onSubmit={submit}>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {form.formState.submitCount === 0 &&
        views.some((view) => view.problems.plan ?? view.problems.phone) && (
          <Notice tone="error" role="alert" title={t.unavailableTitle}>
            <p>{t.unavailableBody}</p>
          </Notice>
        )}
      {dealsEnded.length > 0 && (
        <Notice tone="warning" role="status">
          {dealsEnded.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </Notice>
      )}
      {failure && (
        <ApiErrorNotice error={failure.error} onRetry={failure.retry} retrying={pending} />
      )}
      {overCreditLimit && (
        <Notice tone="error">
          <p>{t.creditMaxLines({ max: creditMaxLines })}</p>
        </Notice>
      )}

      <h2 ref={linesHeading} tabIndex={-1} className={styles.heading}>
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
            if (!view) return null;
            const open =
              !readOnly &&
              (editing.has(field.id) ||
                Boolean(view.problems.plan ?? view.problems.phone) ||
                Boolean(errors.lines?.[index]));
            return (
              <li
                key={field.id}
                className={`card ${styles.line}`}
                aria-labelledby={`line-${field.id}`}
              >
                <h3 id={`line-${field.id}`}>{t.line({ index: index + 1 })}</h3>
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
                {(
                  [
                    ['planId', view.problems.plan],
                    ['deviceId', view.problems.phone],
                  ] as const
                ).map(([field, problem]) =>
                  // Until a submit puts it on the field, the problem is said here.
                  problem && !errors.lines?.[index]?.[field] ? (
                    <p key={field} className="field__error">
                      {problem}
                    </p>
                  ) : null,
                )}
                {open && (
                  <div className={styles.edit}>
                    <SelectField
                      name={`lines.${index}.planId`}
                      label={t.planFor({ index: index + 1 })}
                      options={planOptions(view.row)}
                    />
                    <SelectField
                      name={`lines.${index}.deviceId`}
                      label={t.phoneFor({ index: index + 1 })}
                      options={phoneOptions(view.row)}
                    />
                  </div>
                )}
                {!readOnly && (
                  <div className={styles.lineActions}>
                    <Button
                      variant="link"
                      aria-expanded={open}
                      aria-label={
                        open && editing.has(field.id)
                          ? t.doneLine({ index: index + 1 })
                          : t.changeLine({ index: index + 1 })
                      }
                      onClick={() => toggle(field.id)}
                    >
                      {open && editing.has(field.id) ? t.done : t.change}
                    </Button>
                    {!(keepOneLine && fields.length === 1) && (
                      <Button
                        variant="link"
                        aria-label={t.removeLine({ index: index + 1 })}
                        onClick={() => removeRow(index)}
                      >
                        {t.remove}
                      </Button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}

      {!readOnly && fields.length > 0 && (
        <p>
          {fields.length >= limit ? (
            <span className="muted">{t.maxLines({ max: limit })}</span>
          ) : typeof addLine === 'string' ? (
            <Link to={addLine}>{t.addLine}</Link>
          ) : (
            <Button
              variant="secondary"
              pending={pending}
              onClick={() =>
                addLine(inputs, changed, {
                  onError: (error) => handleError(error, inputs, () => undefined),
                })
              }
            >
              {t.addLine}
            </Button>
          )}
        </p>
      )}

      {fields.length > 0 && (
        <section aria-labelledby="cart-totals" className={styles.totals}>
          <h2 id="cart-totals">{t.totalsTitle}</h2>
          <dl className="totals">
            <div>
              <dt>{t.totalMonthly}</dt>
              <dd>
                {money(monthlyTotal)}
                {t.perMonth}
              </dd>
            </div>
            {server && server.totals.depositCents > 0 && (
              <div>
                <dt>{t.deposit}</dt>
                <dd>{money(server.totals.depositCents)}</dd>
              </div>
            )}
            <div>
              <dt>{t.taxes}</dt>
              <dd>
                {useServerTotals
                  ? money(server.totals.estimatedTaxesCents)
                  : server
                    ? t.estimate
                    : t.taxesLater}
              </dd>
            </div>
            <div className="totals__strong">
              <dt>{t.totalDue}</dt>
              <dd>{money(dueTotal)}</dd>
            </div>
          </dl>
          {(server?.totals.taxesEstimated ?? true) && <p className="small muted">{t.taxesNote}</p>}
          <p className="small muted">{t.noPayment}</p>
        </section>
      )}

      {beforeContinue}
      <div className="actions">
        <Button type="submit" pending={pending}>
          {t.continue}
        </Button>
      </div>
    </Form>
  );
}

/** A line (the draft's or the order's) as the form's row fields. */
export function lineFields(line: LineInput): Omit<CartRow, 'lineId'> {
  return {
    planId: line.planId,
    deviceId: line.deviceId ?? '',
    promotionId: line.promotionId ?? '',
  };
}
