import { useSearchParams } from 'react-router-dom';
import { Notice } from '@/components/ui/notice';
import { ERASED_PARAM, HANDED_OFF_PARAM } from '@/checkout/paths';
import { useStore } from '@/i18n';
import { erasedMessages } from './sign-in-messages';

/**
 * After a kiosk wipe, or a hand-off claimed on another device: tells the customer their
 * information is gone from this screen, and where their order went.
 */
export function ErasedNotice() {
  const t = useStore(erasedMessages);
  const [search] = useSearchParams();
  const erased = search.get(ERASED_PARAM) === '1';
  const handedOff = search.get(HANDED_OFF_PARAM) === '1';
  if (!erased && !handedOff) return null;
  return (
    <Notice tone="success" title={handedOff ? t.handedOff : t.title} role="status">
      {erased && <p>{t.body}</p>}
    </Notice>
  );
}
