import { Skeleton } from '@/components/ui/skeleton';

export function InitialLoading() {
  return (
    <div className="page">
      <Skeleton lines={4} />
    </div>
  );
}
