#!/usr/bin/env node
// Bundles the GraphiQL explorer (GraphiQL 4, React 19) into dist/explorer/ so that
// /graphiql works with no internet access: nothing is loaded from a CDN.
//
// Output (served by src/http/explorer.ts under /graphiql/):
//   index.html      no inline script or style, so it runs under CSP default-src 'self'
//   graphiql.js     minified IIFE with production React
//   graphiql.css    GraphiQL's CSS, with its inlined data: fonts/images moved out to assets/
//   assets/*        content-hashed fonts and images, cacheable forever
//
// Usage: node scripts/build-explorer.mjs [--force]
// Skips the build when a stamp of its inputs (this script and the installed
// dependency tree) matches the last build and all outputs are present.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'explorer');
const stampFile = path.join(outDir, '.build-stamp');
const force = process.argv.includes('--force');

// The explorer lives at /graphiql and talks to /graphql on the same origin.
const ASSET_BASE = '/graphiql/';
const ENDPOINT = '/graphql';

const DEFAULT_QUERY = `# Canopy GraphQL explorer / Canopy GraphQL 浏览器
#
# Log in: run this mutation with your password, then the query
# below. The session cookie keeps this page logged in.
# 登录：填入密码执行下面的 mutation，再执行下面的查询。
# 会话 Cookie 会让本页面保持登录状态。
#
#   mutation {
#     login(input: {identification: "admin", password: "..."}) {
#       token viewer { name }
#     }
#   }
#
# Or use a token / 或使用令牌: Headers → {"Authorization": "Bearer <token>"}

query {
  viewer {
    id
    name
  }
}
`;

// Browser entry. Kept here (not in src/) because it is only an input to this bundle.
// @graphiql/toolkit comes with graphiql (a dependency of @graphiql/react) and npm
// hoists it; should it ever stop resolving, add it to devDependencies at the version
// graphiql uses.
const entry = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import 'graphiql/style.css';

const fetcher = createGraphiQLFetcher({
  url: ${JSON.stringify(ENDPOINT)},
  // content-type: application/json (set by the toolkit) already satisfies Apollo's
  // CSRF prevention; this header makes the intent explicit and survives a user
  // overriding content-type in the headers editor.
  headers: { 'apollo-require-preflight': 'true' },
  // Send the HttpOnly session cookie set by the login mutation.
  fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }),
  // Plain JSON responses only: no multipart/incremental delivery.
  enableIncrementalDelivery: false,
  // Subscriptions over WebSocket (graphql-ws) on the same /graphql; the browser sends the session
  // cookie with the upgrade (docs/LIVE.md). The client is made here, so esbuild bundles graphql-ws
  // (the toolkit's own would import it at run time, from nowhere offline).
  wsClient: createClient({
    url: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + ${JSON.stringify(ENDPOINT)},
  }),
});

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    isHeadersEditorEnabled: true,
    // Tokens typed into the headers editor are not written to localStorage.
    shouldPersistHeaders: false,
  }),
);
`;

const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>Canopy GraphiQL</title>
    <link rel="icon" href="${ASSET_BASE}favicon.svg" />
    <link rel="stylesheet" href="${ASSET_BASE}graphiql.css?v=__CSS_HASH__" />
    <script defer src="${ASSET_BASE}graphiql.js?v=__JS_HASH__"></script>
  </head>
  <body>
    <div id="graphiql"><noscript>The GraphiQL explorer needs JavaScript.</noscript></div>
  </body>
</html>
`;

// GraphiQL fills its container; give it the whole window. (Here, not in a <style>
// element, which CSP default-src 'self' would block.)
const pageCss = 'html,body,#graphiql{height:100%;margin:0;overflow:hidden}\n';

