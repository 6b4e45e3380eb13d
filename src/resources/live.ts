import { LiveStreams } from '../live/stream';

/**
 * The event source of a subscription, which only a WebSocket's context has: Apollo refuses a
 * subscription sent over HTTP before it runs (src/http/apollo.ts), so a context without one is a bug.
 */
export function liveOf(context: { live?: LiveStreams }): LiveStreams {
  if (!context.live) throw new Error('A subscription ran outside a WebSocket context');
  return context.live;
}
