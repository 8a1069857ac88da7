/**
 * What the checks found, rule by rule: a rule with a failure FAILED, one with only passes PASSED,
 * one that no check reached is NOT CHECKED, with the reason the kit recorded for it.
 */
import { rules, type Rule, type RuleId } from './rules';

export interface Failure {
  /** The request that showed it: `METHOD /path → status`. */
  request?: string;
  problem: string;
  /** Lines quoting the part of the body that broke the rule (tokens are never quoted). */
  details?: readonly string[];
}

export type Verdict =
  | { rule: Rule; outcome: 'passed' }
  | { rule: Rule; outcome: 'failed'; failures: readonly Failure[] }
  | { rule: Rule; outcome: 'not-checked'; reason: string };

const NOT_REACHED = 'no check reached it';

export class Ledger {
  private readonly passed = new Set<RuleId>();
  private readonly failures = new Map<RuleId, Failure[]>();
  private readonly reasons = new Map<RuleId, string>();

  pass(rule: RuleId): void {
    this.passed.add(rule);
  }

  fail(rule: RuleId, failure: Failure): void {
    this.failures.set(rule, [...(this.failures.get(rule) ?? []), failure]);
  }

  /** Passes the rule when `ok`, else fails it; returns `ok`. */
  check(rule: RuleId, ok: boolean, failure: () => Failure): boolean {
    if (ok) this.pass(rule);
    else this.fail(rule, failure());
    return ok;
  }

  /**
   * Fails the rule unless `ok`, without passing it: for a step on the way to the check that
   * decides the rule, so that a flow stopped after it leaves the rule NOT CHECKED.
   */
  failUnless(rule: RuleId, ok: boolean, failure: () => Failure): boolean {
    if (!ok) this.fail(rule, failure());
    return ok;
  }

  /** Says why a rule may stay unchecked; the first reason given is kept. */
  notChecked(rule: RuleId, reason: string): void {
    if (!this.reasons.has(rule)) this.reasons.set(rule, reason);
  }

  verdicts(): Verdict[] {
    return rules.map((rule): Verdict => {
      const failures = this.failures.get(rule.id);
      if (failures) return { rule, outcome: 'failed', failures };
      if (this.passed.has(rule.id)) return { rule, outcome: 'passed' };
      return { rule, outcome: 'not-checked', reason: this.reasons.get(rule.id) ?? NOT_REACHED };
    });
  }
}

/** Thrown when a flow cannot go on; its message says why, for the rules it did not reach. */
export class FlowStopped extends Error {}
