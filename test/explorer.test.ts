/**
 * The GraphiQL explorer in a real headless Chromium: it must render from our own
 * bundle only (offline installs have no CDN), under our CSP, and authenticate with
 * the session cookie set by `login` or with a token pasted into the headers editor.
 * Needs Debian's chromium (`apt-get install chromium`) and the bundle
 * (`node scripts/build-explorer.mjs`, which `npm test` runs first).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer } from './helpers/server';
import { ManualClock } from '../src/time/clock';
import { makeNetwork } from './helpers/cloud';
import { CreateServer } from './helpers/cloud.documents';
import { runningAt } from './helpers/live';
import { CATALOG } from './helpers/target';
import { createTenant, login } from './helpers/world';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const QUERY_EDITOR = '.graphiql-query-editor .CodeMirror';
const HEADERS_EDITOR = 'section[aria-label="Headers"] .graphiql-editor:not(.hidden) .CodeMirror';
const RESULT = '.result-window .CodeMirror';
const INSTALL_HINT = 'install it with: apt-get update && apt-get install -y chromium';

if (!HAVE_CHROMIUM && !process.env.CI) {
  console.warn(`Skipping the GraphiQL explorer browser test: ${CHROMIUM} not found; ${INSTALL_HINT}`);
}

// In CI a missing browser is a broken setup, not a reason to skip: beforeAll fails.
(HAVE_CHROMIUM || process.env.CI ? describe : describe.skip)('GraphiQL explorer (headless Chromium)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  const clock = new ManualClock();
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const offOrigin: string[] = [];
  const consoleErrors: string[] = [];
  const graphqlRequestHeaders: Record<string, string>[] = [];

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`${CHROMIUM} is missing on this CI machine; ${INSTALL_HINT} (see .ci/run)`);
    // A build that takes a second of a clock the test moves: the subscription test sees BUILD, then ACTIVE.
    server = await startTestServer({ clock, env: { CANOPY_SIM_BUILD_DELAY_MS: '1000' } });
    const origin = new URL(server.url).origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Every request must go to the test server: record and block anything else (a CDN).
    await context.route('**/*', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (url.origin !== origin) {
        offOrigin.push(request.url());
        return route.abort('blockedbyclient');
      }
      if (url.pathname === '/graphql') graphqlRequestHeaders.push(request.headers());
      return route.continue();
    });
    page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(`uncaught: ${err.message}`));
    // Runs before the page's own scripts (and is not subject to its CSP).
    await page.addInitScript(() => {
      const w = window as Window & { cspViolations?: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      );
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function cspViolations(): Promise<string[]> {
    return page.evaluate(() => (window as Window & { cspViolations?: string[] }).cspViolations ?? []);
  }

  /** What went wrong in the page, for failure messages. */
  async function diagnostics(): Promise<string> {
    const csp = await cspViolations().catch(() => []);
    return JSON.stringify({ offOrigin, consoleErrors, cspViolations: csp }, null, 2);
  }

  // CodeMirror 5 keeps the editor text on the instance attached to its wrapper element.
  function editorValue(selector: string): Promise<string> {
    return page.$eval(selector, (el) => {
      const cm = (el as Element & { CodeMirror?: { getValue(): string } }).CodeMirror;
      if (!cm) throw new Error('not a CodeMirror 5 editor (did GraphiQL change editors?)');
      return cm.getValue();
    });
  }

  /** Replaces the text of a CodeMirror editor the way a user pasting would. */
  async function replaceText(selector: string, text: string) {
    await page.click(selector);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(text);
    expect(await editorValue(selector)).toBe(text);
  }

  /** Runs `operation` from the query editor and waits for a response that `done` accepts. */
  async function run(operation: string, done: (data: Record<string, unknown>) => boolean) {
    await replaceText(QUERY_EDITOR, operation);
    await page.click('.graphiql-execute-button');
    let last = '';
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      last = await editorValue(RESULT);
      try {
        const body = JSON.parse(last) as { data?: Record<string, unknown> | null };
        if (body.data && done(body.data)) return body.data;
      } catch {
        // empty or still being written
      }
      await page.waitForTimeout(100);
    }
    throw new Error(`no matching response for ${operation}; the result pane shows: ${last}\n${await diagnostics()}`);
  }

  test('renders offline under CSP; logs in by cookie, then by a pasted token', async () => {
    const response = await page.goto(`${server!.url}/graphiql`);
    expect(response?.status()).toBe(200); // 503 means the bundle is missing: node scripts/build-explorer.mjs
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");

    // GraphiQL rendered, with our default query and the headers editor available.
    await page.waitForSelector(`.graphiql-container ${QUERY_EDITOR}`, { timeout: 20_000 }).catch(async (err: Error) => {
      throw new Error(`GraphiQL did not render: ${err.message}\n${await diagnostics()}`);
    });
    expect(await editorValue(QUERY_EDITOR)).toContain('login(input: {identification: "admin"');
    // Open and close a Radix dialog: its scroll lock is where GraphiQL would inject inline styles.
    await page.click('.graphiql-sidebar button[aria-label="Open settings dialog"]');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const login = await run(
      `mutation { login(input: { identification: "admin", password: ${JSON.stringify(server!.adminPassword)} }) { token viewer { name } } }`,
      (data) => 'login' in data,
    );
    expect(login).toMatchObject({ login: { token: expect.any(String) as unknown, viewer: { name: 'admin' } } });

    // No Authorization header: this works only through the HttpOnly cookie set by login.
    const viewer = await run('query { viewer { name } }', (data) => 'viewer' in data);
    expect(viewer).toEqual({ viewer: { name: 'admin' } });
    expect(await page.locator('.result-window').innerText()).toContain('"admin"');
    if (process.env.EXPLORER_SCREENSHOT) await page.screenshot({ path: process.env.EXPLORER_SCREENSHOT });

    // Without the cookie, a token pasted into the headers editor authenticates instead.
    await context.clearCookies();
    await page.getByRole('button', { name: 'Headers' }).click();
    const token = (login.login as { token: string }).token;
    await replaceText(HEADERS_EDITOR, JSON.stringify({ Authorization: `Bearer ${token}` }));
    const viaToken = await run('query { viaToken: viewer { name } }', (data) => 'viaToken' in data);
    expect(viaToken).toEqual({ viaToken: { name: 'admin' } });
    expect(graphqlRequestHeaders.at(-1)).toMatchObject({ authorization: `Bearer ${token}` });

    // Apollo's CSRF prevention is satisfied by a JSON content type plus this header.
    expect(graphqlRequestHeaders.length).toBeGreaterThanOrEqual(4); // introspection, login, 2 × viewer
    for (const headers of graphqlRequestHeaders) {
      expect(headers).toMatchObject({ 'content-type': 'application/json', 'apollo-require-preflight': 'true' });
    }
    expect(offOrigin).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  test('runs a subscription over WebSocket: serverChanged shows BUILD, then ACTIVE', async () => {
    await page.goto(`${server!.url}/graphiql`);
    await page.waitForSelector(`.graphiql-container ${QUERY_EDITOR}`, { timeout: 20_000 });
    // The page logs in (its cookie then goes with the WebSocket upgrade); the test's own client makes the server.
    await run(
      `mutation { login(input: { identification: "admin", password: ${JSON.stringify(server!.adminPassword)} }) { token } }`,
      (data) => 'login' in data,
    );
    const admin = await login(server!, 'admin', server!.adminPassword);
    const acme = await createTenant(admin, server!, 'acme');
    const network = await makeNetwork(acme.admin, acme.id, 'lan', 5);
    await replaceText(
      QUERY_EDITOR,
      `subscription Watch { serverChanged(tenantId: "${acme.id}") { serverId server { status } } }`,
    );
    // GraphiQL tells a subscription by the editor's parsed document, which it updates a moment after
    // typing; until then Run posts the text over HTTP, which answers a subscription with 400. So Run,
    // wait until the server counts the subscription or that 400 comes back, and after a 400 Run again.
    let refused = 0;
    page.on('response', (response) => {
      if (response.url().endsWith('/graphql') && response.status() === 400) refused++;
    });
    const deadline = Date.now() + 15_000;
    for (let running = false; !running;) {
      const before = refused;
      await page.click('.graphiql-execute-button');
      while (!running && refused === before) {
        if (Date.now() > deadline)
          throw new Error(
            `no subscription ran; the result pane shows: ${await editorValue(RESULT)}\n${await diagnostics()}`,
          );
        running = (await runningAt(server!.url)) === 1;
        if (!running) await page.waitForTimeout(50);
      }
    }
    await acme.admin.ok(CreateServer, {
      input: { tenantId: acme.id, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', networkIds: [network] },
    });
    const status = async (wanted: string) => {
      let last = '';
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        last = await editorValue(RESULT);
        if (last.includes(`"status": "${wanted}"`)) return;
        await page.waitForTimeout(100);
      }
      throw new Error(`the result pane never showed ${wanted}: ${last}\n${await diagnostics()}`);
    };
    await status('BUILD');
    clock.advance(1_000);
    await status('ACTIVE');
    expect(offOrigin).toEqual([]);
    expect(await cspViolations()).toEqual([]);
  }, 60_000);
});
