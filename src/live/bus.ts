import { Client } from 'pg';

/**
 * What changed, by id only: each replica loads what its own subscribers may see (docs/LIVE.md),
 * so a message stays far below PostgreSQL's 8,000-byte NOTIFY limit and carries no tenant data.
 */
export type LiveEvent =
  | { kind: 'server' | 'volume'; tenantId: number; id: number; gone?: true }
  | { kind: 'ticket'; id: number }
  /** Sessions may have ended (logout, a user or tenant disabled, a password changed): read them again now. */
  | { kind: 'sessions' };

export type LiveListener = (event: LiveEvent) => void;

/** Carries events from the replica that made a change to the subscribers of every replica. */
export interface LiveBus {
  /** Called after the change committed; never throws (a lost event is logged, the mutation stands). */
  publish(event: LiveEvent): void;
  listen(listener: LiveListener): () => void;
  /**
   * Whether this replica runs `job` (the cloud poller) now: one replica at a time. On PostgreSQL a
   * session advisory lock on the LISTEN connection, held until that connection ends, when another
   * replica's next try takes it over; in one process, always.
   */
  leads(job: string): Promise<boolean>;
  close(): Promise<void>;
}

class Listeners {
  private readonly all = new Set<LiveListener>();

  add(listener: LiveListener): () => void {
    this.all.add(listener);
    return () => this.all.delete(listener);
  }

  emit(event: LiveEvent): void {
    for (const listener of this.all) listener(event);
  }
}

/** One process (SQLite): events go straight to the listeners, after the publisher's turn of the event loop. */
export class InProcessBus implements LiveBus {
  private readonly listeners = new Listeners();

  publish(event: LiveEvent): void {
    setImmediate(() => this.listeners.emit(event));
  }

  listen(listener: LiveListener): () => void {
    return this.listeners.add(listener);
  }

  leads(): Promise<boolean> {
    return Promise.resolve(true);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

const CHANNEL = 'canopy_live';
/** After a lost LISTEN connection, how long before connecting again. */
const RECONNECT_MS = 1_000;

/**
 * Several replicas on one PostgreSQL: NOTIFY through the pool, and one connection of its own per
 * replica that LISTENs (LISTEN is session state, so it cannot be a pooled connection). The
 * publishing replica hears its own events back like every other, one path for all. A replica that
 * lost its connection missed what was sent meanwhile; on reconnecting it tells its sockets to read
 * their sessions again, and the next change of each object brings it up to date.
 */
export class PostgresBus implements LiveBus {
  private readonly listeners = new Listeners();
  private client: Client | undefined;
  /** The jobs whose lock the current LISTEN connection holds. */
  private led = new Set<string>();
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  private constructor(
    private readonly url: string,
    private readonly notify: (channel: string, payload: string) => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  static async open(
    url: string,
    notify: (channel: string, payload: string) => Promise<unknown>,
    onError: (error: unknown) => void,
  ): Promise<PostgresBus> {
    const bus = new PostgresBus(url, notify, onError);
    await bus.connect();
    return bus;
  }

  publish(event: LiveEvent): void {
    this.notify(CHANNEL, JSON.stringify(event)).catch(this.onError);
  }

  listen(listener: LiveListener): () => void {
    return this.listeners.add(listener);
  }

  async leads(job: string): Promise<boolean> {
    const client = this.client;
    if (!client) return false;
    if (this.led.has(job)) return true;
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock(hashtext($1)) as locked', [
      job,
    ]);
    if (rows[0].locked && this.client === client) this.led.add(job);
    return rows[0].locked;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      this.listeners.emit(JSON.parse(message.payload) as LiveEvent);
    });
    client.on('error', (error) => {
      this.onError(error);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
    this.led = new Set();
  }

  private reconnect(lost: Client): void {
    if (this.closed || this.client !== lost) return;
    this.client = undefined;
    void lost.end().catch(() => undefined);
    this.scheduleConnect();
  }

  private scheduleConnect(): void {
    this.retry = setTimeout(() => {
      if (this.closed) return;
      this.connect()
        .then(() => this.listeners.emit({ kind: 'sessions' }))
        .catch((error: unknown) => {
          this.onError(error);
          this.scheduleConnect();
        });
    }, RECONNECT_MS);
  }
}
