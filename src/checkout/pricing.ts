/**
 * What a line costs, worked out from the catalogue before the order exists. Once the order
 * exists the server's `order.lines` and `order.totals` are the figures to show; this is a preview.
 */
import type { Device, LineInput, OffersResponse, Plan, Promotion } from '@/api/contract/schemas';

/** A promotion's conditions allow this plan and device (an empty list means "any"). */
export function promotionApplies(
  promotion: Promotion,
  planId: string,
  deviceId: string | undefined,
): boolean {
  const planOk = promotion.planIds.length === 0 || promotion.planIds.includes(planId);
  const deviceOk =
    promotion.deviceIds.length === 0 ||
    (deviceId !== undefined && promotion.deviceIds.includes(deviceId));
  return planOk && deviceOk;
}

export function eligiblePromotions(
  offers: OffersResponse,
  planId: string | undefined,
  deviceId: string | undefined,
): Promotion[] {
  if (!planId) return [];
  return offers.promotions.filter((promotion) => promotionApplies(promotion, planId, deviceId));
}

/** The eligible promotion worth the most over its whole term, applied unless they pick another. */
export function bestPromotion(promotions: readonly Promotion[]): Promotion | undefined {
  return [...promotions].sort(
    (a, b) => b.monthlyCreditCents * b.months - a.monthlyCreditCents * a.months,
  )[0];
}

export interface LinePreview {
  plan: Plan | undefined;
  device: Device | undefined;
  promotion: Promotion | undefined;
  /** Plan plus device installment, less the promotion's monthly credit. */
  monthlyCents: number;
  downPaymentCents: number;
  /** Down payment plus the catalogue's activation fee. */
  dueOnFirstBillCents: number;
}

/** The preview of one line; a promotion that no longer applies is left out of the price. */
export function previewLine(offers: OffersResponse, line: LineInput): LinePreview {
  const plan = offers.plans.find((candidate) => candidate.id === line.planId);
  const device = line.deviceId
    ? offers.devices.find((candidate) => candidate.id === line.deviceId)
    : undefined;
  const promotion = line.promotionId
    ? eligiblePromotions(offers, line.planId, line.deviceId).find((p) => p.id === line.promotionId)
    : undefined;
  const downPaymentCents = device?.downPaymentCents ?? 0;
  return {
    plan,
    device,
    promotion,
    monthlyCents:
      (plan?.monthlyCents ?? 0) +
      (device?.monthlyInstallmentCents ?? 0) -
      (promotion?.monthlyCreditCents ?? 0),
    downPaymentCents,
    dueOnFirstBillCents: downPaymentCents + offers.activationFeeCents,
  };
}

/** "Apple iPhone 16 Pro, 256 GB, Desert Titanium". */
export function deviceName(device: Device): string {
  return `${device.brand} ${device.name}, ${device.storage}, ${device.color}`;
}

/** The line as the API takes it, with the promotion that applies (the chosen one, else the best). */
export function lineInput(
  offers: OffersResponse,
  planId: string,
  deviceId: string | undefined,
  promotionId?: string,
): LineInput {
  const eligible = eligiblePromotions(offers, planId, deviceId);
  const promotion = eligible.find((p) => p.id === promotionId) ?? bestPromotion(eligible);
  return {
    planId,
    ...(deviceId ? { deviceId } : {}),
    ...(promotion ? { promotionId: promotion.id } : {}),
  };
}
