import type { z } from 'zod';

/**
 * The message a form shows at each path a schema refused: the first one there, as the form's
 * resolver reports it. Empty when the schema accepted the values.
 */
export function shownMessages(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) shown[issue.path.join('.')] ??= issue.message;
  return shown;
}
