import fs from 'node:fs';
import path from 'node:path';

/** The package's root (where package.json is), whether running from src/ (tests) or dist/src/ (built). */
function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${start}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(__dirname);
export const MIGRATIONS_DIR = path.join(PACKAGE_ROOT, 'drizzle');
export const EXPLORER_DIR = path.join(PACKAGE_ROOT, 'dist', 'explorer');
