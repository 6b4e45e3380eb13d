import { SimCapacityTotals } from '../../config';
import { Database } from '../../db/database';
import { CapacityResource, CloudCapacity } from '../resources';
import { SIM_FLAVORS } from './sim.catalog';
import { simTables } from './sim.db';

/**
 * Free capacity as Placement and Cinder would report it: the totals minus what every project's
 * servers (by flavor; a server waiting in VERIFY_RESIZE holds both flavors, as Nova's allocations
 * do) and volumes take.
 */
export class SimCapacity {
  private readonly t = simTables(this.db.read);

  constructor(
    private readonly db: Database,
    private readonly totals: SimCapacityTotals,
  ) {}

  async free(resources: readonly CapacityResource[]): Promise<CloudCapacity> {
    const { servers, volumes } = this.t;
    const used: SimCapacityTotals = { vcpus: 0, ramMb: 0, diskGb: 0, volumeGb: 0 };
    const flavors = new Map(SIM_FLAVORS.map((f) => [f.id, f]));
    const take = (flavorId: string | undefined) => {
      const flavor = flavorId === undefined ? undefined : flavors.get(flavorId);
      if (!flavor) return;
      used.vcpus += flavor.vcpus;
      used.ramMb += flavor.ramMb;
      used.diskGb += flavor.diskGb;
    };
    if (resources.some((r) => r !== 'volumeGb'))
      for (const server of await this.db.read
        .select({ flavorId: servers.flavorId, resizedFrom: servers.resizedFrom })
        .from(servers)) {
        take(server.flavorId);
        take(server.resizedFrom?.flavorId);
      }
    if (resources.includes('volumeGb'))
      for (const volume of await this.db.read.select({ sizeGb: volumes.sizeGb }).from(volumes))
        used.volumeGb += volume.sizeGb;
    const capacity: CloudCapacity = { vcpus: null, ramMb: null, diskGb: null, volumeGb: null };
    for (const resource of resources) capacity[resource] = Math.max(0, this.totals[resource] - used[resource]);
    return capacity;
  }
}
