// @vitest-environment node
import { otherOriginLoads } from './origins';

const STRICT_POLICY =
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src \'unsafe-inline\'; img-src data:">';

const page = (head: string, body = '') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('otherOriginLoads', () => {
  it('passes a page that loads only inline code and data: URLs, and links elsewhere', () => {
    const body =
      '<img src="data:image/png;base64,AAAA"><a href="https://redocly.com/">docs</a>' +
      '<svg xmlns="http://www.w3.org/2000/svg"></svg><script type="module">const x = 1;</script>';
    expect(otherOriginLoads(page(STRICT_POLICY, body))).toEqual([]);
  });

  it('finds remote URLs in markup, CSS and module imports', () => {
    const head =
      `${STRICT_POLICY}<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">` +
      '<style>@import "https://cdn.example/a.css"; body { background: url(//cdn.example/b.png) }</style>';
    const body =
      '<img srcset="a.png 1x, https://cdn.example/c.png 2x"><div style="background:url(\'http://cdn.example/d.png\')"></div>' +
      '<script type="module">import { hydrate } from "https://cdn.example/redoc.js";</script>';

    expect(otherOriginLoads(page(head, body))).toEqual([
      '<link href="https://fonts.googleapis.com/css?family=Roboto">',
      '<img srcset="https://cdn.example/c.png">',
      'style: http://cdn.example/d.png',
      'CSS: https://cdn.example/a.css',
      'CSS: //cdn.example/b.png',
      'import https://cdn.example/redoc.js',
    ]);
  });

  it('asks for a policy that lets the browser fetch from no host', () => {
    expect(otherOriginLoads(page(''))).toEqual(['no Content-Security-Policy <meta> in the page']);
    const loose =
      '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; img-src https: data:">';
    expect(otherOriginLoads(page(loose))).toEqual([
      "CSP default-src allows 'self'",
      'CSP img-src allows https:',
      "CSP lacks default-src 'none'",
    ]);
  });
});
