import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, GraphQLFormattedError, GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { handleProtocols, makeServer } from 'graphql-ws';
import proxyaddr from 'proxy-addr';
import { WebSocket, WebSocketServer } from 'ws';
import { formatError } from '../graphql/format-error';
import { Context } from '../graph/context';
import { Authenticated } from '../identity/auth.service';
import { LiveEvent } from '../live/bus';
import { LiveStreams } from '../live/stream';
import type { AppDeps } from './app-deps';
import { contextFor, proxyTrust, requestToken } from './context';
import { inLanguage, languageOf } from './language';
import { queryLimits } from './query-limits';
import { LiveIterator, Subscribers } from './live-iterator';

/** Close codes Canopy gives a socket (docs/LIVE.md); graphql-ws's own (4400, 4403, 4408, …) keep their meaning. */
export const LIVE_CLOSE = {
  /** No session when the socket opened, or it ended since: logout, expiry, idleness, a disabled user or tenant. */
  unauthenticated: 4401,
  /** The client left more events unread than the queue limit (CANOPY_LIVE_MAX_QUEUE). */
  tooSlow: 4413,
} as const;

/** A ping this often; a socket that has not answered the last one by the next is gone. */
const KEEP_ALIVE_MS = 12_000;

interface Socket {
  ws: WebSocket;
  request: http.IncomingMessage;
  token: string | undefined;
  closed: boolean;
}

export interface LiveServer {
  close(): Promise<void>;
}

/**
 * GraphQL over WebSocket (graphql-ws) on the HTTP server's own /graphql: the same schema, the same
 * limits (tokens, depth, aliases, cost), the same session (cookie, or connectionParams'
 * `authorization: "Bearer …"`), and the CORS origins for the upgrade. Sessions are read again
 * before every event, every CANOPY_LIVE_RECHECK_MS, and at once after a mutation that may have
 * ended some; an ended one closes its sockets (4401).
 */
