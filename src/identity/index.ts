import { CloudDriver } from '../cloud/driver';
import { Authenticated, AuthService } from './auth.service';
import { IdentityDeps } from './deps';
import { GroupService } from './group.service';
import { identityLoaders } from './identity.loaders';
import { IdentityRepo } from './identity.repo';
import { TenantService } from './tenant.service';
import { UserService } from './user.service';

/** The identity domain's services for one request; its loaders start with what authentication read. */
export function identityServices(
  repo: IdentityRepo,
  auth: AuthService,
  session: Authenticated | undefined,
  cloud: CloudDriver,
  createDefaultNetwork: IdentityDeps['createDefaultNetwork'],
) {
  const loaders = identityLoaders(repo);
  if (session) {
    loaders.userById.prime(session.user.id, session.user);
    loaders.membershipsByUserId.prime(session.user.id, session.memberships);
    if (session.tenant) loaders.tenantById.prime(session.tenant.id, session.tenant);
  }
  const scope = { viewer: session?.viewer, repo, cloud, loaders, createDefaultNetwork };
  const users = new UserService(scope);
  return {
    auth,
    loaders: scope.loaders,
    tenants: new TenantService(scope),
    groups: new GroupService(scope, users),
    users,
  };
}

export type IdentityServices = ReturnType<typeof identityServices>;
