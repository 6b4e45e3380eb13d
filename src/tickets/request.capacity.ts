import { CAPACITY_RESOURCES, CapacityResource, CloudCapacity } from '../cloud/resources';
import { TicketRequest } from './request.model';

export interface CapacityNeed {
  resource: CapacityResource;
  /** What carrying the request out takes from the cloud. */
  need: number;
  /** Free in the cloud now: -1 unlimited, null unknown. */
  free: number | null;
  /** need within free; null when the cloud does not tell. */
  fits: boolean | null;
}

export type CapacityGrowth = Record<CapacityResource, number>;

export function noCapacityGrowth(): CapacityGrowth {
  return Object.fromEntries(CAPACITY_RESOURCES.map((r) => [r, 0])) as CapacityGrowth;
}

/** The resources a request can take from the cloud, known from its parts alone (so the look-up runs beside the others). */
export function capacityAsked(request: TicketRequest): CapacityResource[] {
  const host = (request.servers?.length ?? 0) + (request.resizes?.length ?? 0) > 0;
  const storage = (request.volumes?.length ?? 0) + (request.extensions?.length ?? 0) > 0;
  return CAPACITY_RESOURCES.filter((r) => (r === 'volumeGb' ? storage : host));
}

/**
 * Each resource the request takes some of, against the cloud's free amount. fitsCapacity is
 * false when one is short, else null when one is unknown, else true (also when nothing is taken).
 */
export function judgeCapacity(
  growth: CapacityGrowth,
  free: CloudCapacity,
): { capacity: CapacityNeed[]; fitsCapacity: boolean | null } {
  const capacity = CAPACITY_RESOURCES.filter((r) => growth[r] > 0).map((resource): CapacityNeed => {
    const available = free[resource];
    const fits = available === null ? null : available === -1 || growth[resource] <= available;
    return { resource, need: growth[resource], free: available, fits };
  });
  const fitsCapacity = capacity.some((c) => c.fits === false)
    ? false
    : capacity.some((c) => c.fits === null)
      ? null
      : true;
  return { capacity, fitsCapacity };
}
