import { params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const demoMessages = i18n('demoPanel', {
  toggle: 'Demo',
  landmark: 'Demo tools',
  title: 'Demo tools',
  intro: 'Only in the mock backend. Nothing here reaches a real customer.',
  close: 'Close',
  scenarioTitle: 'Scenario',
  scenarioHint: 'Applies from the next API call. Choose none for the normal flow.',
  apply: 'Apply scenario',
  applied: params<{ names: string }>('Scenario applied: {names}.'),
  appliedNone: 'No scenario: the API behaves normally.',
  applyFailed: 'The mock backend did not answer. Try again.',
  unknown: params<{ names: string; known: string }>(
    'Unknown scenario: {names}. Known scenarios: {known}.',
  ),
  'flaky-network':
    'About a third of the calls fail once (no answer or a 503); each succeeds when tried again.',
  'slow-network': 'Every call takes 1 to 3 seconds, so the loading states show.',
  'session-expiry':
    'The session ends when you continue from Delivery; sign in again to resume the same step.',
  'no-offers': 'No plans or phones are on sale.',
  'number-taken': 'The first number you reserve was just taken by someone else.',
  'hold-expired': 'At review, the hold on your numbers has just expired; renew it.',
  'validation-failure':
    'At review, the agreements need accepting again; the problem links to the step.',
  'submit-timeout':
    'The first "Place order" is placed but its answer never arrives; trying again shows the same order.',
  personasTitle: 'Personas and inputs',
  personaPhone: 'Phone',
  personaName: 'Name',
  personaOutcome: 'What happens',
  credentials: params<{ code: string; password: string }>(
    'One-time code {code}; password {password}.',
  ),
  'p-0101': 'Credit approved, up to 5 lines',
  'p-0102': 'Approved with a $200 deposit and the risk-based pricing notice',
  'p-0103': 'Approved with conditions: 1 line, 30% device down payment',
  'p-0104': 'Manual review: a reference and next steps, no online order',
  'p-0105': 'Declined, with the adverse-action notice',
  'p-0106': 'Two accounts: the customer chooses one',
  'p-0107': 'An account that cannot order online',
  inputsTitle: 'Documented inputs',
  inputUndeliverable: 'An address starting with "PO Box" cannot be delivered to.',
  inputAmbiguous: '"500 Main St" is ambiguous: three suggestions to choose from.',
  inputNoNumbers: 'Area code 999 has no numbers and suggests nearby ones.',
  resetTitle: 'Start over',
  reset: 'Reset the mock backend',
  resetHint: 'Forgets every session and order, keeps the scenario, and opens sign-in.',
  timelineTitle: 'API timeline',
  timelineHint: 'Every /v1 call of this page, newest last. Never a body, code or token.',
  timelineLabel: 'API calls',
  timelineEmpty: 'No calls yet.',
  pending: 'waiting',
  noResponse: 'no answer',
  duration: params<{ ms: number }>('{ms} ms'),
});
