import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { env } from '@/config/env';
import { i18n, useStore } from '@/i18n';
import { controlUrl } from './scenario-control';
import styles from './demo-panel.module.css';

const messages = i18n('demoHandoff', {
  title: 'Continue on a phone',
  hint: 'Opens the newest hand-off link the mock texted (press “Text me a link” in the “Continue on your phone” panel first) in a new window, as a new visitor: no session is copied.',
  needsServer:
    'This demo needs the app to call npm run mock:server (see README): the in-browser mock keeps its state in each tab, so a new window would not know the link.',
  open: 'Open the hand-off link as a new visitor',
  noLink: 'No hand-off link was texted yet.',
});

// The texted message names the link: the app's origin, /continue and the token in the fragment.
const LINK = /https?:\/\/\S+\/continue#[\w-]{43}/;

/** The newest hand-off link the mock texted, if any (`/__mock/messages`, newest last). */
async function latestTextedLink(): Promise<string | null> {
  const response = await fetch(controlUrl('messages'));
  const { messages: sent } = (await response.json()) as { messages: { body: string }[] };
  for (const { body } of [...sent].reverse()) {
    const link = LINK.exec(body)?.[0];
    if (link) return link;
  }
  return null;
}

/**
 * "Continue on your phone" without a second device: the link opens in a new window with
 * `noopener`, which starts with empty sessionStorage (no session, no mock state copied).
 */
export function HandoffDemo() {
  const t = useStore(messages);
  const [missing, setMissing] = useState(false);
  const open = async () => {
    const link = await latestTextedLink();
    setMissing(link === null);
    if (link) window.open(link, '_blank', 'noopener,noreferrer');
  };
  return (
    <section className={styles.section}>
      <h3>{t.title}</h3>
      {env.VITE_API_BASE_URL ? (
        <>
          <p className="small muted">{t.hint}</p>
          <Button variant="secondary" onClick={() => void open()}>
            {t.open}
          </Button>
          <div role="status">{missing && <Notice tone="warning">{t.noLink}</Notice>}</div>
        </>
      ) : (
        <p className="small muted">{t.needsServer}</p>
      )}
    </section>
  );
}
