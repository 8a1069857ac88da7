import { useSearchParams } from 'react-router-dom';
import { Notice } from '@/components/ui/notice';
import { i18n, useStore } from '@/i18n';

/** The start screen's query flag, set by a kiosk wipe: `/sign-in?erased=1`. */
export const ERASED_PARAM = 'erased';

const erasedMessages = i18n('erasedNotice', {
  title: 'Your information has been erased',
  body: 'Nothing you entered is left on this screen. The next customer can start afresh.',
});

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
