import { generatePassword, hashPassword } from './auth/password';
import { isUniqueViolation } from './db/constraints';
import { IdentityRepo } from './identity/identity.repo';

/**
 * On a new database: the platform's root group and its first ADMIN `admin`, with the password
 * from CANOPY_ADMIN_PASSWORD, else a generated one that is printed this once.
 */
export async function ensurePlatformAdmin(
  repo: IdentityRepo,
  configured: string | undefined,
  print: (line: string) => void,
): Promise<void> {
  if (await repo.platformRootGroup()) return;
  const password = configured ?? generatePassword();
  try {
    await repo.insertPlatformRoot({ name: 'admin', passwordHash: await hashPassword(password) });
  } catch (error) {
    // Replicas starting together on a new database: one made the ADMIN first, and this one's
    // insert (root group and all) rolled back on the taken name. Nothing to print then.
    if (isUniqueViolation(error) && (await repo.platformRootGroup())) return;
    throw error;
  }
  if (configured) print('Created the platform ADMIN "admin" with the password from CANOPY_ADMIN_PASSWORD.');
  else print(`Created the platform ADMIN "admin". Its generated password, shown only this once: ${password}`);
}
