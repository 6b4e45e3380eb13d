import type { ServiceType } from './session';

/** What Canopy asked of which service. */
export interface OpenStackCall {
  service: ServiceType;
  method: string;
  /** The URL's path only: never its query, and never shown to tenants. */
  path: string;
}

/** An OpenStack call that failed, as the service said it. */
export interface OpenStackFailure extends OpenStackCall {
  /** Absent when no answer came. */
  status?: number;
  /** The service's own words ("Invalid input for operation: …"), tags and whitespace folded. */
  serviceMessage: string;
  /** Neutron's exception type (`SubnetInUse`), Nova's and Cinder's fault (`badRequest`), Keystone's title. */
  type?: string;
  /** `x-openstack-request-id` (or Nova's `x-compute-request-id`) of the answer: the id in the service's log. */
  requestId?: string;
  /** Why no answer came: 'timeout', or the socket's error code (ECONNREFUSED, a TLS error) when it has one. */
  transport?: string;
}

/** An OpenStack failure before it becomes one of Canopy's errors (`toCanopyError`); for logs, never for tenants. */
export class OpenStackError extends Error {
  constructor(readonly failure: OpenStackFailure) {
    const { service, method, path, status, transport, serviceMessage } = failure;
    super(`${service} ${method} ${path}: ${status ?? transport ?? 'no answer'} ${serviceMessage}`.trim());
    this.name = 'OpenStackError';
  }

  /** A service's error answer, parsed from its body as each service words it. */
  static fromAnswer(call: OpenStackCall, status: number, headers: Headers, body: unknown): OpenStackError {
    const { message, type } = parseFault(body);
    const requestId = headers.get('x-openstack-request-id') ?? headers.get('x-compute-request-id') ?? undefined;
    return new OpenStackError({ ...call, status, serviceMessage: message, type, requestId });
  }

  /** fetch's failure: refused, reset, unresolvable, untrusted certificate, or no answer in time. */
  static fromTransport(call: OpenStackCall, error: unknown): OpenStackError {
    const cause = (error as { cause?: { code?: string; name?: string } } | undefined)?.cause;
    const timedOut = [(error as { name?: string } | undefined)?.name, cause?.name].some(
      (name) => name === 'TimeoutError' || name === 'AbortError',
    );
    return new OpenStackError({ ...call, serviceMessage: '', transport: timedOut ? 'timeout' : cause?.code });
  }
}

/** Longest service message kept: enough for any refusal; Glance's schema dumps run to pages. */
const MAX_MESSAGE = 300;

function fold(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_MESSAGE);
}

/**
 * Nova and Cinder `{"badRequest": {"code", "message"}}` (the key is the fault), Neutron
 * `{"NeutronError": {"type", "message"}}`, Keystone `{"error": {"message", "title"}}`, Glance
 * `{"message", "title"}` with HTML line breaks, or a text or HTML page (a proxy's, webob's).
 */
export function parseFault(body: unknown): { message: string; type?: string } {
  if (typeof body === 'string') return { message: fold(body) };
  if (!body || typeof body !== 'object') return { message: '' };
  const record = body as Record<string, unknown>;
  if (typeof record.message === 'string')
    return { message: fold(record.message), type: typeof record.title === 'string' ? record.title : undefined };
  for (const [key, value] of Object.entries(record)) {
    const fault = value as { message?: unknown; type?: unknown; title?: unknown } | null;
    if (!fault || typeof fault !== 'object' || typeof fault.message !== 'string') continue;
    const type =
      typeof fault.type === 'string'
        ? fault.type
        : key === 'error' && typeof fault.title === 'string'
          ? fault.title
          : key;
    return { message: fold(fault.message), type };
  }
  return { message: '' };
}
