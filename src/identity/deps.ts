import { Viewer } from '../auth/viewer';
import { CloudDriver } from '../cloud/driver';
import { IdentityLoaders } from './identity.loaders';
import { IdentityRepo } from './identity.repo';

/** What an identity service needs for one request: the viewer, the repo, the request's loaders and cloud. */
export interface IdentityDeps {
  viewer: Viewer | undefined;
  repo: IdentityRepo;
  loaders: IdentityLoaders;
  cloud: CloudDriver;
}
