/** The soak's verdict and its page, bench/soak.md: each figure by quarter of the run, and a chart. */
import type { Figure, Sample } from './measure';

/** How far the last quarter's figure may be from the second quarter's. */
export const TOLERANCE = 0.05;

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const count = (value: number) => String(Math.round(value));

interface FigureSpec {
  key: Figure;
  label: string;
  /** For the line printed after each customer. */
  short: string;
  format: (value: number) => string;
}

export const FIGURES: readonly FigureSpec[] = [
  {
    key: 'rendererBytes',
    label: 'Renderer memory (private)',
    short: 'renderer',
    format: megabytes,
  },
  { key: 'pageHeapBytes', label: 'Page JS heap after GC', short: 'page heap', format: megabytes },
  {
    key: 'serverHeapBytes',
    label: 'Mock server heap after GC',
    short: 'server heap',
    format: megabytes,
  },
  { key: 'storageBytes', label: 'Origin storage use (bytes)', short: 'storage', format: count },
  {
    key: 'storageObjects',
    label: 'Caches and service workers',
    short: 'caches+workers',
    format: count,
  },
];

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1
    ? (sorted[Math.floor(middle)] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Four runs of consecutive items, as equal as the count allows. */
export function quarters<T>(items: readonly T[]): T[][] {
  return [0, 1, 2, 3].map((quarter) =>
    items.slice(
      Math.round((items.length * quarter) / 4),
      Math.round((items.length * (quarter + 1)) / 4),
    ),
  );
}

export interface Verdict {
  figure: FigureSpec;
  /** The median of each quarter. */
  byQuarter: number[];
  /** The last quarter's change from the second, as a fraction of the second. */
  change: number;
  passed: boolean;
}

export function verdicts(samples: readonly Sample[]): Verdict[] {
  return FIGURES.map((figure) => {
    const byQuarter = quarters(samples).map((part) =>
      median(part.map((sample) => sample[figure.key])),
    );
    const [, second = 0, , last = 0] = byQuarter;
    const change = second === 0 ? (last === 0 ? 0 : Infinity) : (last - second) / second;
    return { figure, byQuarter, change, passed: Math.abs(change) <= TOLERANCE };
  });
}

const BARS = '▁▂▃▄▅▆▇█';
const CHART_WIDTH = 50;
const perColumn = (count: number) => Math.max(1, Math.ceil(count / CHART_WIDTH));

/** One character per run of customers (their mean), scaled from the lowest to the highest. */
export function sparkline(values: readonly number[]): string {
  const run = perColumn(values.length);
  const columns: number[] = [];
  for (let start = 0; start < values.length; start += run) {
    const part = values.slice(start, start + run);
    columns.push(part.reduce((sum, value) => sum + value, 0) / part.length);
  }
  const low = Math.min(...columns);
  const span = Math.max(...columns) - low;
  return columns
    .map((value) => BARS[span === 0 ? 0 : Math.round(((value - low) / span) * (BARS.length - 1))])
    .join('');
}

const percent = (change: number) =>
  Number.isFinite(change) ? `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%` : 'from 0';

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

export interface SoakRun {
  startedAt: Date;
  samples: readonly Sample[];
  /** Serving every customer, without the build and the start of the servers. */
  servingMs: number;
  totalMs: number;
  /** How the customers of one cycle go, one line each. */
  cycle: readonly string[];
  setting: string;
}

export function soakReport(run: SoakRun, results: readonly Verdict[]): string {
  const passed = results.every((result) => result.passed);
  const customers = run.samples.length;
  const column = perColumn(customers);
  const chartRows = FIGURES.map(({ key, label, format }) => {
    const values = run.samples.map((sample) => sample[key]);
    const range = `${format(Math.min(...values))} to ${format(Math.max(...values))}`;
    return `${label.padEnd(28)} ${sparkline(values)}  ${range}`;
  });
  return [
    '# Kiosk soak',
    '',
    `Run ${run.startedAt.toISOString()} by \`npm run soak\`: ${run.setting}`,
    '',
    `**${passed ? 'Passed' : 'Failed'}**: every figure of the last quarter must be within ${TOLERANCE * 100}% of the second quarter's (medians of the quarter's customers).`,
    '',
    `Duration: ${formatDuration(run.totalMs)} in all; serving the ${customers} customers took ${formatDuration(run.servingMs)}, ${(run.servingMs / customers / 1000).toFixed(1)} s each on average.`,
    '',
    `| figure (after each customer) | 1st quarter | 2nd quarter | 3rd quarter | last quarter | last vs 2nd | within ${TOLERANCE * 100}% |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | :---: |',
    ...results.map(
      ({ figure, byQuarter, change, passed: ok }) =>
        `| ${figure.label} | ${byQuarter.map(figure.format).join(' | ')} | ${percent(change)} | ${ok ? 'yes' : '**no**'} |`,
    ),
    '',
    `Each figure after every customer, one column per ${column === 1 ? 'customer' : `${column} customers (their mean)`}, from its lowest to its highest:`,
    '',
    '```text',
    ...chartRows,
    '```',
    '',
    'The customers, in a cycle of ten:',
    '',
    ...run.cycle.map((line, index) => `${index + 1}. ${line}`),
    '',
  ].join('\n');
}
