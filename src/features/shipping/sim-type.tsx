import type { Order, OrderLine } from '@/api/contract/schemas';
import { RadioGroup } from '@/components/ui/fields';
import { useStore } from '@/i18n';
import { shippingMessages } from './shipping-messages';
import styles from './shipping-page.module.css';

interface NumberedLine {
  line: OrderLine;
  /** 0-based position in the order. */
  index: number;
}

/** The lines that cannot use an eSIM; while there is one, the order gets a physical SIM. */
export function linesWithoutEsim(order: Order): NumberedLine[] {
  return order.lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => !line.esimCapable);
}

interface SimTypeProps {
  linesWithoutEsim: NumberedLine[];
}

/** Physical SIM or eSIM; or, when a line cannot use an eSIM, which lines stop it. */
export function SimType({ linesWithoutEsim }: SimTypeProps) {
  const t = useStore(shippingMessages);
  if (linesWithoutEsim.length === 0) {
    return (
      <RadioGroup
        name="simType"
        legend={t.simLegend}
        options={[
          { value: 'physical', label: t.physical, description: t.physicalHint },
          { value: 'esim', label: t.esim, description: t.esimHint },
        ]}
      />
    );
  }
  return (
    <div className="field">
      <h2 className={styles.groupTitle}>{t.simLegend}</h2>
      <p>{t.esimUnavailable}</p>
      <ul className={styles.lines}>
        {linesWithoutEsim.map(({ line, index }) => (
          <li key={line.id}>
            {t.lineName({
              index: index + 1,
              name: line.deviceName ?? t.noDevice({ plan: line.planName }),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
