/**
 * Resolves in a later task of the event loop, so that the browser can paint and handle input
 * between two pieces of start-up work instead of after one long task.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
