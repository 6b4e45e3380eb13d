import { bi, UpstreamUnavailableError } from '../../errors';

/**
 * Polls `read` until `done` holds (250 ms, growing to 1 s between reads), for the cloud's
 * asynchronous work: a volume becoming available or in-use, a power action finishing, a server
 * gone. Past `timeoutMs` it gives up with UPSTREAM_UNAVAILABLE naming what did not happen.
 */
export async function waitUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let delay = 250;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() + delay > deadline)
      throw new UpstreamUnavailableError(
        bi(
          `The cloud did not finish in time: ${what} after ${Math.round(timeoutMs / 1000)} s`,
          `云平台未能按时完成：${what}，已等待 ${Math.round(timeoutMs / 1000)} 秒`,
        ),
      );
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 1.5, 1000);
  }
}
