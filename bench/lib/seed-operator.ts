import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/auth/password';
import { openDb } from '../../src/db/client';
import { USER_PASSWORD } from './tempdb';

export interface OperatorSize {
  tenants: number;
  users: number;
  /** All groups, the tenants' root groups included. */
  groups: number;
  /** Levels of the deepest trees, the root included. */
  depth: number;
}

/**
 * Fills a migrated database straight through SQL (the API would take hours for 100,000 users):
 * every tenant has a root group and an admin; the extra groups form chains `depth` deep under the
 * first tenants' roots; user 1 of each chain tenant administers the chain's first level. Every
 * user has the same password. Returns where the group-admin check is measured.
 */
export async function seedOperator(file: string, size: OperatorSize): Promise<{ groupAdmin: string; deepestGroupId: number }> {
  const { sqlite, close } = openDb(file);
  const hash = await hashPassword(USER_PASSWORD);
  const chainTenants = Math.floor((size.groups - size.tenants) / (size.depth - 1));
  const usersPerTenant = Math.max(2, Math.floor(size.users / size.tenants));
  const insertProject = sqlite.prepare('insert into sim_projects (id, name) values (?, ?)');
  const insertTenant = sqlite.prepare('insert into tenants (name, project_id) values (?, ?)');
  const insertGroup = sqlite.prepare('insert into groups (tenant_id, parent_id, name) values (?, ?, ?)');
  const setPath = sqlite.prepare('update groups set path = ? where id = ?');
  const insertUser = sqlite.prepare('insert into users (tenant_id, name_scope, name, password_hash) values (?, ?, ?, ?)');
  const insertMember = sqlite.prepare('insert into memberships (user_id, group_id, is_admin) values (?, ?, ?)');
  let deepestGroupId = 0;
  sqlite.transaction(() => {
    for (let t = 0; t < size.tenants; t++) {
      const projectId = randomUUID().replace(/-/g, '');
      insertProject.run(projectId, `t${t}`);
      const tenantId = Number(insertTenant.run(`t${t}`, projectId).lastInsertRowid);
      const groups: number[] = [];
      let path = '/';
      let parent: number | null = null;
      const levels = t < chainTenants ? size.depth : 1;
      for (let level = 0; level < levels; level++) {
        const id: number = Number(insertGroup.run(tenantId, parent, level === 0 ? `t${t}` : `level-${level}`).lastInsertRowid);
        path = `${path}${id}/`;
        setPath.run(path, id);
        groups.push(id);
        parent = id;
      }
      if (t === 0) deepestGroupId = groups[groups.length - 1];
      for (let u = 0; u < usersPerTenant; u++) {
        const userId = Number(insertUser.run(tenantId, tenantId, `u${u}`, hash).lastInsertRowid);
        const group = u === 0 ? groups[0] : u === 1 && groups.length > 1 ? groups[1] : groups[u % groups.length];
        insertMember.run(userId, group, u <= 1 ? 1 : 0);
      }
    }
  })();
  close();
  return { groupAdmin: 'u1#t0', deepestGroupId };
}
