import { Viewer } from '../auth/viewer';
import { CloudDriver } from '../cloud/driver';
import { AuthService } from './auth.service';
import { GroupService } from './group.service';
import { identityLoaders } from './identity.loaders';
import { IdentityRepo } from './identity.repo';
import { TenantService } from './tenant.service';
import { UserService } from './user.service';

/** The identity domain's services for one request. */
export function identityServices(repo: IdentityRepo, auth: AuthService, viewer: Viewer | undefined, cloud: CloudDriver) {
  const scope = { viewer, repo, cloud, loaders: identityLoaders(repo) };
  const users = new UserService(scope);
  return { auth, loaders: scope.loaders, tenants: new TenantService(scope), groups: new GroupService(scope, users), users };
}

export type IdentityServices = ReturnType<typeof identityServices>;
