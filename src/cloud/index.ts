import { Config } from '../config';
import { Database } from '../db/database';
import { createLogger, Logger } from '../observability/logger';
import { CloudDriver } from './driver';
import { loadCloudConfig } from './openstack/clouds-yaml';
import { OpenStackDriver } from './openstack/driver';
import { SimDriver } from './sim/sim.driver';

/** The configured cloud driver (CANOPY_CLOUD). */
export function createCloudDriver(config: Config, db: Database, logger: Logger = createLogger('silent')): CloudDriver {
  switch (config.cloud) {
    case 'sim':
      return new SimDriver(db, {
        latencyMs: config.simLatencyMs,
        buildDelayMs: config.simBuildDelayMs,
        capacity: config.simCapacity,
        consoleBases: config.simConsoleBases,
      });
    case 'openstack': {
      const { cloudName, configFile, ...settings } = config.openstack;
      const cloud = loadCloudConfig({ OS_CLOUD: cloudName, OS_CLIENT_CONFIG_FILE: configFile });
      return new OpenStackDriver(cloud, { ...settings, logger });
    }
  }
}
