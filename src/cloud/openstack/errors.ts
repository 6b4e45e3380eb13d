import { bi, CanopyError, ConflictError, NotFoundError, QuotaExceededError, UpstreamUnavailableError } from '../../errors';

/** The body of an OpenStack error, as each service words it; the text is the cloud's, never a credential. */
export function cloudMessage(body: unknown): string {
  if (typeof body === 'string') return body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
  if (!body || typeof body !== 'object') return '';
  const record = body as Record<string, unknown>;
  // Neutron {"NeutronError": {type, message}}, Keystone {"error": {message}}, Nova/Cinder {"conflictingRequest": {message}}
  for (const value of Object.values(record)) {
    if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') return (value as { message: string }).message.slice(0, 300);
  }
  return typeof record.message === 'string' ? record.message.slice(0, 300) : '';
}

function neutronType(body: unknown): string | undefined {
  return (body as { NeutronError?: { type?: string } } | undefined)?.NeutronError?.type;
}

/** OpenStack's quota names → Canopy's QuotaKey (and the rest as they are). */
const QUOTA_NAMES: Record<string, string> = { instances: 'instances', cores: 'cores', ram: 'ramMb', volumes: 'volumes', gigabytes: 'gigabytes', network: 'networks', router: 'routers', port: 'ports', subnet: 'subnets' };

/** The resource a quota refusal names: Nova "Quota exceeded for instances", Cinder "quota 'volumes'" / "allowed gigabytes quota", Neutron "resources: ['network']". */
export function quotaResource(message: string): string {
  const match =
    /Quota exceeded for (?:resources: \[')?(\w+)/i.exec(message) ?? /for quota '(\w+?)(?:_[_\w]*)?'/i.exec(message) ?? /allowed (\w+?)(?:_[_\w]*)? quota/i.exec(message);
  const name = match?.[1]?.toLowerCase() ?? 'unknown';
  return QUOTA_NAMES[name] ?? name;
}

export interface FailedCall {
  service: string;
  status: number;
  body: unknown;
  /** What a 404 is about ("Server"), for NOT_FOUND's message. */
  kind?: string;
  id?: string;
}

/**
 * One map from OpenStack's answers to Canopy's errors: 404 NOT_FOUND, 409 CONFLICT (Neutron's
 * OverQuota is a 409 too: QUOTA_EXCEEDED), 403/413 about a quota QUOTA_EXCEEDED, other 400s
 * CONFLICT (the cloud refused what the state of its objects forbids: an in-use volume, an
 * overlapping subnet), anything else UPSTREAM_UNAVAILABLE.
 */
export function toCanopyError(call: FailedCall): CanopyError {
  const message = cloudMessage(call.body);
  const quota = /quota|exceed/i.test(message);
  if (call.status === 404) return new NotFoundError(call.kind ?? 'Cloud object', call.id);
  if ((call.status === 409 && neutronType(call.body) === 'OverQuota') || call.status === 413 || (call.status === 403 && quota)) {
    const resource = quotaResource(message);
    return new QuotaExceededError(resource, message ? `The cloud refused: ${message}` : `Quota exceeded for ${resource}`);
  }
  if (call.status === 409 || call.status === 400) return new ConflictError(bi(`The cloud refused: ${message || `${call.service} answered ${call.status}`}`, `云平台拒绝了请求：${message || `${call.service} 返回 ${call.status}`}`));
  if (call.status === 401 || call.status === 403) return new UpstreamUnavailableError(bi(`The cloud refused Canopy's service account (${call.service} ${call.status}); an operator must check its credentials and roles`, `云平台拒绝了 Canopy 的服务账号（${call.service} ${call.status}），请运维人员检查其凭据和角色`));
  return new UpstreamUnavailableError(bi(`The cloud is failing: ${call.service} answered ${call.status}${message ? ` (${message})` : ''}; try again later`, `云平台出错：${call.service} 返回 ${call.status}${message ? `（${message}）` : ''}，请稍后再试`));
}

/** A connection refused or reset, a DNS failure or a timeout: the service cannot be reached. */
export function unreachable(service: string, error: unknown): UpstreamUnavailableError {
  const cause = (error as { cause?: { code?: string; name?: string } } | undefined)?.cause;
  const timedOut = [(error as { name?: string } | undefined)?.name, cause?.name].some((name) => name === 'TimeoutError' || name === 'AbortError');
  // A certificate the process does not trust is the operator's to fix, and says so.
  const certificate = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(cause?.code ?? '') ? '; check cacert (or verify) in clouds.yaml' : '';
  const what = timedOut ? 'did not answer in time' : `cannot be reached${cause?.code ? ` (${cause.code}${certificate})` : ''}`;
  return new UpstreamUnavailableError(bi(`The cloud is unavailable: ${service} ${what}; try again later`, `云平台不可用：${service} ${what}，请稍后再试`));
}
