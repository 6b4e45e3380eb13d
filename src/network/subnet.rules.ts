import { defaultPool, ipToNumber, isHostOf, isIpv4, parseCidr } from '../cloud/ipv4';
import { CreateNetworkSpec } from '../cloud/resources';
import { BadInputError, bi } from '../errors';

export interface SubnetArgs {
  cidr: string;
  gateway: string;
  dhcpEnabled?: boolean;
  dhcpStartIp?: string;
  dhcpEndIp?: string;
  dns?: string;
}

/**
 * createNetwork's address plan, checked field by field so a form can point at the mistake: an
 * IPv4 CIDR (/8 to /29) given by its network address, a gateway that is a host of it, and a DHCP
 * range inside it that leaves the gateway out. Without a range, Neutron's default pool is used.
 */
export function subnetSpec(args: SubnetArgs): CreateNetworkSpec['subnet'] {
  const cidr = parseCidr(args.cidr);
  if (!cidr || cidr.prefix < 8 || cidr.prefix > 29)
    throw new BadInputError(
      'cidr',
      bi(
        `"${args.cidr}" is not an IPv4 network address with a prefix from /8 to /29, such as 192.168.22.0/24`,
        `“${args.cidr}”不是前缀在 /8 到 /29 之间的 IPv4 网络地址，例如 192.168.22.0/24`,
      ),
    );
  if (!isHostOf(cidr, args.gateway))
    throw new BadInputError(
      'gateway',
      bi(
        `The gateway ${args.gateway} is not a host address of ${args.cidr}`,
        `网关 ${args.gateway} 不是 ${args.cidr} 中的主机地址`,
      ),
    );
  if (args.dns !== undefined && args.dns !== '' && !isIpv4(args.dns))
    throw new BadInputError('dns', bi(`"${args.dns}" is not an IPv4 address`, `“${args.dns}”不是 IPv4 地址`));
  const pool =
    args.dhcpStartIp === undefined && args.dhcpEndIp === undefined
      ? defaultPool(cidr, args.gateway)
      : { start: args.dhcpStartIp, end: args.dhcpEndIp };
  if (pool.start === undefined || !isHostOf(cidr, pool.start))
    throw new BadInputError(
      'dhcpStartIp',
      bi(
        `The DHCP range must start at a host address of ${args.cidr}`,
        `DHCP 地址范围必须从 ${args.cidr} 中的主机地址开始`,
      ),
    );
  if (pool.end === undefined || !isHostOf(cidr, pool.end))
    throw new BadInputError(
      'dhcpEndIp',
      bi(
        `The DHCP range must end at a host address of ${args.cidr}`,
        `DHCP 地址范围必须在 ${args.cidr} 中的主机地址结束`,
      ),
    );
  const [start, end, gateway] = [pool.start, pool.end, args.gateway].map(ipToNumber);
  if (start > end)
    throw new BadInputError(
      'dhcpEndIp',
      bi('The DHCP range ends before it starts', 'DHCP 地址范围的结束地址在起始地址之前'),
    );
  if (gateway >= start && gateway <= end)
    throw new BadInputError(
      'gateway',
      bi('The gateway must lie outside the DHCP range', '网关必须在 DHCP 地址范围之外'),
    );
  return {
    cidr: args.cidr,
    gatewayIp: args.gateway,
    dhcpEnabled: args.dhcpEnabled ?? true,
    poolStart: pool.start,
    poolEnd: pool.end,
    dnsNameservers: args.dns ? [args.dns] : [],
  };
}
