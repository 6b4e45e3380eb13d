import { CloudFlavor, CreateServerSpec } from '../cloud/resources';
import { ResourceDeps } from '../resources/deps';
import { BadInputError, bi } from '../errors';
import { TenantRow } from '../identity/identity.repo';
import { ServerType } from './compute.repo';

export interface CreateServerArgs {
  tenantId: number;
  imageId: string;
  networkIds?: string[];
  instanceType?: string;
  cpu?: number;
  memoryMb?: number;
  name?: string;
  availabilityZone?: string;
  securityGroups?: string[];
  serverType?: ServerType;
  createDefaultNetwork?: boolean;
  /** One of the viewer's own key pairs. */
  keyPairId?: number;
}

/** What createServer will ask of the cloud, once checked; the project comes from the tenant. */
export type ServerPlan = Omit<CreateServerSpec, 'projectId'>;

/**
 * Checks a createServer input against the cloud's catalog before anything is made, so a typo is
 * BAD_USER_INPUT on the field at fault rather than a half-made server.
 */
export async function planServer(scope: ResourceDeps, tenant: TenantRow, args: CreateServerArgs): Promise<ServerPlan> {
  const networkIds = [...new Set(args.networkIds ?? [])];
  if (networkIds.length === 0 && !args.createDefaultNetwork)
    throw new BadInputError(
      'networkIds',
      bi('Give at least one network, or createDefaultNetwork', '请至少指定一个网络，或设置 createDefaultNetwork'),
    );
  const [flavors, images, zones] = await Promise.all([
    scope.cloud.listFlavors(),
    scope.cloud.listImages(),
    scope.cloud.listAvailabilityZones(),
  ]);
  const image = images.find((i) => i.id === args.imageId || i.name === args.imageId);
  if (!image) throw new BadInputError('imageId', bi(`No image "${args.imageId}"`, `映像“${args.imageId}”不存在`));
  const networks = await scope.cloudLoaders.networkById.loadMany(networkIds);
  networks.forEach((network, i) => {
    if (network instanceof Error) throw network;
    if (!network || network.projectId !== tenant.projectId)
      throw new BadInputError(
        'networkIds',
        bi(`No network ${networkIds[i]} in this tenant`, `该租户没有网络 ${networkIds[i]}`),
      );
  });
  const zone = args.availabilityZone ?? zones.find((z) => z.available)?.name;
  if (!zone || !zones.some((z) => z.name === zone && z.available))
    throw new BadInputError(
      'availabilityZone',
      bi(
        `No available zone "${args.availabilityZone ?? ''}"`,
        `可用区域“${args.availabilityZone ?? ''}”不存在或不可用`,
      ),
    );
  const securityGroups = args.securityGroups?.length ? [...new Set(args.securityGroups)] : ['default'];
  const known = await scope.cloudLoaders.securityGroupsByProjectId.load(tenant.projectId);
  const unknown = securityGroups.find((name) => !known.some((g) => g.name === name));
  if (unknown)
    throw new BadInputError('securityGroups', bi(`No security group "${unknown}"`, `防火墙“${unknown}”不存在`));
  return {
    name: args.name ?? `server-${Date.now().toString(36)}`,
    flavorId: pickFlavor(flavors, args).id,
    imageId: image.id,
    networkIds,
    availabilityZone: zone,
    securityGroups,
  };
}

/** By name (`instanceType`), else the smallest flavor with at least `cpu` vCPUs and `memoryMb` of RAM. */
function pickFlavor(flavors: CloudFlavor[], args: CreateServerArgs): CloudFlavor {
  if (args.instanceType !== undefined) {
    const named = flavors.find((f) => f.name === args.instanceType || f.id === args.instanceType);
    if (!named)
      throw new BadInputError(
        'instanceType',
        bi(`No flavor "${args.instanceType}"`, `模板“${args.instanceType}”不存在`),
      );
    return named;
  }
  if (args.cpu === undefined)
    throw new BadInputError(
      'cpu',
      bi('Give instanceType, or cpu and memoryMb', '请指定 instanceType，或同时指定 cpu 和 memoryMb'),
    );
  if (args.memoryMb === undefined)
    throw new BadInputError(
      'memoryMb',
      bi('Give instanceType, or cpu and memoryMb', '请指定 instanceType，或同时指定 cpu 和 memoryMb'),
    );
  const { cpu, memoryMb } = args;
  const fitting = flavors
    .filter((f) => f.vcpus >= cpu && f.ramMb >= memoryMb)
    .sort((a, b) => a.ramMb - b.ramMb || a.vcpus - b.vcpus || a.diskGb - b.diskGb);
  if (fitting.length === 0)
    throw new BadInputError(
      'cpu',
      bi(`No flavor has ${cpu} vCPUs and ${memoryMb} MB of RAM`, `没有满足 ${cpu} 个 vCPU、${memoryMb} MB 内存的模板`),
    );
  return fitting[0];
}
