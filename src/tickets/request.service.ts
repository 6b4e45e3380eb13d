import { requireViewer } from '../auth/policy';
import { Viewer } from '../auth/viewer';
import { CloudCapacity, CloudFlavor, QUOTA_KEYS, QuotaKey, QuotaLimits } from '../cloud/resources';
import type { ResourceServices } from '../graph/resource-services';
import { BadInputError, bi, NotFoundError } from '../errors';
import { parseId } from '../graphql/ids';
import { TicketsDeps } from './deps';
import { CapacityNeed, capacityAsked, judgeCapacity, noCapacityGrowth } from './request.capacity';
import { ResourceRequestInput } from './request.inputs';
import { parseRequest, requestTotals, ServerRequest, TicketRequest } from './request.model';
import { ticketPolicy } from './ticket.policy';
import { TicketRow } from './tickets.repo';

export interface QuotaChange {
  resource: QuotaKey;
  /** The limit now, and after the request's change (the same when the request leaves it). */
  limit: number;
  newLimit: number;
  used: number;
  /** What carrying the request out adds to the use. */
  growth: number;
  fits: boolean;
}

export interface TicketPlanView {
  quota: QuotaChange[];
  servers: number;
  volumes: number;
  fitsQuota: boolean;
  capacity: CapacityNeed[];
  fitsCapacity: boolean | null;
}

/** A ticket's typed request: checked when the ticket is raised, and the plan staff judge it by. */
export class TicketRequestService {
  constructor(private readonly deps: TicketsDeps) {}

  /**
   * Every part checked as the operation it becomes would check it (createServer's catalog checks,
   * resizeServer's and extendVolume's), for the ticket's tenant, before the ticket exists: the
   * first fault is BAD_USER_INPUT on `request.<part>.<n>.<field>`, or NOT_FOUND, and nothing is made.
   */
  async check(input: ResourceRequestInput, tenantId: number, creatorId: number): Promise<TicketRequest> {
    const services = this.servicesFor({ creatorId });
    const request: TicketRequest = {};
    const quota = Object.fromEntries(
      QUOTA_KEYS.flatMap((key) => (typeof input.quota?.[key] === 'number' ? [[key, input.quota[key]]] : [])),
    ) as Partial<QuotaLimits>;
    for (const [key, value] of Object.entries(quota))
      if (value < -1)
        throw new BadInputError(
          `request.quota.${key}`,
          bi(`${key} must be -1 (unlimited) or more`, `${key} 必须大于等于 -1（-1 表示不限）`),
        );
    if (Object.keys(quota).length > 0) request.quota = quota;
    if (input.servers?.length)
      request.servers = await Promise.all(
        input.servers.map(async (server, i) => {
          const keyPairId =
            server.keyPairId === undefined || server.keyPairId === null
              ? undefined
              : parseId(server.keyPairId, `request.servers.${i}.keyPairId`);
          const asked: ServerRequest = {
            count: server.count ?? 1,
            flavorName: server.flavorName,
            imageId: server.imageId,
            networkIds: [...new Set(server.networkIds)],
            ...(keyPairId === undefined ? {} : { keyPairId }),
            ...(server.securityGroups?.length ? { securityGroups: [...new Set(server.securityGroups)] } : {}),
            ...(server.name ? { name: server.name } : {}),
            serverType: server.serverType ?? 'PRIVATE',
          };
          await within(`request.servers.${i}`, () =>
            services.serverLifecycle.plan({ tenantId, ...asked, instanceType: asked.flavorName }),
          );
          return asked;
        }),
      );
    if (input.volumes?.length)
      request.volumes = input.volumes.map((volume) => ({
        count: volume.count ?? 1,
        sizeGb: volume.sizeGb,
        ...(volume.name ? { name: volume.name } : {}),
      }));
    if (input.extensions?.length)
      request.extensions = await Promise.all(
        input.extensions.map(async (extension, i) => {
          const volumeId = parseId(extension.volumeId, `request.extensions.${i}.volumeId`);
          const row = await within(`request.extensions.${i}`, () =>
            services.volumes.checkExtend(volumeId, extension.sizeGb),
          );
          sameTenant(row.tenantId, tenantId, 'Volume', volumeId);
          return { volumeId, sizeGb: extension.sizeGb };
        }),
      );
    if (input.resizes?.length)
      request.resizes = await Promise.all(
        input.resizes.map(async (resize, i) => {
          const serverId = parseId(resize.serverId, `request.resizes.${i}.serverId`);
          const { row } = await within(`request.resizes.${i}`, () =>
            services.serverLifecycle.checkResize(serverId, resize.flavorName),
          );
          sameTenant(row.tenantId, tenantId, 'Server', serverId);
          return { serverId, flavorName: resize.flavorName };
        }),
      );
    if (Object.keys(request).length === 0)
      throw new BadInputError('request', bi('A request needs at least one part', '资源申请至少需要一项内容'));
    return request;
  }

  request(ticket: TicketRow): TicketRequest | null {
    return parseRequest(ticket.request);
  }

