import { Config } from '../config';
import { Db } from '../db/client';
import { CloudDriver } from './driver';
import { SimDriver } from './sim/sim.driver';

/** The configured cloud driver (CANOPY_CLOUD). */
export function createCloudDriver(config: Config, db: Db): CloudDriver {
  switch (config.cloud) {
    case 'sim':
      return new SimDriver(db, { latencyMs: config.simLatencyMs, buildDelayMs: config.simBuildDelayMs });
    case 'openstack':
      throw new Error('CANOPY_CLOUD=openstack: the OpenStack driver is not part of this release yet; use CANOPY_CLOUD=sim');
  }
}
