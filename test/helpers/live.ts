import WebSocket from 'ws';

export interface Closed {
  code: number;
  reason: string;
}

export interface LiveMessage {
  id?: string;
  type: string;
  payload?: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  } & Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * A graphql-transport-ws client over a real WebSocket, written out so tests see every message
 * and the close code (graphql-ws's own client retries and hides them). `messages` keeps all.
 */
export class LiveSocket {
  readonly messages: LiveMessage[] = [];
  readonly closed: Promise<Closed>;
  private nextId = 1;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => this.messages.push(JSON.parse(data.toString()) as LiveMessage));
    this.closed = new Promise((resolve) =>
      ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  /**
   * Opens a socket to the server's /graphql and sends connection_init; resolves once the server
   * acknowledged or closed. `token` goes in connectionParams, `cookie` and `origin` as headers.
   */
  static async open(
    url: string,
    opts: { token?: string; cookie?: string; origin?: string; params?: Record<string, unknown> } = {},
  ): Promise<LiveSocket> {
    const headers: Record<string, string> = {};
    if (opts.cookie) headers.cookie = opts.cookie;
    if (opts.origin) headers.origin = opts.origin;
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
    const socket = new LiveSocket(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const params = opts.params ?? (opts.token ? { authorization: `Bearer ${opts.token}` } : {});
    ws.send(JSON.stringify({ type: 'connection_init', payload: params }));
    await Promise.race([socket.closed, socket.waitFor((m) => m.type === 'connection_ack')]);
    return socket;
  }

  get acknowledged(): boolean {
    return this.messages.some((m) => m.type === 'connection_ack');
  }

  /** Starts an operation; returns its id. */
  subscribe(query: string, variables: Record<string, unknown> = {}): string {
    const id = String(this.nextId++);
    this.ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    return id;
  }

  complete(id: string): void {
    this.ws.send(JSON.stringify({ id, type: 'complete' }));
  }

  /** The `next` payloads of one operation so far. */
  results(id: string): NonNullable<LiveMessage['payload']>[] {
    return this.messages.filter((m) => m.id === id && m.type === 'next').map((m) => m.payload!);
  }

  /** Waits (with a deadline) until a message matches; resolves with it. */
  async waitFor(match: (message: LiveMessage) => boolean, timeoutMs = 15_000): Promise<LiveMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(this.messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits for the n-th `next` of an operation (1-based). */
  async nth(id: string, n: number, timeoutMs = 15_000): Promise<NonNullable<LiveMessage['payload']>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const results = this.results(id);
      if (results.length >= n) return results[n - 1];
      if (Date.now() > deadline)
        throw new Error(`${results.length} of ${n} results within ${timeoutMs} ms: ${JSON.stringify(this.messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits for the server to close the socket, with a deadline. */
  async closedWithin(timeoutMs = 15_000): Promise<Closed> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`socket still open after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([this.closed, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    this.ws.close();
  }
}

export const SERVER_CHANGED = `subscription ($tenantId: ID!) {
  serverChanged(tenantId: $tenantId) { serverId server { id name status assignedUser { id } } }
}`;
export const VOLUME_CHANGED = `subscription ($tenantId: ID!) {
  volumeChanged(tenantId: $tenantId) { volumeId volume { id sizeGb status } }
}`;
export const TICKET_CHANGED = `subscription {
  ticketChanged { ticket { id title status { code } } event { role action } }
}`;

/**
 * Waits (with a deadline) until the Canopy at `url` runs exactly `n` subscriptions, by its own
 * gauge on /metrics: a subscription has no message saying it started, and a change made before
 * would not reach it.
 */
export async function runningSubscriptions(server: { url: string }, n: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = await runningAt(server.url);
    if (running === n) return;
    if (Date.now() > deadline) throw new Error(`${running} subscriptions running, not ${n}, after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** How many subscriptions the server runs now (its metrics). */
export async function runningAt(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  return Number(/^canopy_live_subscriptions (\d+)/m.exec(metrics)?.[1] ?? 0);
}

/**
 * How a subscription starts for a token, as the authorization matrix reads an answer: its refusal
 * (the errors of its first result, or of an error message; UNAUTHENTICATED when the socket is
 * refused), or `data` once it runs. Run one at a time: it counts the server's subscriptions.
 */
export async function subscriptionOutcome(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ errors?: Array<{ extensions?: { code?: string } }>; data?: unknown }> {
  await runningSubscriptions({ url }, 0);
  const socket = await LiveSocket.open(url, { token });
  try {
    if (!socket.acknowledged) return { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] };
    const id = socket.subscribe(query, variables);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const answer = socket.messages.find((m) => m.id === id && (m.type === 'next' || m.type === 'error'));
      if (answer?.type === 'error') return { errors: answer.payload };
      if (answer) return { errors: answer.payload?.errors, data: answer.payload?.data };
      if ((await runningAt(url)) === 1) return { data: {} };
      if (Date.now() > deadline)
        throw new Error(`subscription neither refused nor running: ${JSON.stringify(socket.messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    socket.close();
    await socket.closed;
  }
}
