/**
 * A short, safe quote of part of a body for the report: a session's token (the only secret an
 * answer carries; codes, passwords and SSNs are only ever in requests) is never printed.
 */
const MAX_LENGTH = 160;
const SECRET_KEYS = new Set(['token']);

export function excerpt(value: unknown): string {
  if (value === undefined) return 'absent';
  const text = JSON.stringify(value, (key, item: unknown) =>
    SECRET_KEYS.has(key) ? '<redacted>' : item,
  );
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}
