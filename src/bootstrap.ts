import { generatePassword, hashPassword } from './auth/password';
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
  // Another process starting on the same new database may have made it meanwhile.
  if (!(await repo.insertPlatformRoot({ name: 'admin', passwordHash: await hashPassword(password) }))) return;
  if (configured) print('Created the platform ADMIN "admin" with the password from CANOPY_ADMIN_PASSWORD.');
  else print(`Created the platform ADMIN "admin". Its generated password, shown only this once: ${password}`);
}
