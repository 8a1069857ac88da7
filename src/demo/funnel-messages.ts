import { params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const funnelMessages = i18n('demoFunnel', {
  title: 'Funnel',
  hint: 'What this demo’s visits did, from the events the checkout sent: nothing personal.',
  refresh: 'Refresh',
  loadFailed: 'The collected events could not be read. Try again.',
  totals: params<{ visits: number; placed: number }>('Visits: {visits}. Orders placed: {placed}.'),
  chartLabel: 'Chart: visits that reached and completed each step. The table has the figures.',
  step: 'Step',
  reached: 'Reached',
  completed: 'Completed',
  stopped: 'Stopped there',
  medianTime: 'Median time',
  failures: 'Most frequent failures',
  none: 'None',
  seconds: params<{ seconds: string }>('{seconds} s'),
});
