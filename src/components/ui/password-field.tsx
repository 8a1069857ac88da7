import { useState } from 'react';
import { useStore, i18n } from '@/i18n';
import { Button } from './button';
import { fieldId } from './field-id';
import { TextField } from './fields';
import { uiMessages } from './messages';
import styles from './password-field.module.css';

const messages = i18n('passwordField', {
  password: 'password',
  visible: 'Your password is visible',
  hidden: 'Your password is hidden',
});

interface PasswordFieldProps {
  name: string;
  label: string;
  hint?: string;
  autoComplete: 'current-password' | 'new-password';
}

/**
 * A password input with a Show/Hide button (GOV.UK pattern). Pasting is never blocked, so
 * password managers work; the visibility change is announced once, not on every keystroke.
 */
export function PasswordField({ name, label, hint, autoComplete }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const ui = useStore(uiMessages);
  const t = useStore(messages);
  // Empty until the first toggle, so nothing is announced when the page opens.
  const [announcement, setAnnouncement] = useState('');

  const toggle = () => {
    setVisible((shown) => !shown);
    setAnnouncement(visible ? t.hidden : t.visible);
  };

  return (
    <div className={styles.password}>
      <TextField
        name={name}
        label={label}
        hint={hint}
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
      />
      <Button
        variant="secondary"
        className={styles.toggle}
        aria-controls={fieldId(name)}
        onClick={toggle}
      >
        {visible ? ui.hide : ui.show} <span className="visually-hidden">{t.password}</span>
      </Button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
