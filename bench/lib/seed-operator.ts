import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/auth/password';
import { openDb } from '../../src/db/client';
import { USER_PASSWORD } from './tempdb';

/** [type, status] pairs: v1 (type 0, statuses 101–107) and v2 (types 1–4, statuses 1–8). */
const TICKET_KINDS: Array<[number, number]> = [
  ...[101, 102, 103, 104, 105, 106, 107].map((status): [number, number] => [0, status]),
  ...[1, 2, 3, 4].flatMap((type) => [1, 2, 3, 4, 5, 6, 7, 8].map((status): [number, number] => [type, status])),
];

export interface OperatorSize {
  tenants: number;
  users: number;
  /** All groups, the tenants' root groups included. */
  groups: number;
  /** Levels of the deepest trees, the root included. */
  depth: number;
  /** Work orders, each with its creation event and one more; a fifth of them in tenant t0. */
  tickets: number;
}

/**
 * Fills a migrated database straight through SQL (the API would take hours for 100,000 users):
 * every tenant has a root group and an admin; the extra groups form chains `depth` deep under the
 * first tenants' roots; user 1 of each chain tenant administers the chain's first level. Every
 * user has the same password. Tickets go a fifth to t0 (a big tenant, whose admin's lists are
 * measured) and the rest round-robin; their types and statuses cycle through every v1 and v2
 * pair. Returns where the group-admin check is measured.
 */
export async function seedOperator(
  file: string,
  size: OperatorSize,
): Promise<{ groupAdmin: string; deepestGroupId: number }> {
  // Straight SQL on the SQLite file, for speed at 100,000 users: the operator bench seeds SQLite.
  const { sqlite: connection, close } = openDb(file);
  const sqlite = connection!;
  const hash = await hashPassword(USER_PASSWORD);
  const chainTenants = Math.floor((size.groups - size.tenants) / (size.depth - 1));
  const usersPerTenant = Math.max(2, Math.floor(size.users / size.tenants));
  const insertProject = sqlite.prepare('insert into sim_projects (id, name) values (?, ?)');
  const insertTenant = sqlite.prepare('insert into tenants (name, project_id) values (?, ?)');
  const insertGroup = sqlite.prepare('insert into groups (tenant_id, parent_id, name) values (?, ?, ?)');
  const setPath = sqlite.prepare('update groups set path = ? where id = ?');
  const insertUser = sqlite.prepare(
    'insert into users (tenant_id, name_scope, name, password_hash) values (?, ?, ?, ?)',
  );
  const insertMember = sqlite.prepare('insert into memberships (user_id, group_id, is_admin) values (?, ?, ?)');
  const insertTicket = sqlite.prepare(
    'insert into tickets (type_id, status_id, title, content, tenant_id, creator_id, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 1, ?, ?)',
  );
  const insertEvent = sqlite.prepare(
    'insert into ticket_events (ticket_id, actor_id, role, action, result, extra, from_status_id, to_status_id, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const admins: Array<{ tenantId: number; userId: number }> = [];
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
        const id: number = Number(
          insertGroup.run(tenantId, parent, level === 0 ? `t${t}` : `level-${level}`).lastInsertRowid,
        );
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
        if (u === 0) admins.push({ tenantId, userId });
      }
    }
    const start = Date.now() - size.tickets * 60_000;
    for (let n = 0; n < size.tickets; n++) {
      const { tenantId, userId } = n % 5 === 0 ? admins[0] : admins[n % admins.length];
      const [typeId, statusId] = TICKET_KINDS[n % TICKET_KINDS.length];
      const at = start + n * 60_000;
      const ticketId = Number(
        insertTicket.run(typeId, statusId, `ticket ${n}`, 'seeded by the benchmark', tenantId, userId, at, at)
          .lastInsertRowid,
      );
      insertEvent.run(ticketId, userId, 'TENANT', 'CREATE', null, null, null, typeId === 0 ? 101 : 1, at);
      insertEvent.run(ticketId, 1, 'TELECOM', 'ACCEPT', 1, null, typeId === 0 ? 101 : 1, statusId, at + 1000);
    }
  })();
  await close();
  return { groupAdmin: 'u1#t0', deepestGroupId };
}
