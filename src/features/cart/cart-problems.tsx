import { useFormState } from 'react-hook-form';
import { Notice } from '@/components/ui/notice';
import { useStore } from '@/i18n';
import { cartMessages } from './cart-messages';
import type { LineView } from './line-view';

/** Above the lines: what in the cart is no longer offered, and which deals were taken off. */
export function CartProblems({ views }: { views: readonly LineView[] }) {
  const t = useStore(cartMessages);
  const { submitCount } = useFormState();
  const dealsEnded = views.flatMap(({ problems }) =>
    problems.dealEnded ? [problems.dealEnded] : [],
  );
  // After a submit the form's error summary lists them instead.
  const unavailable =
    submitCount === 0 && views.some(({ problems }) => problems.plan ?? problems.phone);

  return (
    <>
      {unavailable && (
        <Notice tone="error" role="alert" title={t.unavailableTitle}>
          <p>{t.unavailableBody}</p>
        </Notice>
      )}
      {dealsEnded.length > 0 && (
        <Notice tone="warning" role="status">
          {dealsEnded.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </Notice>
      )}
    </>
  );
}
