/**
 * Runs `task` once the browser has nothing more urgent to do (at the latest after `timeoutMs`),
 * so that work done ahead of time does not compete with the page the customer is waiting for.
 * Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no requestIdleCallback: a short delay still lets the page settle first.
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}
