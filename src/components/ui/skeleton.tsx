import { useStore } from '@/i18n';
import { uiMessages } from './messages';

interface SkeletonProps {
  /** Number of placeholder blocks, sized like the content they stand in for. */
  lines?: number;
  height?: string;
}

/** Reserves the space of content that is loading, so nothing shifts when it arrives. */
export function Skeleton({ lines = 3, height = '3.5rem' }: SkeletonProps) {
  const t = useStore(uiMessages);
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{t.loading}</span>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton__block" style={{ height }} aria-hidden="true" />
      ))}
    </div>
  );
}
