import { generatePassword, hashPassword } from '../auth/password';
import { ensurePlatformAdmin } from '../bootstrap';
import { openDatabase } from '../db/client';
import { IdentityRepo } from '../identity/identity.repo';

/**
 * A locked-out operator's way back in: makes `name` an enabled platform ADMIN with a new password,
 * ending its sessions; creates it in the platform root group when missing.
 */
export async function resetAdmin(dbPath: string, name: string, password?: string): Promise<string> {
  const { db, close } = await openDatabase(dbPath);
  try {
    const repo = new IdentityRepo(db);
    const secret = password ?? generatePassword();
    const existed = (await repo.userByScopedName(null, name)) !== undefined;
    await ensurePlatformAdmin(repo, secret, () => undefined);
    const root = await repo.platformRootGroup();
    if (!root) throw new Error('The platform root group is missing');
    const passwordHash = await hashPassword(secret);
    const existing = await repo.userByScopedName(null, name);
    if (existing)
      await repo.updateUser(
        existing.id,
        { passwordHash, enabled: true, staffRole: 'ADMIN' },
        { groupId: root.id, isAdmin: true },
      );
    else
      await repo.insertUser(
        {
          tenantId: null,
          name,
          description: 'Platform administrator',
          enabled: true,
          passwordHash,
          staffRole: 'ADMIN',
        },
        { groupId: root.id, isAdmin: true },
      );
    const verb = existed ? 'Reset' : 'Created';
    return password
      ? `${verb} platform ADMIN "${name}" with the given password.`
      : `${verb} platform ADMIN "${name}". Its new password, shown only this once: ${secret}`;
  } finally {
    await close();
  }
}
