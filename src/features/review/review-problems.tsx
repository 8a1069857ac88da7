/** What the order still needs before it can be placed, each linked to the step that fixes it. */
import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import type { Order, ValidationProblem } from '@/api/contract/schemas';
import { orderLabels } from '@/checkout/order-labels';
import { changePath, isKnownStep } from '@/checkout/paths';
import { Notice } from '@/components/ui/notice';
import { useStore } from '@/i18n';
import { reviewMessages, type ReviewMessages } from './review-messages';
import styles from './review-page.module.css';

/** A validation problem in the app's own words; the server's English is never shown. */
function problemText(
  t: ReviewMessages,
  problem: ValidationProblem,
  lineName: (lineId?: string) => string,
): string {
  const line = lineName(problem.lineId);
  switch (problem.code) {
    case 'OFFER_UNAVAILABLE':
      return t.OFFER_UNAVAILABLE({ line });
    case 'NUMBER_REQUIRED':
      return t.NUMBER_REQUIRED({ line });
    case 'HOLD_EXPIRED':
      return t.HOLD_EXPIRED({ line });
    case 'CREDIT_CHECK_REQUIRED':
      return t.CREDIT_CHECK_REQUIRED;
    case 'CREDIT_POLICY_NOT_APPLIED':
      return t.CREDIT_POLICY_NOT_APPLIED;
    case 'CREDIT_IN_REVIEW':
      return t.CREDIT_IN_REVIEW;
    case 'CREDIT_DECLINED':
      return t.CREDIT_DECLINED;
    case 'FULFILLMENT_REQUIRED':
      return t.FULFILLMENT_REQUIRED;
    case 'SIM_TYPE_UNSUPPORTED':
      return t.SIM_TYPE_UNSUPPORTED;
    case 'AGREEMENT_REQUIRED':
      return t.AGREEMENT_REQUIRED;
    case 'ORDER_SUBMITTED':
      return t.ORDER_SUBMITTED;
    default:
      return isKnownStep(problem.step)
        ? t.otherProblem({ step: t[`step-${problem.step}`] })
        : t.unknownProblem;
  }
}

interface ProblemsNoticeProps {
  order: Order;
  problems: readonly ValidationProblem[];
  /** The group, focusable, that a refused order moves focus to. */
  ref: Ref<HTMLDivElement>;
}

export function ProblemsNotice({ order, problems, ref }: ProblemsNoticeProps) {
  const t = useStore(reviewMessages);
  const labels = useStore(orderLabels);
  if (problems.length === 0) return null;

  const lineName = (lineId?: string) => {
    const index = order.lines.findIndex((line) => line.id === lineId);
    return index >= 0 ? labels.line({ index: index + 1 }) : t.aLine;
  };
  // One link per distinct problem: four agreements not accepted are one thing to fix.
  const problemLinks = [
    ...new Map(
      problems.map((problem) => {
        const text = problemText(t, problem, lineName);
        return [text, { text, step: problem.step }];
      }),
    ).values(),
  ];

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-label={t.problemsTitle}
      className={styles.problems}
    >
      <Notice tone="warning" title={t.problemsTitle}>
        <p>{t.problemsIntro}</p>
        <ul>
          {problemLinks.map(({ text, step }) => (
            <li key={text}>
              {isKnownStep(step) ? <Link to={changePath(step, order.id)}>{text}</Link> : text}
            </li>
          ))}
        </ul>
      </Notice>
    </div>
  );
}
