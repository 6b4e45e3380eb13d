/**
 * Which cloud the contract tests run against: the simulated cloud (`npm test`) or the local
 * OpenStack (`npm run test:openstack`, CANOPY_TEST_CLOUD=openstack with OS_CLOUD and
 * OS_CLIENT_CONFIG_FILE naming the devcloud). What differs is data, not behaviour: the
 * catalog's image names and the device names the hypervisor gives.
 */
export const TEST_CLOUD: 'sim' | 'openstack' = process.env.CANOPY_TEST_CLOUD === 'openstack' ? 'openstack' : 'sim';
export const ON_OPENSTACK = TEST_CLOUD === 'openstack';

/** `describe` for what only the simulated cloud can show (fault injection, its tables, its clock). */
export const describeSim = ON_OPENSTACK ? describe.skip : describe;
export const itSim = ON_OPENSTACK ? it.skip : it;

/** The catalog each cloud offers (sim.catalog.ts; the devcloud's bootstrap). */
export const CATALOG = ON_OPENSTACK
  ? { images: ['cirros'], bootImage: 'cirros', otherImage: 'cirros' }
  : {
      images: ['cirros-0.6.2-x86_64', 'ubuntu-22.04', 'centos-stream-9'],
      bootImage: 'cirros-0.6.2-x86_64',
      otherImage: 'ubuntu-22.04',
    };

/** A volume's device: /dev/vd? under libvirt and the sim, /dev/sd? under Nova's fake driver. */
export function device(letter: string): RegExp {
  return new RegExp(`^/dev/[sv]d${letter}$`);
}

/** An IPv4 address inside [first, last] of one /24 (Neutron picks any free address of the pool, the sim the lowest). */
export function ipIn(prefix: string, first: number, last: number): (ip: string) => boolean {
  return (ip) =>
    ip.startsWith(prefix) && Number(ip.slice(prefix.length)) >= first && Number(ip.slice(prefix.length)) <= last;
}

/**
 * What the cloud under test can do where clouds differ. `extendAttachedVolume`: Cinder (>= 3.42)
 * extends an in-use volume online when its backend and Nova's driver can; the sim always can.
 */
export const CLOUD_CAN = {
  extendAttachedVolume: ON_OPENSTACK ? process.env.CANOPY_TEST_EXTEND_IN_USE !== '0' : true,
};
