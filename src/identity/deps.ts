import { Viewer } from '../auth/viewer';
import { CloudDriver } from '../cloud/driver';
import { UndoStack } from '../shared/undo';
import { IdentityLoaders } from './identity.loaders';
import { IdentityRepo } from './identity.repo';

/** What an identity service needs for one request: the viewer, the repo, the request's loaders and cloud, and what
 * createTenant asks of the network domain above it. */
export interface IdentityDeps {
  viewer: Viewer | undefined;
  repo: IdentityRepo;
  loaders: IdentityLoaders;
  cloud: CloudDriver;
  /** Makes a new tenant's default network in its project, registering each step's undo (the network domain's). */
  createDefaultNetwork: (projectId: string, undo: UndoStack) => Promise<unknown>;
}
