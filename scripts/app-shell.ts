/**
 * The page shell: index.html carries the real first render of sign-in (and of the layout's frame
 * for any other address), in every language, as <template>s, and SHELL_SCRIPT puts the right one
 * into #root while the page is parsed. The first paint thus needs only the HTML and the CSS;
 * React takes over the painted nodes (src/app/shell/initial-shell.tsx) and renders the same page.
 *
 * The shells are rendered from the app's own components (src/app/shell/render-shells.tsx)
 * through Vite's SSR loader: by the dev server on each request, by a short-lived one in a build.
 */
import { createServer, type Plugin, type ResolvedConfig, type ViteDevServer } from 'vite';
import type { renderShells as RenderShells, Shell } from '../src/app/shell/render-shells';
import { SHELL_SCRIPT, SHELL_TEMPLATE_PREFIX } from './shell-script.js';

const RENDER_MODULE = '/src/app/shell/render-shells.tsx';
const ROOT_ELEMENT = '<div id="root"></div>';

async function renderShells(server: ViteDevServer): Promise<Shell[]> {
  const module = (await server.ssrLoadModule(RENDER_MODULE)) as {
    renderShells: typeof RenderShells;
  };
  return module.renderShells();
}

/** A build has no dev server: one without HMR or a port, from the same config, for the render. */
async function renderShellsForBuild(config: ResolvedConfig): Promise<Shell[]> {
  const server = await createServer({
    configFile: config.configFile ?? false,
    mode: config.mode,
    root: config.root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    return await renderShells(server);
  } finally {
    await server.close();
  }
}

/** The CSP refuses style attributes in markup: the script sets them through the CSSOM. */
export function withoutStyleAttributes(html: string): string {
  return html.replace(/ style="/g, ' data-shell-style="');
}

/** The shells as templates after an empty #root, and the script that picks one. */
export function shellMarkup(shells: Shell[]): string {
  const templates = shells.map(
    ({ page, lang, html }) =>
      `<template id="${SHELL_TEMPLATE_PREFIX}${page}-${lang}">${withoutStyleAttributes(html)}</template>`,
  );
  return [ROOT_ELEMENT, ...templates, `<script>${SHELL_SCRIPT}</script>`].join('\n');
}

export function insertShells(html: string, shells: Shell[]): string {
  if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no empty ${ROOT_ELEMENT}`);
  return html.replace(ROOT_ELEMENT, shellMarkup(shells));
}

export function appShell(): Plugin {
  let config: ResolvedConfig;
  let devServer: ViteDevServer | undefined;
  return {
    name: 'app-shell',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      devServer = server;
    },
    async transformIndexHtml(html) {
      if (!devServer) return insertShells(html, await renderShellsForBuild(config));
      try {
        return insertShells(html, await renderShells(devServer));
      } catch (error) {
        // In dev a broken component must not take the whole page down: React still renders it.
        devServer.config.logger.error(`app-shell: no page shell: ${String(error)}`);
        return html;
      }
    },
  };
}
