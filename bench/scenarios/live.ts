import WebSocket from 'ws';
import { startChild } from '../lib/child';
import { acmeAdminToken, call } from '../lib/load';
import { table } from '../lib/table';
import { ADMIN_PASSWORD, tempDb, USER_PASSWORD } from '../lib/tempdb';

/**
 * Live updates (issue 16): `subscribers` sockets, each with serverChanged on one tenant, on one
 * Canopy (SQLite, the simulated cloud); `rounds` server commands, each a committed mutation
 * fanned out to every subscriber. Latency runs from sending the mutation (it commits, then
 * publishes) to each socket's receipt of the event, so it includes the mutation's own time; memory
 * is the server's RSS with the subscribers open less before they opened, per subscriber. One
 * session for all sockets (a login each would be argon2 a thousand times); each event still reads
 * that session once per subscriber, as for a thousand sessions.
 */
export async function liveFanOut(subscribers: number, rounds: number): Promise<{ markdown: string }> {
  const db = tempDb('live');
  const canopy = await startChild('serve.ts', {
    CANOPY_DB: db.file,
    CANOPY_PORT: '0',
    CANOPY_ADMIN_PASSWORD: ADMIN_PASSWORD,
    CANOPY_SIM_BUILD_DELAY_MS: '0',
    CANOPY_LIVE_MAX_SUBSCRIPTIONS: String(subscribers),
  });
  const sockets: WebSocket[] = [];
  try {
    const token = await acmeAdminToken(canopy.url, ADMIN_PASSWORD, USER_PASSWORD);
    const { viewer } = await call<{ viewer: { tenant: { id: string } } }>(
      canopy.url,
      '{ viewer { tenant { id } } }',
      {},
      token,
    );
    const tenantId = viewer.tenant.id;
    const { createNetwork } = await call<{ createNetwork: { network: { id: string } } }>(
      canopy.url,
      'mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { network { id } } }',
      { i: { tenantId, name: 'lan', cidr: '10.1.0.0/24', gateway: '10.1.0.1' } },
      token,
    );
    const { createServer } = await call<{ createServer: { server: { id: string } } }>(
      canopy.url,
      'mutation($i: CreateServerInput!) { createServer(input: $i) { server { id } } }',
      {
        i: {
          tenantId,
          imageId: 'cirros-0.6.2-x86_64',
          instanceType: 'm1.tiny',
          networkIds: [createNetwork.network.id],
        },
      },
      token,
    );
    const serverId = createServer.server.id;
    const rssBefore = canopy.rssMb();

    const received: number[][] = [];
    const wsUrl = `${canopy.url.replace(/^http/, 'ws')}/graphql`;
    for (let i = 0; i < subscribers; i++) {
      const ws = new WebSocket(wsUrl, 'graphql-transport-ws');
      const times: number[] = [];
      received.push(times);
      sockets.push(ws);
      await new Promise<void>((resolve, reject) => {
        ws.once('error', reject);
        ws.on('message', (data: Buffer) => {
          const message = JSON.parse(data.toString()) as { type: string };
          if (message.type === 'connection_ack') {
            ws.send(
              JSON.stringify({
                id: '1',
                type: 'subscribe',
                payload: {
                  query: 'subscription($t: ID!) { serverChanged(tenantId: $t) { serverId server { status } } }',
                  variables: { t: tenantId },
                },
              }),
            );
            resolve();
          } else if (message.type === 'next') times.push(performance.now());
        });
        ws.once('open', () =>
          ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
        );
      });
    }
    await waitUntil(async () => (await running(canopy.url)) === subscribers, 60_000);
    const rssOpen = canopy.rssMb();

    const latencies: number[] = [];
    const cpuStart = canopy.cpuMs();
    for (let round = 0; round < rounds; round++) {
      const sent = performance.now();
      await call(
        canopy.url,
        'mutation($i: ServerActionInput!) { serverAction(input: $i) { server { status } } }',
        { i: { serverId, command: round % 2 === 0 ? 'STOP' : 'START' } },
        token,
      );
      await waitUntil(() => Promise.resolve(received.every((times) => times.length > round)), 120_000);
      for (const times of received) latencies.push(times[round] - sent);
    }
    const cpuPerEvent = (canopy.cpuMs() - cpuStart) / rounds;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    const markdown = table(
      ['subscribers', 'events', 'p50 ms', 'p99 ms', 'max ms', 'server CPU ms per event', 'RSS per subscriber KB'],
      [
        [
          subscribers,
          rounds,
          at(0.5).toFixed(1),
          at(0.99).toFixed(1),
          latencies[latencies.length - 1].toFixed(1),
          cpuPerEvent.toFixed(0),
          (((rssOpen - rssBefore) * 1024) / subscribers).toFixed(1),
        ],
      ],
    );
    return { markdown };
  } finally {
    sockets.forEach((ws) => ws.terminate());
    await canopy.stop();
    db.remove();
  }
}

async function running(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  return Number(/^canopy_live_subscriptions (\d+)/m.exec(metrics)?.[1] ?? 0);
}

async function waitUntil(done: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
