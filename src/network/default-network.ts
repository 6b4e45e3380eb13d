/**
 * The default network is driver calls only (no Canopy row): createServer (compute) makes it, and so
 * does createTenant, though identity sits below network: it gets this function through its deps
 * (IdentityDeps.createDefaultNetwork, wired in src/http/context.ts), so identity imports no network.
 */
import { CloudDriver } from '../cloud/driver';
import { CloudNetwork, CloudRouter } from '../cloud/resources';
import { UndoStack } from '../shared/undo';
import { bi, ConflictError } from '../errors';

/** The network `createDefaultNetwork` makes: a private /24 routed to the first external network. */
export const DEFAULT_NETWORK = {
  name: 'default',
  routerName: 'default-router',
  subnet: {
    cidr: '192.168.0.0/24',
    gatewayIp: '192.168.0.1',
    dhcpEnabled: true,
    poolStart: '192.168.0.2',
    poolEnd: '192.168.0.254',
    dnsNameservers: [],
  },
} as const;

/**
 * Creates the default network with its subnet, a router on the first external network, and the
 * router's interface on the subnet. Each step registers its undo on `undo`, so the caller can
 * roll back the whole mutation (its own steps included) with one stack.
 */
export async function createDefaultNetwork(
  cloud: CloudDriver,
  projectId: string,
  undo: UndoStack,
): Promise<{ network: CloudNetwork; router: CloudRouter }> {
  const [external] = await cloud.listExternalNetworks();
  if (!external)
    throw new ConflictError(
      bi(
        'The cloud has no external network to route a default network to',
        '云平台没有外部网络，无法为默认网络配置路由',
      ),
    );
  const network = await cloud.createNetwork({
    projectId,
    name: DEFAULT_NETWORK.name,
    subnet: { ...DEFAULT_NETWORK.subnet, dnsNameservers: [] },
  });
  undo.push(`network ${network.id}`, () => cloud.deleteNetwork(network.id));
  const router = await cloud.createRouter({
    projectId,
    name: DEFAULT_NETWORK.routerName,
    externalNetworkId: external.id,
  });
  undo.push(`router ${router.id}`, () => cloud.deleteRouter(router.id));
  const subnetId = network.subnetIds[0];
  const connected = await cloud.addRouterInterface(router.id, subnetId);
  undo.push(`interface of router ${router.id} on subnet ${subnetId}`, () =>
    cloud.removeRouterInterface(router.id, subnetId),
  );
  return { network, router: connected };
}
