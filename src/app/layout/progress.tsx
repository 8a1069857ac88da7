import type { KnownStepId } from '@/api/contract/schemas';
import { STEP_IDS, stepIndex } from '@/checkout/paths';
import { useStore } from '@/i18n';
import { layoutMessages, stepMessages } from '../messages';

interface ProgressProps {
  current: KnownStepId;
}

/** The nine steps: a full list on wide screens, "Step n of 9" with a bar on a phone. */
export function Progress({ current }: ProgressProps) {
  const t = useStore(layoutMessages);
  const names = useStore(stepMessages);
  const currentIndex = stepIndex(current);
  return (
    <nav className="progress" aria-label={t.progressLabel}>
      <p className="progress__compact">
        {t.stepOf({ current: currentIndex + 1, total: STEP_IDS.length })}: {names[current]}
        <span className="progress__bar" aria-hidden="true">
          <span style={{ width: `${((currentIndex + 1) / STEP_IDS.length) * 100}%` }} />
        </span>
      </p>
      <ol className="progress__list">
        {STEP_IDS.map((step, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
          return (
            <li
              key={step}
              className={`progress__item progress__item--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="progress__marker" aria-hidden="true">
                {index + 1}
              </span>
              <span className="progress__name">
                {names[step]}
                {state === 'done' && <span className="visually-hidden"> ({t.completed})</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
