import { useCallback, useEffect, useId, useState } from 'react';
import { z } from 'zod';
import { FunnelEvent } from '@/analytics/events';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { env } from '@/config/env';
import { stepMessages } from '@/app/messages';
import { useStore } from '@/i18n';
import { summarizeFunnel, type FunnelSummary } from './funnel';
import { funnelMessages } from './funnel-messages';
import styles from './funnel-view.module.css';

const Collected = z.object({ events: z.array(FunnelEvent) });

async function readCollected(): Promise<FunnelSummary> {
  const response = await fetch(`${env.VITE_API_BASE_URL}/__mock/analytics`);
  if (!response.ok) throw new Error(`The mock's collector answered ${response.status}`);
  return summarizeFunnel(Collected.parse(await response.json()).events);
}

const ROW_HEIGHT = 24;
const LABEL_WIDTH = 130;
const BAR_WIDTH = 220;

/** Bars of the visits that reached each step, and within them those that completed it. */
function FunnelChart({ summary, labelId }: { summary: FunnelSummary; labelId: string }) {
  const steps = useStore(stepMessages);
  const widest = Math.max(1, ...summary.rows.map((row) => row.reached));
  const scale = (count: number) => (count / widest) * BAR_WIDTH;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 40} ${summary.rows.length * ROW_HEIGHT}`}
      role="img"
      aria-labelledby={labelId}
    >
      {summary.rows.map((row, index) => {
        const y = index * ROW_HEIGHT;
        return (
          <g key={row.step}>
            <text className={styles.label} x={0} y={y + 16}>
              {steps[row.step]}
            </text>
            <rect
              className={styles.reached}
              x={LABEL_WIDTH}
              y={y + 4}
              width={scale(row.reached)}
              height={16}
            />
            <rect
              className={styles.completed}
              x={LABEL_WIDTH}
              y={y + 8}
              width={scale(row.completed)}
              height={8}
            />
            <text className={styles.label} x={LABEL_WIDTH + scale(row.reached) + 4} y={y + 16}>
              {row.reached}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The demo panel's funnel: a chart first, then the same figures as a table. */
export function FunnelView() {
  const t = useStore(funnelMessages);
  const steps = useStore(stepMessages);
  const [summary, setSummary] = useState<FunnelSummary | null>(null);
  const [failed, setFailed] = useState(false);
  const titleId = useId();
  const chartLabelId = useId();

  const refresh = useCallback(() => {
    readCollected()
      .then((next) => {
        setSummary(next);
        setFailed(false);
      })
      .catch(() => setFailed(true));
  }, []);
  useEffect(refresh, [refresh]);

  const seconds = (ms: number | null) =>
    ms === null ? '–' : t.seconds({ seconds: (ms / 1000).toFixed(1) });

  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{t.title}</h3>
      <p className="small muted">{t.hint}</p>
      <Button variant="secondary" onClick={refresh}>
        {t.refresh}
      </Button>
      {failed && (
        <Notice tone="error">
          <p>{t.loadFailed}</p>
        </Notice>
      )}
      {summary && (
        <>
          <p role="status">{t.totals({ visits: summary.visits, placed: summary.placed })}</p>
          <p id={chartLabelId} className="small muted">
            {t.chartLabel}
          </p>
          <div className={styles.legend} aria-hidden="true">
            <span>
              <span className={`${styles.swatch} ${styles.swatchReached}`} />
              {t.reached}
            </span>
            <span>
              <span className={`${styles.swatch} ${styles.swatchCompleted}`} />
              {t.completed}
            </span>
          </div>
          <FunnelChart summary={summary} labelId={chartLabelId} />
          {/* Scrolls sideways on a phone: focusable, so a keyboard can scroll it too. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <div className={styles.scroll} role="region" aria-labelledby={titleId} tabIndex={0}>
            <table className={styles.table}>
              <caption className="visually-hidden">{t.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.step}</th>
                  <th scope="col">{t.reached}</th>
                  <th scope="col">{t.completed}</th>
                  <th scope="col">{t.stopped}</th>
                  <th scope="col">{t.medianTime}</th>
                  <th scope="col">{t.failures}</th>
                </tr>
              </thead>
              <tbody>
                {summary.rows.map((row) => (
                  <tr key={row.step}>
                    <th scope="row">{steps[row.step]}</th>
                    <td className={styles.number}>{row.reached}</td>
                    <td className={styles.number}>{row.completed}</td>
                    <td className={styles.number}>{row.stopped}</td>
                    <td className={styles.number}>{seconds(row.medianMs)}</td>
                    <td>
                      {row.topFailures.length === 0
                        ? t.none
                        : row.topFailures
                            .map(({ failure, count }) => `${failure} (${count})`)
                            .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
