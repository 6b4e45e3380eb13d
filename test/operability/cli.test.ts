import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { GetTenant, Viewer } from '../helpers/documents';
import { startTestServer } from '../helpers/server';
import { createTenant, login } from '../helpers/world';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');

/** Runs the `canopy` CLI from source, as `npm run canopy -- …` does. */
async function canopy(dbPath: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['-r', '@swc-node/register', path.join(ROOT, 'src/cli/main.ts'), ...args],
    { cwd: ROOT, env: { ...process.env, CANOPY_DB: dbPath } },
  );
  return stdout;
}

describe('the canopy CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canopy-cli-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('migrate creates and migrates a new database', async () => {
    expect(await canopy(path.join(dir, 'fresh.db'), 'migrate')).toMatch(/migrations applied, schema up to date/);
  });

  it("backs up a running server's database; the backup restored into a new file is served by a restarted server", async () => {
    const live = path.join(dir, 'live.db');
    const first = await startTestServer({ dbFile: live });
    const admin = await login(first, 'admin', first.adminPassword);
    const tenant = await createTenant(admin, first, 'backed-up');
    const backup = path.join(dir, 'backup.db');
    expect(await canopy(live, 'backup', backup)).toMatch(/Backed up/);
    await expect(canopy(live, 'backup', backup)).rejects.toThrow(/exists/);
    await first.close();

    const restored = path.join(dir, 'restored.db');
    expect(await canopy(restored, 'restore', backup)).toMatch(/Restored/);
    const second = await startTestServer({ dbFile: restored });
    try {
      const tenantAdmin = await login(second, 'admin#backed-up');
      expect((await tenantAdmin.ok(GetTenant, { id: tenant.id })).tenant.name).toBe('backed-up');
    } finally {
      await second.close();
    }
  });

  it('restore refuses a file that is not a Canopy database', async () => {
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, 'not a database at all');
    await expect(canopy(path.join(dir, 'target.db'), 'restore', junk)).rejects.toThrow();
  });

  it('admin-reset gives a locked-out operator a new password and ends the old sessions', async () => {
    const db = path.join(dir, 'reset.db');
    const server = await startTestServer({ dbFile: db });
    try {
      const before = await login(server, 'admin', server.adminPassword);
      const output = await canopy(db, 'admin-reset');
      const password = /shown only this once: (\S+)/.exec(output)?.[1];
      expect(password).toHaveLength(24);
      expect((await before.ok(Viewer)).viewer).toBeNull();
      expect((await (await login(server, 'admin', password)).ok(Viewer)).viewer?.staffRole).toBe('ADMIN');
      expect(await canopy(db, 'admin-reset', '--name', 'rescue', '--password', 'rescue-password-1')).toMatch(
        /Created platform ADMIN "rescue"/,
      );
      expect((await (await login(server, 'rescue', 'rescue-password-1')).ok(Viewer)).viewer?.staffRole).toBe('ADMIN');
    } finally {
      await server.close();
    }
  });
});
