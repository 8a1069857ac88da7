import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useRevalidator } from 'react-router-dom';
import { orderQueryOptions } from '@/api/orders';
import { CreditForm } from './credit-form';
import { CreditOutcome } from './credit-outcome';

interface CreditPageProps {
  /** The loader found a decision on the order and read its policy. */
  decided: boolean;
}

/** The credit check's form until the order has a decision, then the decision. */
export function CreditPage({ decided }: CreditPageProps) {
  const { orderId = '' } = useParams();
  const { data: order } = useSuspenseQuery(orderQueryOptions(orderId));
  const revalidator = useRevalidator();
  // True from pressing Continue until the decision is on screen, so the form stays put meanwhile.
  const [checking, setChecking] = useState(false);

  if (decided) return <CreditOutcome order={order} />;
  return (
    <CreditForm
      order={order}
      busy={checking}
      onCheckStart={() => setChecking(true)}
      onCheckFailed={() => setChecking(false)}
      // The loader reads the decision's policy; if it cannot, the route's error offers a retry.
      onDecided={() => revalidator.revalidate()}
    />
  );
}
