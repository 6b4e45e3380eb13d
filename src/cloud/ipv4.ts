/**
 * IPv4 arithmetic for subnets and address pools, shared by input validation and the simulated
 * cloud's IP allocation. Addresses are handled as unsigned 32-bit numbers.
 */
const OCTETS = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIpv4(value: string): boolean {
  return OCTETS.test(value);
}

export function ipToNumber(ip: string): number {
  return ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

export function numberToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export interface Cidr {
  /** The network address. */
  base: number;
  prefix: number;
  /** The broadcast address. */
  last: number;
}

/** Parses "a.b.c.d/p"; null when malformed or when host bits are set (OpenStack stores the network address). */
export function parseCidr(value: string): Cidr | null {
  const match = /^([\d.]+)\/(\d{1,2})$/.exec(value);
  if (!match || !isIpv4(match[1])) return null;
  const prefix = Number(match[2]);
  if (prefix > 32) return null;
  const size = 2 ** (32 - prefix);
  const base = ipToNumber(match[1]);
  if (base % size !== 0) return null;
  return { base, prefix, last: base + size - 1 };
}

/** A usable host address of the subnet: inside it and neither its network nor broadcast address. */
export function isHostOf(cidr: Cidr, ip: string): boolean {
  if (!isIpv4(ip)) return false;
  const n = ipToNumber(ip);
  return n > cidr.base && n < cidr.last;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base <= b.last && b.base <= a.last;
}

/** The default pool, as Neutron makes it: every host address after the gateway (or before it, when the gateway is last). */
export function defaultPool(cidr: Cidr, gateway: string): { start: string; end: string } {
  const gw = ipToNumber(gateway);
  const first = cidr.base + 1;
  const last = cidr.last - 1;
  if (gw === first) return { start: numberToIp(first + 1), end: numberToIp(last) };
  if (gw === last) return { start: numberToIp(first), end: numberToIp(last - 1) };
  return { start: numberToIp(gw + 1), end: numberToIp(last) };
}

/** The first address of the pool not in `used`, or null when the pool is exhausted. */
export function firstFree(start: string, end: string, used: ReadonlySet<string>): string | null {
  for (let n = ipToNumber(start); n <= ipToNumber(end); n++) {
    const ip = numberToIp(n);
    if (!used.has(ip)) return ip;
  }
  return null;
}
