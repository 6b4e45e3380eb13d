import { defaultPool, ipToNumber, isHostOf, isIpv4, parseCidr } from '../cloud/ipv4';
import { CreateNetworkSpec } from '../cloud/resources';
import { BadInputError } from '../errors';

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
  if (!cidr || cidr.prefix < 8 || cidr.prefix > 29) throw new BadInputError('cidr', `"${args.cidr}" is not an IPv4 network address with a prefix from /8 to /29, such as 192.168.22.0/24`);
  if (!isHostOf(cidr, args.gateway)) throw new BadInputError('gateway', `The gateway ${args.gateway} is not a host address of ${args.cidr}`);
  if (args.dns !== undefined && args.dns !== '' && !isIpv4(args.dns)) throw new BadInputError('dns', `"${args.dns}" is not an IPv4 address`);
  const pool = args.dhcpStartIp === undefined && args.dhcpEndIp === undefined ? defaultPool(cidr, args.gateway) : { start: args.dhcpStartIp, end: args.dhcpEndIp };
  if (pool.start === undefined || !isHostOf(cidr, pool.start)) throw new BadInputError('dhcpStartIp', `The DHCP range must start at a host address of ${args.cidr}`);
  if (pool.end === undefined || !isHostOf(cidr, pool.end)) throw new BadInputError('dhcpEndIp', `The DHCP range must end at a host address of ${args.cidr}`);
  const [start, end, gateway] = [pool.start, pool.end, args.gateway].map(ipToNumber);
  if (start > end) throw new BadInputError('dhcpEndIp', 'The DHCP range ends before it starts');
  if (gateway >= start && gateway <= end) throw new BadInputError('gateway', 'The gateway must lie outside the DHCP range');
  return { cidr: args.cidr, gatewayIp: args.gateway, dhcpEnabled: args.dhcpEnabled ?? true, poolStart: pool.start, poolEnd: pool.end, dnsNameservers: args.dns ? [args.dns] : [] };
}
