/**
 * A flow is a run of calls, e.g. one persona's checkout. It needs some answers to go on; when the
 * backend gives another, the flow fails its rule and stops, and the rules it had not reached yet
 * are reported NOT CHECKED with the reason.
 */
import type { ApiError, OperationId, ResponseBodies } from './api-types';
import type { TestClock } from './clock';
import type { ContractDocument } from './document';
import { excerpt } from './excerpt';
import type { Api, Call, Exchange } from './http';
import { FlowStopped, type Ledger } from './ledger';
import type { RuleId } from './rules';

export interface Kit {
  api: Api;
  ledger: Ledger;
  clock: TestClock;
  document: ContractDocument;
}

export interface Flow extends Kit {
  name: string;
  /** The rule that fails when the flow cannot go on. */
  blame: RuleId;
  /**
   * Makes a call whose success the flow needs: on any other answer it fails the flow's rule and
   * stops the flow; on an answer that breaks the document it stops (the Contract rule failed).
   */
  need<K extends OperationId>(id: K, call?: Call): Promise<Exchange<ResponseBodies[K]>>;
  /** Fails the flow's rule with what an answer lacks, and stops the flow. */
  stop(exchange: Exchange, problem: string): never;
}

interface FlowPlan extends Pick<Flow, 'name' | 'blame'> {
  /** Every rule the flow checks, reported NOT CHECKED if it stops before reaching them. */
  rules: readonly RuleId[];
}

function flowOf(kit: Kit, plan: FlowPlan): Flow {
  const stop = (exchange: Exchange, problem: string): never => {
    kit.ledger.fail(plan.blame, {
      request: exchange.summary,
      problem,
      details: [`body: ${excerpt(exchange.body)}`],
    });
    throw new FlowStopped(exchange.summary);
  };
  return {
    ...kit,
    name: plan.name,
    blame: plan.blame,
    stop,
    async need<K extends OperationId>(id: K, call?: Call) {
      const exchange = await kit.api.call(id, call);
      const expected = kit.document.operation(id)?.successStatus;
      if (exchange.status !== expected) {
        stop(exchange, `${plan.name} needs ${id} to answer ${expected ?? '2xx'}`);
      }
      if (exchange.contractProblems.length > 0) {
        throw new FlowStopped(`${exchange.summary}, which does not match the document`);
      }
      return exchange as Exchange<ResponseBodies[K]>;
    },
  };
}

export async function runFlow(
  kit: Kit,
  plan: FlowPlan,
  steps: (flow: Flow) => Promise<void>,
): Promise<void> {
  try {
    await steps(flowOf(kit, plan));
  } catch (error) {
    const stopped = error instanceof FlowStopped;
    const reason = error instanceof Error ? error.message : String(error);
    if (!stopped) kit.ledger.fail(plan.blame, { problem: `the kit could not go on: ${reason}` });
    for (const rule of plan.rules) kit.ledger.notChecked(rule, `${plan.name} stopped at ${reason}`);
  }
}

const errorCodeOf = (body: unknown) =>
  typeof body === 'object' && body !== null && 'code' in body ? String(body.code) : '';

/** Checks that an answer is a documented refusal; returns its error body when it is. */
export function expectError(
  kit: Kit,
  rule: RuleId,
  exchange: Exchange,
  status: number,
  code: string,
): ApiError | undefined {
  const got = errorCodeOf(exchange.body);
  const ok = exchange.status === status && got === code;
  kit.ledger.check(rule, ok, () => ({
    request: exchange.summary,
    problem: `expected ${status} ${code}, got ${exchange.status}${got ? ` ${got}` : ''}`,
    details: [`body: ${excerpt(exchange.body)}`],
  }));
  return ok ? (exchange.body as ApiError) : undefined;
}

/** Runs a check of a time rule when the backend has a test clock; else says why it is not. */
export async function withTestClock(
  kit: Kit,
  rule: RuleId,
  check: () => Promise<void>,
): Promise<void> {
  if (kit.clock.missing) kit.ledger.notChecked(rule, kit.clock.missing);
  else await check();
}

/** Moves the test clock on; a refusal fails `rule`. */
export async function advanceClock(kit: Kit, rule: RuleId, seconds: number): Promise<boolean> {
  const exchange = await kit.clock.advance(seconds);
  if (exchange.status === 200) return true;
  kit.ledger.fail(rule, {
    request: exchange.summary,
    problem: `the test clock did not move ${seconds} s ahead`,
    details: [`body: ${excerpt(exchange.body)}`],
  });
  return false;
}
