// PostgreSQL's tables for drizzle-kit (drizzle.pg.config.ts): every table of src/cli/tables.ts (the
// one list, each domain's sqlite-core tables) in PostgreSQL's types, derived by
// src/db/dialect-tables.ts, so they are declared once. drizzle-kit reads the module's exports, one
// per table: `export =` makes the derived object itself the exports, so no name is listed twice.
import { pgTables } from '../src/db/dialect-tables';
import { CANOPY_TABLES } from '../src/cli/tables';

export = pgTables(CANOPY_TABLES);
