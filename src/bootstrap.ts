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
    // Another process starting on the same new database may have made it meanwhile (checked in the transaction).
    if (!(await repo.insertPlatformRoot({ name: 'admin', passwordHash: await hashPassword(password) }))) return;
  } catch (error) {
    // Or made it at the same instant: this insert then rolled back, root group and all, on the taken name.
    if (isUniqueViolation(error) && (await repo.platformRootGroup())) return;
    throw error;
  }
  if (configured) print('Created the platform ADMIN "admin" with the password from CANOPY_ADMIN_PASSWORD.');
  else print(`Created the platform ADMIN "admin". Its generated password, shown only this once: ${password}`);
}
