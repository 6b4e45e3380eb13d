import { CloudAvailabilityZone, CloudFlavor, CloudImage, QuotaLimits } from '../resources';

/**
 * What an operator's cloud offers out of the box, with fixed ids so they are stable across
 * restarts: DevStack's m1 flavors, three common images, one zone, and one external network.
 */
export const SIM_FLAVORS: readonly CloudFlavor[] = [
  { id: '1', name: 'm1.tiny', vcpus: 1, ramMb: 512, diskGb: 1 },
  { id: '2', name: 'm1.small', vcpus: 1, ramMb: 2048, diskGb: 20 },
  { id: '3', name: 'm1.medium', vcpus: 2, ramMb: 4096, diskGb: 40 },
  { id: '4', name: 'm1.large', vcpus: 4, ramMb: 8192, diskGb: 80 },
  { id: '5', name: 'm1.xlarge', vcpus: 8, ramMb: 16384, diskGb: 160 },
];

export const SIM_IMAGES: readonly CloudImage[] = [
  { id: '8d2a4f0e-5b1c-4c3e-9a51-6f0c1e2d3a01', name: 'cirros-0.6.2-x86_64', minDiskGb: 1 },
  { id: '8d2a4f0e-5b1c-4c3e-9a51-6f0c1e2d3a02', name: 'ubuntu-22.04', minDiskGb: 10 },
  { id: '8d2a4f0e-5b1c-4c3e-9a51-6f0c1e2d3a03', name: 'centos-stream-9', minDiskGb: 10 },
];

export const SIM_ZONES: readonly CloudAvailabilityZone[] = [{ name: 'nova', available: true }];

/** OpenStack's default project quotas (Nova, Cinder, Neutron). */
export const SIM_DEFAULT_QUOTA: QuotaLimits = {
  instances: 10,
  cores: 20,
  ramMb: 51_200,
  volumes: 10,
  gigabytes: 1000,
  networks: 100,
  routers: 10,
  // Neutron's defaults
  securityGroups: 10,
  securityGroupRules: 100,
  floatingIps: 50,
};

/** The provider network routers use as their WAN side (a documentation range, RFC 5737). */
export const SIM_PUBLIC = {
  networkId: 'f3b0c2a6-0d5e-4a7b-8c9d-000000000001',
  subnetId: 'f3b0c2a6-0d5e-4a7b-8c9d-000000000002',
  name: 'public',
  cidr: '203.0.113.0/24',
  gatewayIp: '203.0.113.1',
  poolStart: '203.0.113.10',
  poolEnd: '203.0.113.250',
};

/** Where a volume attaches next: /dev/vdb, /dev/vdc, … (vda is the root disk); null when all are taken. */
export function nextDevice(used: readonly string[]): string | null {
  for (let c = 'b'.charCodeAt(0); c <= 'z'.charCodeAt(0); c++) {
    const device = `/dev/vd${String.fromCharCode(c)}`;
    if (!used.includes(device)) return device;
  }
  return null;
}
