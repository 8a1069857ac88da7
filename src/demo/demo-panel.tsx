import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { useStore } from '@/i18n';
import { formatPhoneNumber } from '@/lib/format-phone';
import { DEMO_PASSWORD, personas } from '@/mocks/data/personas';
import { SCENARIO_NAMES, type ScenarioName } from '@/mocks/scenarios';
import { demoMessages } from './demo-messages';
import { FunnelView } from './funnel-view';
import { HandoffDemo } from './handoff-demo';
import { resetMock, scenarioStatus, selectScenarios } from './scenario-control';
import { timeline, type TimelineEntry } from './timeline';
import styles from './demo-panel.module.css';

const DEMO_CODE = '123456';
const PANEL_ID = 'demo-panel';

/**
 * The demo tools, behind a small "Demo" toggle below the page: scenarios, the personas' cheat
 * sheet, a reset, and the API timeline. Collapsed by default; Escape closes it.
 */
export function DemoPanel({ initiallyOpen }: { initiallyOpen: boolean }) {
  const t = useStore(demoMessages);
  const [open, setOpen] = useState(initiallyOpen);
  const rootRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  // Escape from anywhere in the panel closes it and returns to the toggle.
  useEffect(() => {
    const root = rootRef.current;
    if (!open || !root) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggleRef.current?.focus();
    };
    root.addEventListener('keydown', onKeyDown);
    return () => root.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <aside ref={rootRef} className={styles.root} aria-label={t.landmark}>
      {open && (
        <section id={PANEL_ID} className={styles.panel} aria-labelledby={titleId}>
          <div className={styles.header}>
            <h2 id={titleId}>{t.title}</h2>
            <Button variant="link" onClick={close}>
              {t.close}
            </Button>
          </div>
          <p className="small muted">{t.intro}</p>
          <ScenarioPicker />
          <Personas />
          <HandoffDemo />
          <section className={styles.section}>
            <h3>{t.resetTitle}</h3>
            <p className="small muted">{t.resetHint}</p>
            <Button variant="secondary" onClick={() => void resetMock()}>
              {t.reset}
            </Button>
          </section>
          <Timeline />
          <FunnelView />
        </section>
      )}
      <button
        ref={toggleRef}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={open ? PANEL_ID : undefined}
        onClick={() => setOpen(!open)}
      >
        {t.toggle}
      </button>
    </aside>
  );
}

function ScenarioPicker() {
  const t = useStore(demoMessages);
  const status = useStore(scenarioStatus);
  const [chosen, setChosen] = useState<ScenarioName[]>(status.active);
  const [result, setResult] = useState('');
  const [pending, setPending] = useState(false);
  const idPrefix = useId();

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    const ok = await selectScenarios(chosen);
    setPending(false);
    if (!ok) setResult(t.applyFailed);
    else setResult(chosen.length > 0 ? t.applied({ names: chosen.join(', ') }) : t.appliedNone);
  };

  return (
    <form className={styles.section} onSubmit={(event) => void apply(event)}>
      <fieldset className={styles.fieldset}>
        <legend>
          <h3>{t.scenarioTitle}</h3>
        </legend>
        <p className="small muted">{t.scenarioHint}</p>
        {status.unknown.length > 0 && (
          <Notice tone="warning">
            <p>
              {t.unknown({ names: status.unknown.join(', '), known: SCENARIO_NAMES.join(', ') })}
            </p>
          </Notice>
        )}
        {SCENARIO_NAMES.map((name) => (
          <div key={name} className={styles.choice}>
            <input
              id={`${idPrefix}-${name}`}
              type="checkbox"
              aria-describedby={`${idPrefix}-${name}-hint`}
              checked={chosen.includes(name)}
              onChange={(event) =>
                setChosen(
                  SCENARIO_NAMES.filter((candidate) =>
                    candidate === name ? event.target.checked : chosen.includes(candidate),
                  ),
                )
              }
            />
            <label htmlFor={`${idPrefix}-${name}`}>
              <code>{name}</code>
            </label>
            <span id={`${idPrefix}-${name}-hint`} className={`small muted ${styles.description}`}>
              {t[name]}
            </span>
          </div>
        ))}
      </fieldset>
      <Button type="submit" pending={pending}>
        {t.apply}
      </Button>
      <p role="status" className="small">
        {result}
      </p>
    </form>
  );
}

function Personas() {
  const t = useStore(demoMessages);
  return (
    <details className={styles.section}>
      <summary>{t.personasTitle}</summary>
      <p className="small">{t.credentials({ code: DEMO_CODE, password: DEMO_PASSWORD })}</p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t.personaPhone}</th>
            <th scope="col">{t.personaName}</th>
            <th scope="col">{t.personaOutcome}</th>
          </tr>
        </thead>
        <tbody>
          {personas.map((persona) => (
            <tr key={persona.id}>
              <td className={styles.nowrap}>{formatPhoneNumber(persona.phone)}</td>
              <td>{`${persona.firstName} ${persona.lastName}`}</td>
              <td>{personaOutcome(t, persona.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t.inputsTitle}</h4>
      <ul className="small">
        <li>{t.inputUndeliverable}</li>
        <li>{t.inputAmbiguous}</li>
        <li>{t.inputNoNumbers}</li>
      </ul>
    </details>
  );
}

type DemoMessages = ReturnType<(typeof demoMessages)['get']>;
const PERSONA_KEYS = [
  'p-0101',
  'p-0102',
  'p-0103',
  'p-0104',
  'p-0105',
  'p-0106',
  'p-0107',
] as const;

function personaOutcome(t: DemoMessages, personaId: string): string {
  const key = PERSONA_KEYS.find((candidate) => candidate === personaId);
  return key ? t[key] : '';
}

function Timeline() {
  const t = useStore(demoMessages);
  const entries = useStore(timeline);
  const listRef = useRef<HTMLOListElement>(null);

  // Newest last, and kept in view as calls come in.
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [entries.length]);

  return (
    <section className={styles.section}>
      <h3>{t.timelineTitle}</h3>
      <p className="small muted">{t.timelineHint}</p>
      {entries.length === 0 ? (
        <p className="small">{t.timelineEmpty}</p>
      ) : (
        // Focusable so a keyboard can scroll it; deliberately not a live region.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <ol ref={listRef} className={styles.timeline} aria-label={t.timelineLabel} tabIndex={0}>
          {entries.map((entry) => (
            <TimelineRow key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}

const timeOfDay = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  hourCycle: 'h23',
});

function TimelineRow({ entry }: { entry: TimelineEntry }) {
  const t = useStore(demoMessages);
  const { outcome } = entry;
  const label =
    outcome.kind === 'status'
      ? String(outcome.status)
      : outcome.kind === 'pending'
        ? t.pending
        : t.noResponse;
  const tone =
    outcome.kind === 'pending'
      ? styles.pending
      : outcome.kind === 'status' && outcome.status < 400
        ? styles.ok
        : styles.failed;
  return (
    <li className={styles.entry}>
      <time className={styles.time} dateTime={new Date(entry.startedAt).toISOString()}>
        {timeOfDay.format(entry.startedAt)}
      </time>
      <code className={styles.call}>
        {entry.method} {entry.path}
      </code>
      <span className={`${styles.status} ${tone}`}>{label}</span>
      {entry.durationMs !== null && (
        <span className={styles.duration}>{t.duration({ ms: entry.durationMs })}</span>
      )}
    </li>
  );
}
