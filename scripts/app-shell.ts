/**
 * The page shell: index.html carries the real first render of sign-in (and of the layout's frame
 * for any other address), in every language, as <template>s, and SHELL_SCRIPT puts the right one
 * into #root while the page is parsed. The first paint thus needs only the HTML and the CSS;
 * React takes over the painted nodes (src/app/shell/initial-shell.tsx) and renders the same page.
 *
 * The shells are rendered from the app's own components (src/app/shell/render-shells.tsx)
 * through Vite's SSR loader: by the dev server on each request, by a short-lived one in a build.
 */
import {
  createServer,
  type HtmlTagDescriptor,
  type IndexHtmlTransformContext,
  type Plugin,
  type ResolvedConfig,
  type ViteDevServer,
} from 'vite';
import type { renderShells as RenderShells, Shell } from '../src/app/shell/render-shells';
import { APP_START_TEMPLATE, SHELL_SCRIPT, SHELL_TEMPLATE_PREFIX } from './shell-script.js';

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;

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

/** What main.tsx imports for the whole app; a build links it from the head by itself. */
const APP_STYLESHEET = '/src/app/styles.css';

/**
 * In dev, styles arrive with the JavaScript: the shell would paint unstyled, then jump. Links to
 * the app's stylesheet and to every CSS module the shells' components import style it at once.
 */
function devStylesheets(server: ViteDevServer): HtmlTagDescriptor[] {
  const modules = [...server.environments.ssr.moduleGraph.idToModuleMap.values()]
    .map((module) => module.url)
    .filter((url) => url.endsWith('.css'));
  return [APP_STYLESHEET, ...new Set(modules)].map((href) => ({
    tag: 'link',
    attrs: { rel: 'stylesheet', href },
    injectTo: 'head',
  }));
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

/** The page a first visit usually opens: its code is fetched with the app's. */
const FIRST_PAGE = 'src/features/sign-in/sign-in-route.tsx';
/**
 * The codeSplitting group of vite.config.ts that holds the API contract of the first page's
 * first call, which the API client imports as the page opens.
 */
export const PUBLIC_CONTRACT_CHUNK = 'contract-public';
/** The group with the contract of the sign-in calls: fetched with the first page, built on use. */
export const SIGN_IN_CONTRACT_CHUNK = 'contract-sign-in';
/** The group with the rest of the contract, which waits for the first signed-in call. */
export const SIGNED_IN_CONTRACT_CHUNK = 'contract';

/** The built JS files of `fileName` and its static imports, transitively. */
function staticImports(bundle: OutputBundle, fileName: string, seen = new Set<string>()) {
  const chunk = bundle[fileName];
  if (chunk?.type !== 'chunk' || seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of chunk.imports) staticImports(bundle, imported, seen);
  return seen;
}

const APP_SCRIPT_TAG =
  /\s*<script type="module"[^>]*><\/script>|\s*<link rel="modulepreload"[^>]*>/g;

/**
 * Moves the app's script tags (Vite's entry and its modulepreloads, plus the first page's code
 * and the API contract of the calls it makes) from the head into the APP_START_TEMPLATE, which
 * SHELL_SCRIPT activates after the first paint.
 */
export function startAfterPaint(html: string, bundle: OutputBundle, base: string): string {
  const tags = (html.match(APP_SCRIPT_TAG) ?? []).map((tag) => tag.trim());
  if (!tags.some((tag) => tag.startsWith('<script')))
    throw new Error('index.html has no entry script');
  const inHtml = tags.join('\n');
  const firstPage = Object.values(bundle).find(
    (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith(FIRST_PAGE),
  );
  if (!firstPage) throw new Error(`${FIRST_PAGE} is not a chunk of the build`);
  const contracts = Object.values(bundle).filter(
    (chunk) =>
      chunk.type === 'chunk' &&
      (chunk.name === PUBLIC_CONTRACT_CHUNK || chunk.name === SIGN_IN_CONTRACT_CHUNK),
  );
  const firstFiles = new Set([
    ...staticImports(bundle, firstPage.fileName),
    ...contracts.flatMap((contract) => [...staticImports(bundle, contract.fileName)]),
  ]);
  const preloads = [...firstFiles]
    .filter((fileName) => !inHtml.includes(`"${base}${fileName}"`))
    .map((fileName) => `<link rel="modulepreload" crossorigin href="${base}${fileName}">`);
  const template = `<template id="${APP_START_TEMPLATE}">${[...tags, ...preloads].join('')}</template>`;
  return html.replace(APP_SCRIPT_TAG, '').replace('</head>', `  ${template}\n  </head>`);
}

export function appShell(): Plugin[] {
  return [shellTemplates(), startAppAfterPaint()];
}

function startAppAfterPaint(): Plugin {
  let base = '/';
  return {
    name: 'app-shell:start-after-paint',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) throw new Error('app-shell: the build gave index.html no bundle');
        return startAfterPaint(html, bundle, base);
      },
    },
  };
}

function shellTemplates(): Plugin {
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
        const shells = insertShells(html, await renderShells(devServer));
        return { html: shells, tags: devStylesheets(devServer) };
      } catch (error) {
        // In dev a broken component must not take the whole page down: React still renders it.
        devServer.config.logger.error(`app-shell: no page shell: ${String(error)}`);
        return html;
      }
    },
  };
}
