/**
 * The report a person reads: the backend and the document, one line per rule grouped by area,
 * then each failure with the request that showed it, then the totals.
 */
import { runConformance, type ConformanceResult } from './kit';
import type { Failure, Verdict } from './ledger';

const LABELS: Record<Verdict['outcome'], string> = {
  passed: 'PASSED',
  failed: 'FAILED',
  'not-checked': 'NOT CHECKED',
};
const LABEL_WIDTH = Math.max(...Object.values(LABELS).map((label) => label.length)) + 2;
/** Past this many different failures of one rule, the rest are counted, not listed. */
const FAILURES_SHOWN = 5;

function ruleLines(verdicts: readonly Verdict[]): string[] {
  const lines: string[] = [];
  let area = '';
  for (const verdict of verdicts) {
    if (verdict.rule.area !== area) {
      area = verdict.rule.area;
      lines.push('', area);
    }
    lines.push(`  ${LABELS[verdict.outcome].padEnd(LABEL_WIDTH)}${verdict.rule.title}`);
    if (verdict.outcome === 'not-checked') {
      lines.push(`${' '.repeat(2 + LABEL_WIDTH)}why: ${verdict.reason}`);
    }
  }
  return lines;
}

/** Failures with the same request and text, once each, with how many times they happened. */
function distinct(failures: readonly Failure[]): { failure: Failure; times: number }[] {
  const byText = new Map<string, { failure: Failure; times: number }>();
  for (const failure of failures) {
    const key = JSON.stringify(failure);
    const seen = byText.get(key);
    if (seen) seen.times += 1;
    else byText.set(key, { failure, times: 1 });
  }
  return [...byText.values()];
}

function failureLines({ failure, times }: { failure: Failure; times: number }): string[] {
  const repeated = times > 1 ? ` (${times} times)` : '';
  return [
    ...(failure.request ? [`  ${failure.request}${repeated}`] : []),
    `    ${failure.problem}${failure.request ? '' : repeated}`,
    ...(failure.details ?? []).map((detail) => `      ${detail}`),
  ];
}

function ruleFailureLines({ rule, failures }: Extract<Verdict, { outcome: 'failed' }>): string[] {
  const shown = distinct(failures);
  const hidden = shown.length - FAILURES_SHOWN;
  return [
    '',
    `${rule.area} › ${rule.title}`,
    ...shown.slice(0, FAILURES_SHOWN).flatMap(failureLines),
    ...(hidden > 0 ? [`  … and ${hidden} more`] : []),
  ];
}

function failureSection(verdicts: readonly Verdict[]): string[] {
  const failed = verdicts.flatMap((verdict) => (verdict.outcome === 'failed' ? [verdict] : []));
  return failed.length === 0 ? [] : ['', 'Failures', ...failed.flatMap(ruleFailureLines)];
}

function totalsLine({ verdicts, durationMs }: ConformanceResult): string {
  const count = (outcome: Verdict['outcome']) =>
    verdicts.filter((verdict) => verdict.outcome === outcome).length;
  return (
    `Totals: ${count('passed')} rules passed, ${count('failed')} failed, ` +
    `${count('not-checked')} not checked, of ${verdicts.length}, in ${(durationMs / 1000).toFixed(1)} s`
  );
}

export function formatReport(result: ConformanceResult): string {
  return [
    `Conformance of ${result.baseUrl}`,
    `  to: ${result.document.title} ${result.document.version} (src/api/contract/openapi.json)`,
    `  test clock: ${result.testClock}`,
    ...ruleLines(result.verdicts),
    ...failureSection(result.verdicts),
    '',
    totalsLine(result),
  ].join('\n');
}

export const exitCodeOf = (result: ConformanceResult) =>
  result.verdicts.some((verdict) => verdict.outcome === 'failed') ? 1 : 0;

/** Runs the kit, prints the report, and returns the exit code: 1 when a rule failed. */
export async function reportConformance(baseUrl: string): Promise<number> {
  try {
    const result = await runConformance(baseUrl);
    console.log(formatReport(result));
    return exitCodeOf(result);
  } catch (error) {
    console.error(`The conformance kit could not run against ${baseUrl}: ${String(error)}`);
    return 1;
  }
}
