import { Viewer } from '../auth/viewer';
import { CloudDriver } from '../cloud/driver';
import { AttachmentService } from '../compute/attachment.service';
import { CatalogService } from '../compute/catalog.service';
import { computeRowLoaders } from '../compute/compute.loaders';
import { ComputeRepo } from '../compute/compute.repo';
import { ConsoleSettings, ServerConsoles } from '../compute/server-console.service';
import { FloatingIpService } from '../compute/floating-ip.service';
import { KeyPairService } from '../compute/key-pair.service';
import { ServerLifecycle } from '../compute/server.lifecycle';
import { ServerSecurityGroups } from '../compute/server-security-groups.service';
import { ServerPages } from '../compute/server-pages';
import { ServerService } from '../compute/server.service';
import { IdentityLoaders } from '../identity/identity.loaders';
import { NetworkService } from '../network/network.service';
import { RouterService } from '../network/router.service';
import { SecurityGroupService } from '../network/security-group.service';
import { cloudLoaders } from '../resources/cloud.loaders';
import { storageRowLoaders } from '../storage/storage.loaders';
import { StorageRepo } from '../storage/storage.repo';
import { VolumePages } from '../storage/volume-pages';
import { VolumeService } from '../storage/volume.service';

/**
 * The compute, network and storage services for one request, on one scope that is every domain's
 * deps at once: the loaders cache per request and are shared (compute reads volume rows through
 * storage's loaders).
 */
export function resourceServices(
  repos: { compute: ComputeRepo; storage: StorageRepo },
  viewer: Viewer | undefined,
  cloud: CloudDriver,
  identity: IdentityLoaders,
  consoles: ConsoleSettings,
) {
  const rows = { ...computeRowLoaders(repos.compute), ...storageRowLoaders(repos.storage) };
  const scope = { viewer, cloud, identity, ...repos, cloudLoaders: cloudLoaders(cloud), rows };
  const volumes = new VolumeService(scope);
  const servers = new ServerService(scope);
  return {
    servers,
    serverPages: new ServerPages(scope, servers),
    serverSecurityGroups: new ServerSecurityGroups(scope, servers),
    floatingIps: new FloatingIpService(scope, servers),
    securityGroups: new SecurityGroupService(scope),
    serverLifecycle: new ServerLifecycle(scope),
    serverConsoles: new ServerConsoles(scope, consoles),
    keyPairs: new KeyPairService(scope),
    catalog: new CatalogService(scope),
    networks: new NetworkService(scope),
    routers: new RouterService(scope),
    volumes,
    volumePages: new VolumePages(scope),
    attachments: new AttachmentService(scope, volumes),
    /** Canopy's rows of servers and volumes, for a ticket's execution record (src/tickets/execution.service.ts). */
    rows,
  };
}

export type ResourceServices = ReturnType<typeof resourceServices>;
