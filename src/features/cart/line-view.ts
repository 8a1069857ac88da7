/**
 * What the cart shows for one line: its items' names, what it costs and what is wrong with it.
 * Worked out from the catalogue and, once the order exists, from the server's own line.
 */
import type { LineInput, OffersResponse, OrderLine } from '@/api/contract/schemas';
import { deviceName, previewLine } from '@/checkout/pricing';
import type { cartMessages } from './cart-messages';
import type { CartRow } from './cart-schema';

type CartText = ReturnType<typeof cartMessages.get>;

/** A line (the draft's or the order's) as a row of the form; `lineId` once the order exists. */
export function toRow(line: LineInput, lineId = ''): CartRow {
  return {
    planId: line.planId,
    deviceId: line.deviceId ?? '',
    promotionId: line.promotionId ?? '',
    lineId,
  };
}

/** The row as it was chosen, its deal included, before any check of what still fits. */
export function rowAsLine(row: CartRow): LineInput {
  return {
    planId: row.planId,
    ...(row.deviceId ? { deviceId: row.deviceId } : {}),
    ...(row.promotionId ? { promotionId: row.promotionId } : {}),
  };
}

export const sameLine = (a: LineInput, b: LineInput) =>
  a.planId === b.planId &&
  (a.deviceId ?? '') === (b.deviceId ?? '') &&
  (a.promotionId ?? '') === (b.promotionId ?? '');

/** Ids of plans, phones and deals the rows use that the catalogue no longer has. */
export function missingIds(offers: OffersResponse, rows: readonly CartRow[]): Set<string> {
  const known = new Set(
    [...offers.plans, ...offers.devices, ...offers.promotions].map((offer) => offer.id),
  );
  return new Set(
    rows
      .flatMap((row) => [row.planId, row.deviceId, row.promotionId])
      .filter((id) => id !== '' && !known.has(id)),
  );
}

/** The catalogue less the items known to be gone, so that no line is given one of them. */
export function withoutIds(offers: OffersResponse, gone: ReadonlySet<string>): OffersResponse {
  return {
    ...offers,
    plans: offers.plans.filter((plan) => !gone.has(plan.id)),
    devices: offers.devices.filter((device) => !gone.has(device.id)),
    promotions: offers.promotions.filter((promotion) => !gone.has(promotion.id)),
  };
}

/**
 * The names of the items a row holds: the catalogue's, else the order line's own, so that an
 * item the catalogue no longer has is still named.
 */
function itemNames(offers: OffersResponse, line: OrderLine | undefined) {
  return {
    plan: (id: string) =>
      offers.plans.find((plan) => plan.id === id)?.name ??
      (line?.planId === id ? line.planName : undefined),
    phone: (id: string) => {
      const device = offers.devices.find((candidate) => candidate.id === id);
      return device ? deviceName(device) : line?.deviceId === id ? line.deviceName : undefined;
    },
    deal: (id: string) =>
      offers.promotions.find((promotion) => promotion.id === id)?.title ??
      (line?.promotionId === id ? line.promotionTitle : undefined),
  };
}

export interface LineProblems {
  plan?: string;
  phone?: string;
  dealEnded?: string;
}

/** What is wrong with a row because something in it is no longer offered. */
export function lineProblems(
  t: CartText,
  offers: OffersResponse,
  row: CartRow,
  index: number,
  unavailable: ReadonlySet<string>,
  line?: OrderLine,
): LineProblems {
  const names = itemNames(offers, line);
  const at = { index: index + 1 };
  const isGone = (id: string) => id !== '' && unavailable.has(id);
  const planName = names.plan(row.planId);
  const phoneName = names.phone(row.deviceId);
  return {
    plan: !isGone(row.planId)
      ? undefined
      : planName === undefined
        ? t.planUnavailableUnknown(at)
        : t.planUnavailable({ name: planName, ...at }),
    phone: !isGone(row.deviceId)
      ? undefined
      : phoneName === undefined
        ? t.phoneUnavailableUnknown(at)
        : t.phoneUnavailable({ name: phoneName, ...at }),
    dealEnded: isGone(row.promotionId)
      ? t.dealEnded({ title: names.deal(row.promotionId) ?? row.promotionId, ...at })
      : undefined,
  };
}

export interface LineView {
  row: CartRow;
  plan: string;
  phone: string | undefined;
  deal: string | undefined;
  monthlyCents: number;
  dueCents: number;
  /** Shown for a preview; the server's figure for a line does not break it down. */
  downPaymentCents: number | undefined;
  /** The order exists, but this line is not as the server has it: its figures are a preview. */
  estimate: boolean;
  problems: LineProblems;
}

interface LineViewArgs {
  offers: OffersResponse;
  row: CartRow;
  /** The line as it would be sent, its deal re-checked. */
  input: LineInput;
  problems: LineProblems;
  /** Once the order exists: the server's lines (undefined for the draft). */
  serverLines: readonly OrderLine[] | undefined;
}

export function lineView({ offers, row, input, problems, serverLines }: LineViewArgs): LineView {
  const line = serverLines?.find((candidate) => candidate.id === row.lineId);
  const names = itemNames(offers, line);
  const asOrdered = line !== undefined && sameLine(input, line);
  // Priced from the whole catalogue, so an item that is gone still shows what it cost.
  const preview = previewLine(offers, input);
  return {
    row,
    plan: names.plan(row.planId) ?? row.planId,
    phone: row.deviceId ? (names.phone(row.deviceId) ?? row.deviceId) : undefined,
    deal: input.promotionId ? names.deal(input.promotionId) : undefined,
    monthlyCents: asOrdered ? line.monthlyCents : preview.monthlyCents,
    dueCents: asOrdered ? line.dueOnFirstBillCents : preview.dueOnFirstBillCents,
    downPaymentCents: asOrdered ? undefined : preview.downPaymentCents,
    estimate: serverLines !== undefined && !asOrdered,
    problems,
  };
}
