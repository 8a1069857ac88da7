// @vitest-environment node
import {
  insertShells,
  PUBLIC_CONTRACT_CHUNK,
  SIGN_IN_CONTRACT_CHUNK,
  startAfterPaint,
} from './app-shell';
import { APP_START_TEMPLATE, SHELL_SCRIPT } from './shell-script';

type Bundle = Parameters<typeof startAfterPaint>[1];

const chunk = (
  fileName: string,
  imports: string[],
  facadeModuleId: string | null = null,
  name = fileName,
) => ({ type: 'chunk', fileName, imports, facadeModuleId, name }) as unknown as Bundle[string];

describe('insertShells', () => {
  it('writes each shell as a template after the empty root, then the script that picks one', () => {
    const html = insertShells('<body><div id="root"></div></body>', [
      { page: 'sign-in', lang: 'en', html: '<h1>Sign in</h1><span style="width:11%"></span>' },
      { page: 'frame', lang: 'es', html: '<main></main>' },
    ]);
    expect(html).toBe(
      [
        '<body><div id="root"></div>',
        '<template id="app-shell-sign-in-en"><h1>Sign in</h1><span data-shell-style="width:11%"></span></template>',
        '<template id="app-shell-frame-es"><main></main></template>',
        `<script>${SHELL_SCRIPT}</script></body>`,
      ].join('\n'),
    );
  });

  it('refuses an index.html without an empty root', () => {
    expect(() => insertShells('<div id="app"></div>', [])).toThrow(/no empty <div id="root">/);
  });
});

describe('startAfterPaint', () => {
  const html = [
    '<head>',
    '<script type="module" crossorigin src="/assets/index-1.js"></script>',
    '<link rel="modulepreload" crossorigin href="/assets/shared-2.js">',
    '<link rel="stylesheet" crossorigin href="/assets/index-3.css">',
    '</head>',
  ].join('\n');
  const bundle: Bundle = {
    'assets/index-1.js': chunk('assets/index-1.js', ['assets/shared-2.js']),
    'assets/shared-2.js': chunk('assets/shared-2.js', []),
    'assets/sign-in-route-4.js': chunk(
      'assets/sign-in-route-4.js',
      ['assets/shared-2.js', 'assets/form-5.js'],
      '/app/src/features/sign-in/sign-in-route.tsx',
    ),
    'assets/form-5.js': chunk('assets/form-5.js', []),
    'assets/contract-6.js': chunk(
      'assets/contract-6.js',
      ['assets/shared-2.js'],
      null,
      PUBLIC_CONTRACT_CHUNK,
    ),
    'assets/contract-8.js': chunk(
      'assets/contract-8.js',
      ['assets/contract-6.js'],
      null,
      SIGN_IN_CONTRACT_CHUNK,
    ),
    // The contract of signed-in calls waits for the first of them.
    'assets/contract-7.js': chunk(
      'assets/contract-7.js',
      ['assets/contract-6.js'],
      null,
      'contract',
    ),
  };

  it("moves the app's scripts into the start template, with the first page's code and the contract of the calls before sign-in, and keeps the CSS", () => {
    expect(startAfterPaint(html, bundle, '/')).toBe(
      [
        '<head>',
        '<link rel="stylesheet" crossorigin href="/assets/index-3.css">',
        `  <template id="${APP_START_TEMPLATE}">` +
          '<script type="module" crossorigin src="/assets/index-1.js"></script>' +
          '<link rel="modulepreload" crossorigin href="/assets/shared-2.js">' +
          '<link rel="modulepreload" crossorigin href="/assets/sign-in-route-4.js">' +
          '<link rel="modulepreload" crossorigin href="/assets/form-5.js">' +
          '<link rel="modulepreload" crossorigin href="/assets/contract-6.js">' +
          '<link rel="modulepreload" crossorigin href="/assets/contract-8.js">' +
          '</template>',
        '  </head>',
      ].join('\n'),
    );
  });

  it('fails the build when the entry script or the first page is missing', () => {
    expect(() => startAfterPaint('<head></head>', bundle, '/')).toThrow(/no entry script/);
    const { ['assets/sign-in-route-4.js']: _signIn, ...withoutSignIn } = bundle;
    expect(() => startAfterPaint(html, withoutSignIn, '/')).toThrow(/sign-in-route.tsx/);
  });
});
