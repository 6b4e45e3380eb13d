#!/usr/bin/env bash
# Fuzzes the GraphQL API with schemathesis (from PyPI, in .venv-fuzz/) against a Canopy started
# here on loopback on a database seeded with the demo data (`canopy demo`), once per persona:
# a member (sam#acme), a tenant admin (admin#acme), then the platform ADMIN. scripts/fuzz_hooks.py
# points most cases at objects that exist and records each case's outcome; scripts/fuzz_table.py
# turns that into the per-operation table of docs/SECURITY.md. Fails on any 5xx, on any response
# schemathesis finds non-conforming, on any INTERNAL_SERVER_ERROR (Canopy logs each one as
# "unexpected error"), and on any operation that no persona got data from.
# Then the seed's REST API, from its /openapi.json (schemathesis's OpenAPI mode), on a second Canopy
# over a fresh demo database, as the same three personas: 0 server errors, 0 internal errors.
# FUZZ_EXAMPLES (default 60) bounds the examples per operation and persona: three runs of 60 take
# about 3 minutes on 2 cores, where one ADMIN run of 80 took 1.5. FUZZ_SEED picks the examples and
# the real ids; FUZZ_KEEP=1 keeps the work folder (database, server log, fuzz.jsonl, fuzz-table.md).
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
EXAMPLES="${FUZZ_EXAMPLES:-60}"
# FUZZ_PARTS picks what is fuzzed (both by default): "graphql", "rest", or "graphql rest".
PARTS="${FUZZ_PARTS:-graphql rest}"
VENV=.venv-fuzz
if [ ! -x "$VENV/bin/schemathesis" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "schemathesis==$SCHEMATHESIS_VERSION"
fi

# The tools first (scripts/fuzz_selftest.py): a table that lost a failure would prove nothing.
SELFTEST="$(cd scripts && "../$VENV/bin/python" -m unittest fuzz_selftest 2>&1)" || { echo "$SELFTEST"; echo "fuzz: the fuzzing tools fail their own tests" >&2; exit 1; }

WORK="$(mktemp -d)"
LOG="$WORK/canopy.log"
RECORD="$WORK/fuzz.jsonl"
ADMIN_PASSWORD="fuzz-admin-password-$RANDOM$RANDOM"
# Every demo login's password; the demo refuses one that contains a demo user's name.
DEMO_PASSWORD="fuzz-demo-password-$RANDOM$RANDOM"
export CANOPY_DB="$WORK/canopy.db" CANOPY_ADMIN_PASSWORD="$ADMIN_PASSWORD" CANOPY_SIM_BUILD_DELAY_MS=0
node -r @swc-node/register src/cli/main.ts demo --password "$DEMO_PASSWORD" >"$WORK/demo.out"
head -1 "$WORK/demo.out"
# Thousands of generated logins fail from this one address; past the per-source limit every login
# would be RATE_LIMITED, the hooks' own included (each logout case gets a fresh session).
CANOPY_HOST=127.0.0.1 CANOPY_PORT=0 CANOPY_GRAPHIQL=0 CANOPY_LOGIN_MAX_FAILURES_PER_SOURCE=1000000 \
  node -r @swc-node/register src/main.ts >"$LOG" 2>&1 &
CANOPY_PID=$!
trap 'kill "$CANOPY_PID" 2>/dev/null || true; if [ -n "${FUZZ_KEEP:-}" ]; then echo "fuzz: kept $WORK"; else rm -rf "$WORK"; fi' EXIT

URL=""
for _ in $(seq 1 100); do
  URL="$(grep -o '"url":"http://[^"]*/graphql"' "$LOG" | head -1 | cut -d'"' -f4 || true)"
  [ -n "$URL" ] && break
  sleep 0.2
done
[ -n "$URL" ] || { cat "$LOG"; echo "fuzz: Canopy did not start" >&2; exit 1; }

# schemathesis's not_a_server_error and positive_data_acceptance count every GraphQL errors entry
# as a failure, which is Canopy's contract for refusals: scripts/fuzz_checks.py checks what must
# never happen. The member goes first and the ADMIN last: each may disable, delete or re-quota
# what the personas before it needed, never what those after it need (the hooks keep each
# persona's own user out of reach of its own run).
CASES=0
if [[ " $PARTS " == *" graphql "* ]]; then
for PERSONA in member:sam#acme:"$DEMO_PASSWORD" tenant-admin:admin#acme:"$DEMO_PASSWORD" ADMIN:admin:"$ADMIN_PASSWORD"; do
  IFS=: read -r LABEL LOGIN PASSWORD <<<"$PERSONA"
  echo "fuzz: as $LABEL ($LOGIN)"
  PYTHONPATH=scripts SCHEMATHESIS_HOOKS=fuzz_hooks FUZZ_URL="$URL" FUZZ_RECORD="$RECORD" FUZZ_SEED="${FUZZ_SEED:-20240601}" \
    FUZZ_PERSONA="$LABEL" FUZZ_LOGIN="$LOGIN" FUZZ_PASSWORD="$PASSWORD" FUZZ_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    FUZZ_DEMO_PASSWORD="$DEMO_PASSWORD" FUZZ_PERSONA_LOGINS="sam#acme,admin#acme" \
    "$VENV/bin/schemathesis" run "$URL" \
    --max-examples "$EXAMPLES" \
    --exclude-checks not_a_server_error,positive_data_acceptance \
    --seed "${FUZZ_SEED:-20240601}" \
    --no-color | tee "$WORK/schemathesis-$LABEL.out" | sed -u 's/^/schemathesis| /'
  # The prefix keeps schemathesis's pytest-style banners ("=== 1 warning in 81s ===") from reading as a
  # test runner's closing line: CI reads those, and that one says no test ran.
  PASSED="$(grep -oE '[0-9]+ passed' "$WORK/schemathesis-$LABEL.out" | tail -1 | cut -d' ' -f1)"
  # A run that generated nothing is a broken fuzz setup, never a pass.
  [ "${PASSED:-0}" -gt 0 ] || { echo "fuzz: schemathesis reported no passed case as $LABEL" >&2; exit 1; }
  CASES=$((CASES + PASSED))
done

UNEXPECTED="$(grep -c '"msg":"unexpected error"' "$LOG" || true)"
REQUESTS="$(grep -c '"msg":"graphql request"' "$LOG" || true)"
echo "fuzz: $REQUESTS GraphQL requests served, $UNEXPECTED internal errors"
if [ "$UNEXPECTED" != "0" ]; then
  grep '"msg":"unexpected error"' "$LOG" | head -20
  exit 1
fi
# Every operation answered with data at least once, and no internal error in any case.
"$VENV/bin/python" scripts/fuzz_table.py "$RECORD" --schema schema.graphql | tee "$WORK/fuzz-table.md"
fi

if [[ " $PARTS " == *" rest "* ]]; then
# The seed's REST API (docs/REST.md), fuzzed from its /openapi.json in schemathesis's native OpenAPI
# mode, on a second Canopy over a fresh demo database: the GraphQL runs above changed the first one
# (the ADMIN's password among it), and REST's random ids would delete what they still need. The
# personas go in the same order. Each logs in by POST /auth/login; GET /auth/logout is left out of
# the runs, since it ends the very session the rest of the run uses (the tests cover it).
# positive_data_acceptance and negative_data_rejection are left out: a valid request meets Canopy's
# refusals (another tenant's id, a state that forbids it), and the REST layer reads the seed's
# lenient forms ("1" for 1, yes/no for booleans) that the schema's types do not describe.
REST_DB="$WORK/rest.db"
REST_LOG="$WORK/canopy-rest.log"
CANOPY_DB="$REST_DB" node -r @swc-node/register src/cli/main.ts demo --password "$DEMO_PASSWORD" >"$WORK/demo-rest.out"
CANOPY_DB="$REST_DB" CANOPY_HOST=127.0.0.1 CANOPY_PORT=0 CANOPY_GRAPHIQL=0 CANOPY_LOGIN_MAX_FAILURES_PER_SOURCE=1000000 \
  node -r @swc-node/register src/main.ts >"$REST_LOG" 2>&1 &
REST_PID=$!
trap 'kill "$CANOPY_PID" "$REST_PID" 2>/dev/null || true; if [ -n "${FUZZ_KEEP:-}" ]; then echo "fuzz: kept $WORK"; else rm -rf "$WORK"; fi' EXIT
BASE=""
for _ in $(seq 1 100); do
  BASE="$(grep -o '"url":"http://[^"]*/graphql"' "$REST_LOG" | head -1 | cut -d'"' -f4 | sed 's#/graphql$##' || true)"
  [ -n "$BASE" ] && break
  sleep 0.2
done
[ -n "$BASE" ] || { cat "$REST_LOG"; echo "fuzz: the REST Canopy did not start" >&2; exit 1; }
for PERSONA in member:sam#acme:"$DEMO_PASSWORD" tenant-admin:admin#acme:"$DEMO_PASSWORD" ADMIN:admin:"$ADMIN_PASSWORD"; do
  IFS=: read -r LABEL LOGIN PASSWORD <<<"$PERSONA"
  echo "fuzz: REST as $LABEL ($LOGIN)"
  TOKEN="$(LOGIN="$LOGIN" PASSWORD="$PASSWORD" "$VENV/bin/python" -c '
import json, os, sys, urllib.request
body = json.dumps({"identification": os.environ["LOGIN"], "password": os.environ["PASSWORD"]}).encode()
request = urllib.request.Request(sys.argv[1] + "/auth/login", body, {"content-type": "application/json"})
print(json.load(urllib.request.urlopen(request))["data"]["token"])' "$BASE")"
  "$VENV/bin/schemathesis" run "$BASE/openapi.json" \
    -H "Authorization: Bearer $TOKEN" \
    --exclude-path /auth/logout \
    --max-examples "$EXAMPLES" \
    --checks all --exclude-checks positive_data_acceptance,negative_data_rejection \
    --seed "${FUZZ_SEED:-20240601}" \
    --no-color | tee "$WORK/schemathesis-rest-$LABEL.out" | sed -u 's/^/schemathesis| /'
  PASSED="$(grep -oE '[0-9]+ passed' "$WORK/schemathesis-rest-$LABEL.out" | tail -1 | cut -d' ' -f1)"
  [ "${PASSED:-0}" -gt 0 ] || { echo "fuzz: schemathesis reported no passed REST case as $LABEL" >&2; exit 1; }
  CASES=$((CASES + PASSED))
done
UNEXPECTED="$(grep -c '"msg":"unexpected error"' "$REST_LOG" || true)"
echo "fuzz: REST: $(grep -c '"msg":"graphql request"' "$REST_LOG" || true) GraphQL requests served for it, $UNEXPECTED internal errors"
if [ "$UNEXPECTED" != "0" ]; then
  grep '"msg":"unexpected error"' "$REST_LOG" | head -20
  exit 1
fi
fi

# schemathesis's last line looks like pytest's closing one with no test in it; CI reads closing
# lines, so the cases that ran are said plainly (and added to .ci/run's totals).
echo "fuzz: $CASES passed, 0 failed"
[ -z "${CANOPY_TEST_TOTALS:-}" ] || echo "{\"passed\":$CASES,\"failed\":0,\"skipped\":0}" >>"$CANOPY_TEST_TOTALS"
