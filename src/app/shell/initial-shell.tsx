import { useLayoutEffect, useRef } from 'react';
import { InitialLoading } from '../initial-loading';

/** What index.html painted into #root before the JavaScript ran (scripts/app-shell.ts). */
let paintedShell: Node[] = [];

/** Call before React renders into `root`: React then shows these nodes until the first page is ready. */
export function adoptPaintedShell(root: HTMLElement) {
  paintedShell = [...root.childNodes];
}

/**
 * The router's fallback while the first page's code and loader run. It puts back the very nodes
 * the HTML painted (React clears #root when it first renders), in the same commit, so the screen
 * does not change until the real page replaces them with the same markup.
 */
export function InitialShell() {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    host.current?.replaceChildren(...paintedShell);
  }, []);
  if (paintedShell.length === 0) return <InitialLoading />;
  return <div ref={host} />;
}
