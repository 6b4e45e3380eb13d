#!/usr/bin/env bash
# The whole jest suite on PostgreSQL (npm run test:pg). Each test makes its own database, named
# with this run's prefix, and drops it when done; whatever a crashed run left behind is dropped here.
# CANOPY_TEST_PG names the server (default: this machine's loopback, as CI has it).
set -uo pipefail
export CANOPY_TEST_PG="${CANOPY_TEST_PG:-postgres://postgres@127.0.0.1:5432/postgres}"
export CANOPY_TEST_PG_PREFIX="canopy_test_$(date +%s)_$$"
if ! psql "$CANOPY_TEST_PG" -Atqc 'select 1' >/dev/null 2>&1; then
  echo "test:pg: PostgreSQL is not reachable at $CANOPY_TEST_PG; start it or set CANOPY_TEST_PG" >&2
  exit 2
fi
drop_leftovers() {
  psql "$CANOPY_TEST_PG" -Atqc "select datname from pg_database where datname like '${CANOPY_TEST_PG_PREFIX}%'" |
    while read -r name; do psql "$CANOPY_TEST_PG" -qc "drop database if exists \"$name\" with (force)"; done
}
trap drop_leftovers EXIT
npx jest "$@"
