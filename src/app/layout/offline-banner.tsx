import { useState, useSyncExternalStore } from 'react';
import { onlineManager } from '@tanstack/react-query';
import { Notice } from '@/components/ui/notice';
import { i18n, useStore } from '@/i18n';

const offlineBannerMessages = i18n('offlineBanner', {
  title: 'You are offline',
  body: 'Everything you entered is kept. We will carry on as soon as you are back online.',
  backOnline: 'You are back online.',
});

// The same signal that pauses queries and mutations, so the banner shows exactly while they wait.
const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/**
 * Says so while the browser is offline. One polite live region, always in the page, so that both
 * going offline and coming back are announced without interrupting the customer.
 */
export function OfflineBanner() {
  const t = useStore(offlineBannerMessages);
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  // "Back online" is news only after having been offline here.
  const [wasOffline, setWasOffline] = useState(false);
  if (!online && !wasOffline) setWasOffline(true);

  return (
    <div role="status">
      {online ? (
        wasOffline && <p className="visually-hidden">{t.backOnline}</p>
      ) : (
        <Notice tone="warning" title={t.title}>
          <p>{t.body}</p>
        </Notice>
      )}
    </div>
  );
}
