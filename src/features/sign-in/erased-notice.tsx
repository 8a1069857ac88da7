import { useSearchParams } from 'react-router-dom';
import { Notice } from '@/components/ui/notice';
import { ERASED_PARAM } from '@/checkout/paths';
import { useStore } from '@/i18n';
import { erasedMessages } from './sign-in-messages';

/** After a kiosk wipe: tells the customer their information is gone from the shared screen. */
export function ErasedNotice() {
  const t = useStore(erasedMessages);
  const [search] = useSearchParams();
  if (search.get(ERASED_PARAM) !== '1') return null;
  return (
    <Notice tone="success" title={t.title} role="status">
      <p>{t.body}</p>
    </Notice>
  );
}
