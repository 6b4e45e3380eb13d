import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh directory for one scenario's SQLite file; removed by the returned function. */
export function tempDb(name: string): { file: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `canopy-bench-${name}-`));
  return { file: path.join(dir, 'canopy.db'), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export const ADMIN_PASSWORD = 'bench-admin-password';
export const USER_PASSWORD = 'bench-user-password';