// Our own icon, so the browser does not ask for /favicon.ico (a 404 logged as a console error).
const faviconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<circle cx="16" cy="13" r="11" fill="#2e7d32"/><rect x="14" y="20" width="4" height="10" fill="#5d4037"/></svg>
`;

// Radix dialogs (GraphiQL's settings and shortcuts) lock page scrolling through
// react-remove-scroll, whose react-style-singleton injects a <style> element: CSP
// blocks that unless style-src has 'unsafe-inline'. This drop-in with the same API
// applies the CSS as a constructable stylesheet (CSSOM), which CSP does not restrict,
// so the CSP stays strict. If the package's API changes, esbuild fails on the
// missing export instead of shipping a broken page.
const styleSingletonShim = `
import { useEffect } from 'react';
export function stylesheetSingleton() {
  let counter = 0;
  let sheet = null;
  return {
    add(css) {
      if (counter++ === 0 && typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in document) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
    },
    remove() {
      if (--counter === 0 && sheet) {
        const done = sheet;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== done);
        sheet = null;
      }
    },
  };
}
export function styleHookSingleton() {
  const sheet = stylesheetSingleton();
  return (styles, isDynamic) => {
    useEffect(() => {
      sheet.add(styles);
      return () => sheet.remove();
    }, [styles && isDynamic]);
  };
}
export function styleSingleton() {
  const useStyle = styleHookSingleton();
  return ({ styles, dynamic }) => {
    useStyle(styles, dynamic);
    return null;
  };
}
`;
const cspShims = {
  name: 'csp-shims',
  setup(b) {
    b.onResolve({ filter: /^react-style-singleton$/ }, () => ({
      path: 'react-style-singleton',
      namespace: 'csp-shim',
    }));
    b.onLoad({ filter: /.*/, namespace: 'csp-shim' }, () => ({
      contents: styleSingletonShim,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

function hash(data, len = 16) {
  return createHash('sha256').update(data).digest('hex').slice(0, len);
}

function inputsStamp() {
  const h = createHash('sha256');
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  h.update(esbuild.version);
  // npm rewrites node_modules/.package-lock.json on every install, so this tracks
  // the actually installed graphiql/react versions, not just the declared ones.
  for (const f of ['package-lock.json', 'node_modules/.package-lock.json']) {
    const p = path.join(root, f);
    if (existsSync(p)) h.update(readFileSync(p));
  }
  return h.digest('hex');
}

// GraphiQL's CSS inlines its fonts and icons as data: URLs, which CSP
// default-src 'self' blocks (font-src/img-src fall back to 'self'). Move each one
// to a content-hashed file so the page needs no 'data:' source.
const MIME_EXT = {
  'font/woff2': 'woff2',
  'font/woff': 'woff',
  'font/ttf': 'ttf',
  'image/png': 'png',
  'image/svg+xml': 'svg',
  'image/gif': 'gif',
};
function externalizeDataUrls(css, assets) {
  return css.replace(
    /url\(\s*(["']?)data:([\w.+/-]+)(;base64)?,([^"')]*)\1\s*\)/g,
    (_match, _q, mime, b64, payload) => {
      const ext = MIME_EXT[mime];
      // Fail the build rather than ship a URL that CSP blocks (only when actually used).
      if (!ext) throw new Error(`graphiql.css has a data: URL of unhandled type ${mime}: add it to MIME_EXT`);
      const bytes = b64 ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload));
      const name = `assets/${hash(bytes)}.${ext}`;
      assets.set(name, bytes);
      // Relative to graphiql.css, i.e. /graphiql/assets/...
      return `url(${name})`;
    },
  );
}

async function build() {
  const started = Date.now();
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'explorer-entry.jsx', loader: 'jsx' },
    bundle: true,
    outfile: path.join(outDir, 'graphiql.js'),
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [cspShims],
    logLevel: 'warning',
  });

  const assets = new Map();
  let js;
  let css;
  for (const file of result.outputFiles) {
    if (file.path.endsWith('.js')) js = file.text;
    else if (file.path.endsWith('.css')) css = externalizeDataUrls(file.text, assets) + pageCss;
  }
  if (!js || !css) throw new Error('esbuild did not produce both graphiql.js and graphiql.css');
  if (/\burl\(\s*["']?(https?:)?\/\//.test(css)) throw new Error('graphiql.css references a remote URL');

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'assets'), { recursive: true });
  writeFileSync(path.join(outDir, 'graphiql.js'), js);
  writeFileSync(path.join(outDir, 'graphiql.css'), css);
  for (const [name, bytes] of assets) writeFileSync(path.join(outDir, name), bytes);
  writeFileSync(path.join(outDir, 'favicon.svg'), faviconSvg);
  // ?v= busts browser caches when the bundle changes (the names themselves are fixed).
  writeFileSync(
    path.join(outDir, 'index.html'),
    indexHtml.replace('__CSS_HASH__', hash(css, 10)).replace('__JS_HASH__', hash(js, 10)),
  );

  const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
  const assetBytes = [...assets.values()].reduce((n, b) => n + b.length, 0);
  console.log(
    `explorer: built dist/explorer in ${Date.now() - started} ms ` +
      `(graphiql.js ${kb(Buffer.byteLength(js))}, graphiql.css ${kb(Buffer.byteLength(css))}, ` +
      `${assets.size} assets ${kb(assetBytes)})`,
  );
}

const outputs = ['index.html', 'graphiql.js', 'graphiql.css'].map((f) => path.join(outDir, f));
const stamp = inputsStamp();
if (!force && outputs.every(existsSync) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log('explorer: dist/explorer is up to date');
} else {
  await build();
  writeFileSync(stampFile, stamp);
}
