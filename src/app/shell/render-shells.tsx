/**
 * Renders the page shells index.html paints before any JavaScript runs (scripts/app-shell.ts
 * calls this at build time and in dev, through Vite's SSR loader). They are the real layout and
 * pages, rendered as the browser first shows them: sign-in while its sign-in methods load, and,
 * for every other address, the layout's frame around a placeholder. The page that React renders
 * next is the same markup, so the switch moves nothing.
 */
import type { ComponentsJSON } from '@nanostores/i18n';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type RouteObject,
} from 'react-router-dom';
import { createQueryClient } from '@/api/query-client';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/checkout/paths';
import { i18n, language, LANGUAGES, type Language } from '@/i18n';
import { CheckoutLayout } from '../layout/checkout-layout';
import { createRoutes } from '../router';

/** sign-in: the sign-in page; frame: the layout around a placeholder, for any other address. */
export const SHELL_PAGES = ['sign-in', 'frame'] as const;
export type ShellPage = (typeof SHELL_PAGES)[number];

export interface Shell {
  page: ShellPage;
  lang: Language;
  html: string;
}

const translations = import.meta.glob<ComponentsJSON>('../../i18n/translations/*.json', {
  eager: true,
  import: 'default',
});

function switchLanguage(lang: Language) {
  // English is written in the components; other languages come from their files. The library
  // types its cache as compiled messages; it stores the components' JSON, as here.
  const loaded = translations[`../../i18n/translations/${lang}.json`];
  if (loaded) Object.assign(i18n.cache, { [lang]: loaded });
  language.set(lang);
}

async function renderRoutes(
  routes: RouteObject[],
  path: string,
  wrap: (page: ReactNode) => ReactNode,
) {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(path, 'http://localhost')));
  if (context instanceof Response) throw new Error(`the shell of ${path} redirected`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToStaticMarkup(
    wrap(<StaticRouterProvider router={router} context={context} hydrate={false} />),
  );
}

/** One page in one language, as React renders it before any data has arrived. */
export async function shellHtml(page: ShellPage, lang: Language): Promise<string> {
  switchLanguage(lang);
  // No fetch happens while rendering to a string: every query stays pending, as on first paint.
  const queryClient = createQueryClient();
  const routes: RouteObject[] =
    page === 'sign-in'
      ? createRoutes(queryClient)
      : [{ Component: CheckoutLayout, children: [{ path: '*', element: <Skeleton lines={4} /> }] }];
  return renderRoutes(routes, page === 'sign-in' ? paths.signIn : '/', (tree) => (
    <QueryClientProvider client={queryClient}>{tree}</QueryClientProvider>
  ));
}

/**
 * The languages in the order they are rendered in: English last. Switching to a language whose
 * file lacks a component that is still mounted makes the library fetch the file again instead of
 * switching at once; switching to English (written in the components) is always immediate.
 */
export const SHELL_LANGUAGES = [...LANGUAGES].sort(
  (a, b) => Number(a === 'en') - Number(b === 'en'),
);

/** Every page in every language. */
export async function renderShells(): Promise<Shell[]> {
  const shells: Shell[] = [];
  for (const lang of SHELL_LANGUAGES) {
    for (const page of SHELL_PAGES) shells.push({ page, lang, html: await shellHtml(page, lang) });
  }
  return shells;
}
