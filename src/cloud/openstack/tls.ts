import { Agent, Dispatcher } from 'undici';
import { TlsSettings } from './clouds-yaml';

/**
 * The connection settings for a cloud's HTTPS endpoints: its CA bundle (clouds.yaml `cacert`, for
 * the private CAs of data centres), a client certificate, or no verification at all (`verify:
 * false`). Undefined when the cloud needs none of these, so the process's defaults apply
 * (including NODE_EXTRA_CA_CERTS).
 */
export function dispatcherFor(tls: TlsSettings): Dispatcher | undefined {
  if (tls.verify && !tls.ca && !tls.cert) return undefined;
  return new Agent({ connect: { ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: tls.verify } });
}

/** fetch's options with the cloud's dispatcher (Node's fetch is undici's, and takes one). */
export function withDispatcher(init: RequestInit, dispatcher: Dispatcher | undefined): RequestInit {
  return dispatcher ? ({ ...init, dispatcher } as RequestInit) : init;
}