  /**
   * For staff: what carrying the request out would change now, whether it fits the quota it would
   * leave and the cloud's free capacity. Cloud calls: the quota, the flavors and, when the request
   * takes hosts or storage, one freeCapacity, all at once; then the live state of each resized
   * server and extended volume.
   */
  async plan(ticket: TicketRow): Promise<TicketPlanView | null> {
    ticketPolicy.readTicketWork(requireViewer(this.deps.viewer));
    const request = parseRequest(ticket.request);
    if (!request) return null;
    const services = this.servicesFor(ticket);
    const asked = capacityAsked(request);
    const nothingAsked: CloudCapacity = { vcpus: null, ramMb: null, diskGb: null, volumeGb: null };
    const [quota, flavors, free] = await Promise.all([
      services.catalog.quota(ticket.tenantId),
      services.catalog.flavors(),
      // The plan is advice: a capacity look-up that fails leaves the capacity unknown, not the plan unread.
      asked.length > 0 ? this.deps.cloud.freeCapacity(asked).catch(() => nothingAsked) : nothingAsked,
    ]);
    const { quota: growth, capacity } = await this.growth(services, request, flavors);
    const changes = QUOTA_KEYS.filter((key) => request.quota?.[key] !== undefined || growth[key] > 0).map(
      (key): QuotaChange => {
        const newLimit = request.quota?.[key] ?? quota[key].limit;
        const used = quota[key].used;
        return {
          resource: key,
          limit: quota[key].limit,
          newLimit,
          used,
          growth: growth[key],
          fits: newLimit === -1 || used + growth[key] <= newLimit,
        };
      },
    );
    return {
      quota: changes,
      ...requestTotals(request),
      fitsQuota: changes.every((c) => c.fits),
      ...judgeCapacity(capacity, free),
    };
  }

  /**
   * The use each quota gains from the request, and what it takes from the cloud's capacity: new
   * servers (their flavor's vCPUs, RAM and root disk) and volumes, the growth of extensions, and
   * of resizes: the quota's growth, but the new flavor whole from the capacity.
   */
  private async growth(services: ResourceServices, request: TicketRequest, flavors: CloudFlavor[]) {
    const growth = Object.fromEntries(QUOTA_KEYS.map((key) => [key, 0])) as Record<QuotaKey, number>;
    const capacity = noCapacityGrowth();
    const flavor = (name: string) => flavors.find((f) => f.name === name || f.id === name);
    for (const server of request.servers ?? []) {
      const f = flavor(server.flavorName);
      growth.instances += server.count;
      growth.cores += server.count * (f?.vcpus ?? 0);
      growth.ramMb += server.count * (f?.ramMb ?? 0);
      capacity.vcpus += server.count * (f?.vcpus ?? 0);
      capacity.ramMb += server.count * (f?.ramMb ?? 0);
      capacity.diskGb += server.count * (f?.diskGb ?? 0);
    }
    for (const volume of request.volumes ?? []) {
      growth.volumes += volume.count;
      growth.gigabytes += volume.count * volume.sizeGb;
      capacity.volumeGb += volume.count * volume.sizeGb;
    }
    for (const extension of request.extensions ?? []) {
      const row = await services.volumes.checkExtend(extension.volumeId, extension.sizeGb).catch(() => undefined);
      const more = row ? extension.sizeGb - (await services.volumes.live(row)).sizeGb : 0;
      growth.gigabytes += more;
      capacity.volumeGb += more;
    }
    for (const resize of request.resizes ?? []) {
      const checked = await services.serverLifecycle
        .checkResize(resize.serverId, resize.flavorName)
        .catch(() => undefined);
      const before = checked && flavors.find((f) => f.id === checked.live.flavorId);
      if (checked && before) {
        growth.cores += Math.max(0, checked.flavor.vcpus - before.vcpus);
        growth.ramMb += Math.max(0, checked.flavor.ramMb - before.ramMb);
        // Until the resize is confirmed Nova holds both flavors (the old one for the migration), so the new one is taken whole.
        capacity.vcpus += checked.flavor.vcpus;
        capacity.ramMb += checked.flavor.ramMb;
        capacity.diskGb += checked.flavor.diskGb;
      }
    }
    return { quota: growth, capacity };
  }

  servicesFor(ticket: { creatorId: number }): ResourceServices {
    const viewer: Viewer = requireViewer(this.deps.viewer);
    return this.deps.resourcesFor(ticketPolicy.ticketAgent(viewer, ticket));
  }
}

/** createServer's field names that a request names otherwise. */
const REQUEST_FIELD: Record<string, string> = { instanceType: 'flavorName', cpu: 'flavorName', memoryMb: 'flavorName' };

/** Runs a part's check; a BAD_USER_INPUT names the field inside the request (request.servers.0.imageId). */
async function within<T>(prefix: string, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof BadInputError)
      throw new BadInputError(error.field ? `${prefix}.${REQUEST_FIELD[error.field] ?? error.field}` : prefix, {
        en: error.message,
        zh: error.chinese(),
      });
    throw error;
  }
}

/** Another tenant's server or volume is NOT_FOUND, as everywhere. */
function sameTenant(actual: number, expected: number, kind: string, id: number): void {
  if (actual !== expected) throw new NotFoundError(kind, id);
}
