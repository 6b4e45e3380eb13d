import path from 'node:path';
import express from 'express';

/**
 * CSP for the explorer. Everything (JS, CSS, fonts, icons) is served from our own
 * origin by scripts/build-explorer.mjs, so 'self' is enough and a page that tried
 * to reach a CDN would fail loudly. GraphiQL 4 sets styles only through the CSSOM
 * (element.style), which CSP does not govern, so no 'unsafe-inline' is needed.
 * frame-ancestors/base-uri/form-action are not covered by default-src: lock them
 * down too, as the page acts with the user's session cookie.
 */
const CSP = "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Serves the bundled GraphiQL explorer at GET /graphiql and its files under
 * /graphiql/…, from `staticDir` (normally dist/explorer, built by `npm run build`).
 */
export function explorerRouter(staticDir: string): express.Router {
  const router = express.Router();

  router.use('/graphiql', (_req, res, next) => {
    res.set({ 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    next();
  });

  // The page itself: always revalidate, so a new build is picked up at once.
  // Read per request (no startup check) so building after the server started works.
  router.get('/graphiql', (_req, res, next) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(path.join(staticDir, 'index.html'), (err?: NodeJS.ErrnoException) => {
      if (!err) return;
      if (err.code !== 'ENOENT' || res.headersSent) return next(err);
      res.status(503).type('text/plain').send('The GraphiQL explorer is not built. Run `npm run build` and reload.\n');
    });
  });

  router.use(
    '/graphiql',
    express.static(staticDir, {
      index: false,
      dotfiles: 'ignore',
      // assets/* have content-hashed names: cache forever. graphiql.js/.css keep fixed
      // names (index.html adds ?v=<hash>), so make browsers revalidate them via ETag.
      setHeaders(res, file) {
        const hashed = path.basename(path.dirname(file)) === 'assets';
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );

  return router;
}
