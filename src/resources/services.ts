import { Viewer } from '../auth/viewer';
import { AttachmentService } from '../compute/attachment.service';
import { CatalogService } from '../compute/catalog.service';
import { ComputeRepo } from '../compute/compute.repo';
import { ServerLifecycle } from '../compute/server.lifecycle';
import { ServerService } from '../compute/server.service';
import { IdentityLoaders } from '../identity/identity.loaders';
import { NetworkService } from '../network/network.service';
import { RouterService } from '../network/router.service';
import { StorageRepo } from '../storage/storage.repo';
import { VolumeService } from '../storage/volume.service';
import { cloudLoaders } from './cloud.loaders';
import { CloudDriver } from '../cloud/driver';
import { resourceRowLoaders } from './row.loaders';

/** The compute, network and storage services for one request (loaders cache per request). */
export function resourceServices(repos: { compute: ComputeRepo; storage: StorageRepo }, viewer: Viewer | undefined, cloud: CloudDriver, identity: IdentityLoaders) {
  const scope = { viewer, cloud, identity, ...repos, cloudLoaders: cloudLoaders(cloud), rows: resourceRowLoaders(repos.compute, repos.storage) };
  const volumes = new VolumeService(scope);
  return {
    servers: new ServerService(scope),
    serverLifecycle: new ServerLifecycle(scope),
    catalog: new CatalogService(scope),
    networks: new NetworkService(scope),
    routers: new RouterService(scope),
    volumes,
    attachments: new AttachmentService(scope, volumes),
  };
}

export type ResourceServices = ReturnType<typeof resourceServices>;
