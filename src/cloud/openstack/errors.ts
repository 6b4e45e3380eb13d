import {
  BadInputError,
  bi,
  CanopyError,
  ConflictError,
  NotFoundError,
  QuotaExceededError,
  UpstreamUnavailableError,
} from '../../errors';
import { OpenStackError, OpenStackFailure } from './openstack-error';

/** OpenStack's quota names → Canopy's QuotaKey (and the rest as they are). */
const QUOTA_NAMES: Record<string, string> = {
  instances: 'instances',
  cores: 'cores',
  ram: 'ramMb',
  volumes: 'volumes',
  gigabytes: 'gigabytes',
  network: 'networks',
  router: 'routers',
  security_group: 'securityGroups',
  security_group_rule: 'securityGroupRules',
  floatingip: 'floatingIps',
  port: 'ports',
  subnet: 'subnets',
};

/** The resource a quota refusal names: Nova "Quota exceeded for instances", Cinder "quota 'volumes'" / "allowed gigabytes quota", Neutron "resources: ['network']". */
export function quotaResource(message: string): string {
  const match =
    /Quota exceeded for (?:resources: \[')?(\w+)/i.exec(message) ??
    /for quota '(\w+?)(?:_[_\w]*)?'/i.exec(message) ??
    /allowed (\w+?)(?:_[_\w]*)? quota/i.exec(message);
  const name = match?.[1]?.toLowerCase() ?? 'unknown';
  return QUOTA_NAMES[name] ?? name;
}

/**
 * A quota refusal, whatever its status: Nova 403 "Quota exceeded for cores", Neutron 409
 * OverQuota, Cinder 413 "exceeded for quota 'volumes'" / "exceeds allowed gigabytes quota".
 * Narrow on purpose: Nova's 400 "Quota limit 1 for instances must be greater than … used" is a conflict.
 */
function isQuota({ type, serviceMessage }: OpenStackFailure): boolean {
  return type === 'OverQuota' || /quota exceeded|exceeded for quota|exceeds allowed \w+ quota/i.test(serviceMessage);
}

/**
 * A 400 about the state of the cloud's objects, not the values sent: Neutron's *InUse types and
 * its router BadRequests ("overlaps with cidr", "Router already has a port on subnet"), Nova
 * "while it is in vm_state", Cinder "Volume status must be available", Nova "Currently in 'in-use'".
 */
function isStateConflict({ type, serviceMessage }: OpenStackFailure): boolean {
  return /InUse$/.test(type ?? '') || /in[ -]use|overlaps|already|while it is in|status must be/i.test(serviceMessage);
}

/** The cloud's reason as a tenant may read it: the service's words, or which service said what. */
function reason({ service, status, serviceMessage }: OpenStackFailure) {
  return { en: serviceMessage || `${service} answered ${status}`, zh: serviceMessage || `${service} 返回 ${status}` };
}

/**
 * The one map from OpenStack's failures to Canopy's errors, by what the service meant:
 * 404 NOT_FOUND; a quota refusal QUOTA_EXCEEDED; 409, and a 400 about the objects' state,
 * CONFLICT; any other 400 (values the cloud will not take) BAD_USER_INPUT; 401/403 (the
 * service account's credentials or roles), other statuses, 5xx and no answer UPSTREAM_UNAVAILABLE.
 * The service's request id goes with the error, for `extensions.openstackRequestId`.
 * Messages carry the service's words but never a URL: tenants read them.
 */
export function toCanopyError(error: OpenStackError, about: { kind?: string; id?: string } = {}): CanopyError {
  return traced(byMeaning(error.failure, about), error.failure);
}

/** Keystone refused the service account's own authentication: whatever the status, the operator's to fix. */
export function authenticationRefused(error: OpenStackError): CanopyError {
  const { status } = error.failure;
  return traced(
    new UpstreamUnavailableError(
      bi(
        `The cloud refused Canopy's service account (identity ${status}); an operator must check its entry in clouds.yaml`,
        `云平台拒绝了 Canopy 的服务账号（认证服务 ${status}），请运维人员检查 clouds.yaml 中的配置`,
      ),
    ),
    error.failure,
  );
}

function traced(mapped: CanopyError, { requestId }: OpenStackFailure): CanopyError {
  if (requestId) mapped.openstackRequestId = requestId;
  return mapped;
}

function byMeaning(failure: OpenStackFailure, about: { kind?: string; id?: string }): CanopyError {
  const { service, status } = failure;
  if (status === undefined) return unreachable(failure);
  const why = reason(failure);
  // A 404 about the cloud's routes, not a missing object: the floating IP's network is not routed to the port.
  if (failure.type === 'ExternalGatewayForFloatingIPNotFound')
    return new ConflictError(
      bi(
        `No router joins the server's network to the floating IP's external network: ${why.en}`,
        `没有路由器将主机所在网络连接到浮动IP的外部网络：${why.zh}`,
      ),
    );
  if (status === 404) return new NotFoundError(about.kind ?? 'Cloud object', about.id);
  if (status >= 400 && status < 500 && isQuota(failure))
    return new QuotaExceededError(
      quotaResource(failure.serviceMessage),
      bi(`The cloud refused: ${why.en}`, `云平台拒绝了请求：${why.zh}`),
    );
  if (status === 409 || (status === 400 && isStateConflict(failure)))
    return new ConflictError(bi(`The cloud refused: ${why.en}`, `云平台拒绝了请求：${why.zh}`));
  if (status === 400)
    return new BadInputError(
      undefined,
      bi(`The cloud refused the values given: ${why.en}`, `云平台不接受所给的值：${why.zh}`),
    );
  if (status === 401 || status === 403) return serviceAccountRefused(failure);
  const said = failure.serviceMessage;
  return new UpstreamUnavailableError(
    bi(
      `The cloud is failing: ${service} answered ${status}${said ? ` (${said})` : ''}; try again later`,
      `云平台出错：${service} 返回 ${status}${said ? `（${said}）` : ''}，请稍后再试`,
    ),
  );
}

function serviceAccountRefused({ service, status }: OpenStackFailure): UpstreamUnavailableError {
  return new UpstreamUnavailableError(
    bi(
      `The cloud refused Canopy's service account (${service} ${status}); an operator must check its credentials and roles`,
      `云平台拒绝了 Canopy 的服务账号（${service} ${status}），请运维人员检查其凭据和角色`,
    ),
  );
}

/** No answer: refused, reset, a DNS failure or a timeout. */
function unreachable({ service, transport }: OpenStackFailure): UpstreamUnavailableError {
  // A certificate the process does not trust is the operator's to fix, and says so.
  const certificate = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(transport ?? '')
    ? '; check cacert (or verify) in clouds.yaml'
    : '';
  const what =
    transport === 'timeout'
      ? 'did not answer in time'
      : `cannot be reached${transport ? ` (${transport}${certificate})` : ''}`;
  return new UpstreamUnavailableError(
    bi(`The cloud is unavailable: ${service} ${what}; try again later`, `云平台不可用：${service} ${what}，请稍后再试`),
  );
}