export function liveServer(deps: AppDeps, schema: GraphQLSchema, server: http.Server): LiveServer {
  const { config, metrics, logger } = deps;
  const limits = queryLimits(config, schema);
  const rules = [...specifiedRules, ...limits.validationRules];
  const trust = proxyTrust(config.trustProxy);
  const sockets = new Map<WebSocket, Socket>();
  const subscribers = new Subscribers(deps.bus, config.live.maxQueuedEvents, metrics, logger);

  const drop = (socket: Socket, code: number, reason: string, metric: string) => {
    if (socket.closed) return;
    socket.closed = true;
    metrics.liveDropped.inc({ reason: metric });
    socket.ws.close(code, reason);
  };
  const sessionEnded = (socket: Socket) =>
    drop(socket, LIVE_CLOSE.unauthenticated, 'Session ended: log in again', 'session_ended');

  /** Every socket's session read again: one read per session, however many sockets it has. */
  let rechecking: Promise<void> | undefined;
  let again = false;
  const recheck = (): Promise<void> => {
    if (rechecking) {
      again = true;
      return rechecking;
    }
    rechecking = (async () => {
      do {
        again = false;
        const byToken = new Map<string | undefined, Socket[]>();
        for (const socket of sockets.values())
          byToken.set(socket.token, [...(byToken.get(socket.token) ?? []), socket]);
        for (const [token, group] of byToken) {
          const session = await deps.auth.authenticate(token).catch(() => 'unknown' as const);
          if (session === undefined) group.forEach(sessionEnded);
        }
      } while (again);
    })().finally(() => (rechecking = undefined));
    return rechecking;
  };
  const timer = setInterval(() => void recheck(), config.live.recheckMs).unref();
  const stopListening = deps.bus.listen((event) => {
    if (event.kind === 'sessions') void recheck();
  });

  const contextOf = (socket: Socket, session: Authenticated): Context => {
    const context = contextFor(deps, session, {
      requestId: randomUUID(),
      language: languageOf(socket.request),
      clientIp: proxyaddr(socket.request, trust),
      // A socket sets no cookie: a login over it answers the token only.
      session: { token: socket.token, set: () => undefined, clear: () => undefined },
    });
    context.live = streamsOf(socket, context);
    return context;
  };
  const streamsOf = (socket: Socket, context: Context): LiveStreams => ({
    stream: <T>(accept: (event: LiveEvent) => boolean, load: (event: LiveEvent) => Promise<T | undefined>) =>
      new LiveIterator<T>(subscribers, socket.token, accept, load, {
        // Before each event: the session again, and fresh services, so `load` sees what the viewer may see now.
        refresh: async () => {
          const session = await deps.auth.authenticate(socket.token);
          if (!session) {
            sessionEnded(socket);
            return false;
          }
          Object.assign(context, contextOf(socket, session), { live: context.live });
          return true;
        },
        tooSlow: () =>
          drop(socket, LIVE_CLOSE.tooSlow, 'Too slow: more unread events than the queue holds', 'too_slow'),
      }),
  });

  const formatted = (errors: readonly GraphQLError[], socket: Socket): GraphQLFormattedError[] =>
    inLanguage(
      errors.map((error) =>
        formatError(error.toJSON(), error, (unexpected) => logger.error({ err: unexpected }, 'unexpected error')),
      ),
      languageOf(socket.request),
    );

  const graphqlWs = makeServer<Record<string, unknown> | undefined, { socket: Socket }>({
    schema,
    // graphql-ws's 3 s for connection_init after the upgrade: a loaded machine (and the tests beside it) took longer.
    connectionInitWaitTimeout: 10_000,
    onConnect: async ({ connectionParams, extra }) => {
      // Clients send the key as they write it (`Authorization` like the HTTP header): any case.
      const key = Object.keys(connectionParams ?? {}).find((name) => name.toLowerCase() === 'authorization');
      const bearer = key === undefined ? undefined : connectionParams?.[key];
      const given = typeof bearer === 'string' ? /^Bearer\s+(\S+)$/i.exec(bearer)?.[1] : undefined;
      extra.socket.token = given ?? requestToken(extra.socket.request);
      if (await deps.auth.authenticate(extra.socket.token)) return true;
      drop(
        extra.socket,
        LIVE_CLOSE.unauthenticated,
        'Unauthenticated: log in first (session cookie or connectionParams.authorization)',
        'unauthenticated',
      );
      return false;
    },
    onSubscribe: async ({ extra }, _id, payload) => {
      const { socket } = extra;
      if (subscribers.count(socket.token) >= config.live.maxSubscriptionsPerSession)
        return [tooMany(config.live.maxSubscriptionsPerSession)];
      let document;
      try {
        document = parse(payload.query, { maxTokens: config.limits.maxTokens });
      } catch (error) {
        return [coded(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
      }
      const invalid = validate(schema, document, rules);
      if (invalid.length > 0) return invalid.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED'));
      const variables = payload.variables ?? undefined;
      const costly = limits.costRefusal(document, payload.operationName ?? undefined, variables);
      if (costly) return [costly];
      const session = await deps.auth.authenticate(socket.token);
      if (!session) {
        sessionEnded(socket);
        return [];
      }
      return {
        schema,
        document,
        operationName: payload.operationName,
        variableValues: variables,
        contextValue: contextOf(socket, session),
      };
    },
    onNext: ({ extra }, _id, _payload, _args, result) => {
      metrics.liveEvents.inc();
      return result.errors ? { ...result, errors: formatted(result.errors, extra.socket) } : undefined;
    },
    onError: ({ extra }, _id, _payload, errors) => formatted(errors, extra.socket),
  });

  const wss = new WebSocketServer({ noServer: true, handleProtocols, maxPayload: config.limits.maxBodyBytes });
  wss.on('connection', (ws: WebSocket, request: http.IncomingMessage) => {
    const socket: Socket = { ws, request, token: undefined, closed: false };
    sockets.set(ws, socket);
    metrics.liveSockets.inc();
    let alive = true;
    const keepAlive = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, KEEP_ALIVE_MS).unref();
    ws.on('pong', () => (alive = true));
    ws.on('error', (error) => logger.warn({ err: error }, 'websocket error'));
    const closed = graphqlWs.opened(
      {
        protocol: ws.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (ws.readyState !== WebSocket.OPEN) return resolve();
            ws.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => ws.close(code, reason),
        onMessage: (handle) =>
          ws.on('message', (data: Buffer) => {
            handle(data.toString()).catch((error: unknown) => {
              logger.error({ err: error }, 'graphql-ws message failed');
              ws.close(4500, 'Internal server error');
            });
          }),
      },
      { socket },
    );
    ws.once('close', (code, reason) => {
      clearInterval(keepAlive);
      sockets.delete(ws);
      metrics.liveSockets.dec();
      void closed(code, reason.toString());
    });
  });

  server.on('upgrade', (request: http.IncomingMessage, stream: Duplex, head: Buffer) => {
    const path = (request.url ?? '/').split('?', 1)[0];
    if (path !== '/graphql' && path !== '/graphql/') return refuse(stream, 404, 'Not Found');
    if (!originAllowed(request, config.corsOrigins)) return refuse(stream, 403, 'Forbidden');
    wss.handleUpgrade(request, stream, head, (ws) => wss.emit('connection', ws, request));
  });

  return {
    async close() {
      clearInterval(timer);
      stopListening();
      for (const ws of sockets.keys()) ws.close(1001, 'Going away');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/**
 * A browser sends its page's Origin on the upgrade, and the session cookie with it: the same
 * origin and the CORS origins may open a socket, any other page may not (it would act as the
 * user). Clients that are not browsers send no Origin.
 */
function originAllowed(request: http.IncomingMessage, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  return URL.canParse(origin) && new URL(origin).host === request.headers.host;
}

function refuse(stream: Duplex, status: number, text: string): void {
  stream.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function coded(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

function tooMany(max: number): GraphQLError {
  return new GraphQLError(`Too many subscriptions on this session (at most ${max}); complete one first`, {
    extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_SUBSCRIPTIONS', max },
  });
}
