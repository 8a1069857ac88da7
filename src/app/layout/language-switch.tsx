import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { orderKeys } from '@/api/orders';
import { i18n, LANGUAGES, language, useStore, type Language } from '@/i18n';
import { chooseLanguage } from '@/i18n/language-choice';
import styles from './language-switch.module.css';

const messages = i18n('languageSwitch', {
  label: 'Language',
  loading: 'Loading…',
});

/** Each language named in itself, so a reader of either finds their own. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

// The Spanish file is small: a spinner only if it is slow, never a flash on a fast connection.
const LOADING_SHOWN_AFTER_MS = 400;

function useSlowLoading(): boolean {
  const loading = useStore(i18n.loading);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!loading) return;
    const timer = setTimeout(() => setSlow(true), LOADING_SHOWN_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [loading]);
  return slow;
}

/** English or Spanish, on every page: two buttons, the current one pressed. */
export function LanguageSwitch() {
  const t = useStore(messages);
  const current = useStore(language);
  const slow = useSlowLoading();
  const queryClient = useQueryClient();
  const { orderId } = useParams();

  const choose = (code: Language) => {
    if (code === current) return;
    chooseLanguage(code);
    // Offers and agreements are cached per language; the order's deal names and the credit
    // decision's notices are fetched again in the new one.
    if (orderId) {
      void queryClient.invalidateQueries({ queryKey: orderKeys.detail(orderId), exact: true });
      void queryClient.invalidateQueries({ queryKey: orderKeys.creditPolicy(orderId) });
    }
  };

  return (
    <div className={styles.switch} role="group" aria-label={t.label}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className={styles.option}
          aria-pressed={code === current}
          onClick={() => choose(code)}
        >
          {LANGUAGE_NAMES[code]}
        </button>
      ))}
      <span role="status" className={styles.status}>
        {slow && (
          <>
            <span className="spinner" aria-hidden="true" />
            <span className="visually-hidden">{t.loading}</span>
          </>
        )}
      </span>
    </div>
  );
}
