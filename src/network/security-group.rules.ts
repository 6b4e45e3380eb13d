import { isIPv6 } from 'node:net';
import { parseCidr } from '../cloud/ipv4';
import { SecurityGroupRuleSpec } from '../cloud/resources';
import { BadInputError, bi } from '../errors';

export interface RuleArgs {
  securityGroupId: string;
  direction: 'ingress' | 'egress';
  ethertype?: 'IPv4' | 'IPv6';
  protocol?: string;
  portMin?: number;
  portMax?: number;
  remoteCidr?: string;
  remoteSecurityGroupId?: string;
}

/** Protocols Canopy offers; ports go with tcp and udp only (icmp types are not offered: a rule admits all of icmp). */
const PROTOCOLS = ['tcp', 'udp', 'icmp'] as const;
const WITH_PORTS = ['tcp', 'udp'];

/**
 * A rule's values checked before the cloud sees them, each refusal naming its field: the protocol,
 * the port range (1..65535, first ≤ last, only for tcp and udp), the remote (a CIDR of the rule's
 * IP version or a group, not both). Duplicates are the cloud's to refuse (CONFLICT).
 */
export function ruleSpec(args: RuleArgs): Omit<SecurityGroupRuleSpec, 'projectId'> {
  const ethertype = args.ethertype ?? 'IPv4';
  const protocol = args.protocol === undefined ? null : args.protocol.trim().toLowerCase();
  if (protocol !== null && !(PROTOCOLS as readonly string[]).includes(protocol))
    throw new BadInputError(
      'protocol',
      bi(
        `protocol must be one of ${PROTOCOLS.join(', ')}, or left out for any`,
        `协议必须是 ${PROTOCOLS.join('、')} 之一，或不填表示任意协议`,
      ),
    );
  const portMin = args.portMin ?? null;
  const portMax = args.portMax ?? portMin;
  if (portMin === null && portMax !== null)
    throw new BadInputError('portMin', bi('portMin is needed with portMax', '指定结束端口时必须指定起始端口'));
  if (portMin !== null && (protocol === null || !WITH_PORTS.includes(protocol)))
    throw new BadInputError(
      'portMin',
      bi('Ports go with protocol tcp or udp only', '只有 tcp 或 udp 协议可以指定端口'),
    );
  for (const [field, port] of [
    ['portMin', portMin],
    ['portMax', portMax],
  ] as const)
    if (port !== null && (!Number.isInteger(port) || port < 1 || port > 65535))
      throw new BadInputError(field, bi(`${field} must be 1 to 65535`, `${field} 必须在 1 到 65535 之间`));
  if (portMin !== null && portMax !== null && portMin > portMax)
    throw new BadInputError('portMax', bi('portMax must not be below portMin', '结束端口不能小于起始端口'));
  if (args.remoteCidr !== undefined && args.remoteSecurityGroupId !== undefined)
    throw new BadInputError(
      'remoteSecurityGroupId',
      bi('Give remoteCidr or remoteSecurityGroupId, not both', 'remoteCidr 与 remoteSecurityGroupId 只能指定其一'),
    );
  const remoteCidr = args.remoteCidr === undefined ? null : args.remoteCidr.trim();
  if (remoteCidr !== null && !isCidrOf(ethertype, remoteCidr))
    throw new BadInputError(
      'remoteCidr',
      bi(`Invalid ${ethertype} CIDR ${remoteCidr}`, `无效的 ${ethertype} 网段 ${remoteCidr}`),
    );
  return {
    securityGroupId: args.securityGroupId,
    direction: args.direction,
    ethertype,
    protocol,
    portMin,
    portMax,
    remoteCidr,
    remoteSecurityGroupId: args.remoteSecurityGroupId ?? null,
  };
}

/** A network address with its prefix (host bits unset for IPv4, as Neutron stores it). */
function isCidrOf(ethertype: 'IPv4' | 'IPv6', value: string): boolean {
  if (ethertype === 'IPv4') return parseCidr(value) !== null;
  const match = /^([0-9A-Fa-f:.]+)\/(\d{1,3})$/.exec(value);
  return match !== null && isIPv6(match[1]) && Number(match[2]) <= 128;
}
