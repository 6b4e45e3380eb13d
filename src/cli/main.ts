#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { loadConfig } from '../config';
import { resetAdmin } from './admin';
import { backupDatabase, migrateDatabase, restoreDatabase } from './database';
import { copyDatabase } from './db-copy';
import { runDemo } from './demo';

/** `canopy`: the tasks nobody should do by hand. Settings come from the same environment as the server. */
const program = new Command('canopy').description(
  'Canopy administration (reads CANOPY_DB and the other CANOPY_* settings)',
);

program
  .command('migrate')
  .description('create the database if missing (a SQLite file) and apply pending migrations')
  .action(async () => print(await migrateDatabase(loadConfig().dbPath)));

program
  .command('admin-reset')
  .description('create a platform ADMIN, or reset its password, re-enable it and end its sessions')
  .option('--name <name>', 'staff user name', 'admin')
  .option('--password <password>', 'the new password (else one is generated and printed once)')
  .action(async (options: { name: string; password?: string }) =>
    print(await resetAdmin(loadConfig().dbPath, options.name, options.password)),
  );

program
  .command('backup <file>')
  .description('take an online backup of the database (safe while the server runs): SQLite file, or pg_dump -Fc')
  .action(async (file: string) => print(await backupDatabase(loadConfig().dbPath, file)));

program
  .command('restore <file>')
  .description('replace the database with a backup (stop the server first), then migrate it')
  .action(async (file: string) => print(await restoreDatabase(file, loadConfig().dbPath)));

program
  .command('db')
  .description('move a database between backends')
  .command('copy')
  .description(
    'copy the SQLite database of CANOPY_DB, everything in it, into an empty PostgreSQL database (stop the server first)',
  )
  .requiredOption('--to <url>', 'the PostgreSQL database, postgres://user@host:port/name (created beforehand, empty)')
  .action(async (options: { to: string }) => print(await copyDatabase(loadConfig().dbPath, options.to)));

program
  .command('demo')
  .description(
    'fill a new database with a demo operator (tenants, groups, users, networks, servers, volumes, tickets) and print its logins',
  )
  .option('--password <password>', 'the password of every demo login (else one is generated and printed)')
  .action(async (options: { password?: string }) => print(await runDemo(loadConfig(), options.password)));

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`canopy: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
