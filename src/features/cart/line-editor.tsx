import type { OffersResponse } from '@/api/contract/schemas';
import { SelectField } from '@/components/ui/fields';
import { deviceName } from '@/checkout/pricing';
import { useFormat, useStore } from '@/i18n';
import { cartMessages } from './cart-messages';
import type { LineView } from './line-view';
import styles from './cart-page.module.css';

interface LineEditorProps {
  offers: OffersResponse;
  /** Items no longer offered: left out, except the one the line holds, marked as such. */
  gone: ReadonlySet<string>;
  view: LineView;
  index: number;
}

/** The plan and phone of one line, to change. */
export function LineEditor({ offers, gone, view, index }: LineEditorProps) {
  const t = useStore(cartMessages);
  const { money } = useFormat();
  const { row } = view;

  const plans = [
    ...offers.plans
      .filter((plan) => !gone.has(plan.id) || plan.id === row.planId)
      .map((plan) => ({
        value: plan.id,
        label: gone.has(plan.id)
          ? t.unavailableOption({ name: plan.name })
          : `${plan.name} – ${money(plan.monthlyCents)}${t.perMonth}`,
      })),
    // A plan the catalogue no longer has at all stays selected, under the name it had.
    ...(offers.plans.some((plan) => plan.id === row.planId)
      ? []
      : [{ value: row.planId, label: t.unavailableOption({ name: view.plan }) }]),
  ];

  const phones = [
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
          { value: row.deviceId, label: t.unavailableOption({ name: view.phone ?? row.deviceId }) },
        ]),
  ];

  return (
    <div className={styles.edit}>
      <SelectField
        name={`lines.${index}.planId`}
        label={t.planFor({ index: index + 1 })}
        options={plans}
      />
      <SelectField
        name={`lines.${index}.deviceId`}
        label={t.phoneFor({ index: index + 1 })}
        options={phones}
      />
    </div>
  );
}
