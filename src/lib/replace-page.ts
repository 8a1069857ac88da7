/**
 * Loads `url` as a new document in place of this one, which also leaves this page out of the
 * history. A module of its own so that tests can watch it: jsdom cannot navigate.
 */
export function replacePage(url: string): void {
  window.location.replace(url);
}
