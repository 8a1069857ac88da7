/**
 * The number step: the empty area code, a number held for every line, the hold's length, its
 * renewal and, with a test clock, what an expired hold does to the order.
 */
import { sandboxInputs, sandboxTimeRules } from '../../../src/api/contract/sandbox';
import type { NumberHold, Order } from '../api-types';
import { isAboutSecondsAhead } from '../clock';
import { excerpt } from '../excerpt';
import { advanceClock, withTestClock, type Flow } from '../flow';
import type { Exchange } from '../http';
import { expectState, NUMBER_STILL_NEEDED, stateAfter } from '../state-machine';
import { orderCall, type StartedOrder } from './steps';

/** The number each line holds, by line id. */
type Holds = Map<string, NumberHold>;

const search = (flow: Flow, started: StartedOrder, lineId: string, areaCode: string) =>
  flow.need('searchNumbers', { ...orderCall(started), body: { lineId, areaCode } });

async function checkEmptySearch(flow: Flow, started: StartedOrder, lineId: string) {
  const answer = await search(flow, started, lineId, sandboxInputs.emptyAreaCode);
  const { numbers, nearbyAreaCodes } = answer.body;
  flow.ledger.check(
    'numbers.empty-search',
    numbers.length === 0 && nearbyAreaCodes.length > 0,
    () => ({
      request: answer.summary,
      problem: `area code ${sandboxInputs.emptyAreaCode} must find no number and suggest nearby area codes`,
      details: [`body: ${excerpt(answer.body)}`],
    }),
  );
}

/** A number no other line of this order took: in the sandbox's area code, else a nearby one. */
async function freeNumber(flow: Flow, started: StartedOrder, lineId: string, taken: Holds) {
  const isFree = (number: string) => ![...taken.values()].some((hold) => hold.number === number);
  const first = await search(flow, started, lineId, sandboxInputs.areaCode);
  for (const areaCode of [sandboxInputs.areaCode, ...first.body.nearbyAreaCodes]) {
    const answer =
      areaCode === sandboxInputs.areaCode ? first : await search(flow, started, lineId, areaCode);
    const number = answer.body.numbers.find(isFree);
    if (number) return number;
  }
  return flow.stop(first, 'no free number to reserve, here or in nearbyAreaCodes');
}

const runsFullLength = (flow: Flow, hold: NumberHold) =>
  isAboutSecondsAhead(flow.clock, hold.expiresAt, sandboxTimeRules.numberHold);

function holdOf(flow: Flow, answer: Exchange<Order>, lineId: string): NumberHold {
  const hold = answer.body.lines.find((line) => line.id === lineId)?.hold;
  return hold ?? flow.stop(answer, 'the line whose number was reserved has no hold');
}

/** Reserves one number per line; the order needs the number step until the last line has one. */
async function reserveEveryLine(
  flow: Flow,
  started: StartedOrder,
  lineIds: string[],
): Promise<Holds> {
  const holds: Holds = new Map();
  for (const [index, lineId] of lineIds.entries()) {
    const number = await freeNumber(flow, started, lineId, holds);
    const answer = await flow.need('reserveNumber', {
      ...orderCall(started),
      body: { lineId, number },
    });
    const hold = holdOf(flow, answer, lineId);
    flow.ledger.check('holds.duration', runsFullLength(flow, hold), () => ({
      request: answer.summary,
      problem: `hold.expiresAt must be about ${sandboxTimeRules.numberHold} s from now`,
      details: [`hold: ${excerpt(hold)}`],
    }));
    holds.set(lineId, hold);
    const last = index === lineIds.length - 1;
    expectState(
      flow,
      'reserveNumber',
      answer,
      last ? stateAfter('reserveNumber') : NUMBER_STILL_NEEDED,
    );
  }
  return holds;
}

/** Reserves a line's number again: its hold must run a full numberHold from now. */
async function renewHold(flow: Flow, started: StartedOrder, lineId: string, before: NumberHold) {
  const answer = await flow.need('reserveNumber', {
    ...orderCall(started),
    body: { lineId, number: before.number },
  });
  const after = holdOf(flow, answer, lineId);
  const renewed =
    runsFullLength(flow, after) && Date.parse(after.expiresAt) >= Date.parse(before.expiresAt);
  flow.ledger.check('holds.renew', renewed, () => ({
    request: answer.summary,
    problem: `the renewed hold must end about ${sandboxTimeRules.numberHold} s from now, not before the old one`,
    details: [`before: ${excerpt(before)}`, `after: ${excerpt(after)}`],
  }));
  return { answer, hold: after };
}

/** Renews every hold; with every line held again, the order is past the number step. */
async function renewHolds(flow: Flow, started: StartedOrder, holds: Holds): Promise<Holds> {
  const renewed: Holds = new Map();
  let last: Exchange<Order> | undefined;
  for (const [lineId, before] of holds) {
    const renewal = await renewHold(flow, started, lineId, before);
    renewed.set(lineId, renewal.hold);
    last = renewal.answer;
  }
  if (last) expectState(flow, 'reserveNumber', last, stateAfter('reserveNumber'));
  return renewed;
}

async function checkHoldExpiry(flow: Flow, started: StartedOrder, holds: Holds): Promise<void> {
  const rule = 'holds.expiry';
  if (!(await advanceClock(flow, rule, sandboxTimeRules.numberHold + 1))) return;
  const validation = await flow.need('validateOrder', orderCall(started));
  const problems = validation.body.problems;
  flow.ledger.check(
    rule,
    problems.some(({ code, step }) => code === 'HOLD_EXPIRED' && step === 'number'),
    () => ({
      request: validation.summary,
      problem: 'validate must list HOLD_EXPIRED with step number',
      details: [`problems: ${excerpt(problems)}`],
    }),
  );
  const order = await flow.need('getOrder', orderCall(started));
  flow.ledger.check(rule, order.body.nextStep === 'number', () => ({
    request: order.summary,
    problem: 'an order whose hold expired must have nextStep number',
    details: [`body: ${excerpt({ nextStep: order.body.nextStep })}`],
  }));
  await renewHolds(flow, started, holds);
}

export async function checkNumbers(flow: Flow, started: StartedOrder, order: Order): Promise<void> {
  const lineIds = order.lines.map((line) => line.id);
  await checkEmptySearch(flow, started, lineIds[0] ?? '');
  const holds = await reserveEveryLine(flow, started, lineIds);
  const renewed = await renewHolds(flow, started, holds);
  await withTestClock(flow, 'holds.expiry', () => checkHoldExpiry(flow, started, renewed));
}
