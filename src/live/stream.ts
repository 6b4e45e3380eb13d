import { ForbiddenError, NotFoundError } from '../errors';
import { LiveEvent } from './bus';

/**
 * A subscription's source, on a WebSocket's context. Before each accepted event the socket reads its
 * session again and the context gets a fresh viewer and fresh services (fresh loaders), so `load`,
 * reading through the context, sees the object as the same viewer's query would now; it answers
 * undefined when the viewer may no longer see it, and the event is skipped.
 */
export interface LiveStreams {
  stream<T>(
    accept: (event: LiveEvent) => boolean,
    load: (event: LiveEvent) => Promise<T | undefined>,
  ): AsyncIterable<T>;
}

/** Publishing what a request changed, once it committed. */
export type LivePublish = (event: LiveEvent) => void;

/** What `load` answers for an object the viewer may not (or no longer) see, or that is gone: no event. */
export async function unlessHidden<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return undefined;
    throw error;
  }
}
