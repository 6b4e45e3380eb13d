import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface CountingProxy {
  port: number;
  /** Requests forwarded since the last reset, by target port (one port per OpenStack service). */
  counts(): Map<number, number>;
  reset(): void;
  close(): Promise<void>;
}

/**
 * A plain-HTTP forward proxy on loopback that counts what it forwards, for a process that honours
 * `http_proxy` (Python's requests, so Skyline's OpenStack clients): its request lines carry
 * absolute URLs. It forwards to loopback targets only and refuses anything else.
 */
export async function startCountingProxy(port: number): Promise<CountingProxy> {
  let counts = new Map<number, number>();
  const server = http.createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute URL expected');
      return;
    }
    if (target.protocol !== 'http:' || !/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(target.hostname)) {
      res.writeHead(403).end('loopback targets only');
      return;
    }
    const targetPort = Number(target.port || 80);
    counts.set(targetPort, (counts.get(targetPort) ?? 0) + 1);
    const upstream = http.request(
      {
        host: target.hostname,
        port: targetPort,
        method: req.method,
        path: target.pathname + target.search,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => (res.headersSent ? res.destroy() : res.writeHead(502).end(error.message)));
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    counts: () => new Map(counts),
    reset: () => {
      counts = new Map();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
