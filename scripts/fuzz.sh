#!/usr/bin/env bash
# Fuzzes the GraphQL API with schemathesis (from PyPI, in .venv-fuzz/) against a Canopy started
# here on loopback, as a logged-in platform ADMIN. Fails on any 5xx, on any response schemathesis
# finds non-conforming, and on any INTERNAL_SERVER_ERROR (Canopy logs each one as "unexpected error").
# FUZZ_EXAMPLES (default 80) bounds the examples per operation.
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
EXAMPLES="${FUZZ_EXAMPLES:-80}"
VENV=.venv-fuzz
if [ ! -x "$VENV/bin/schemathesis" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "schemathesis==$SCHEMATHESIS_VERSION"
fi

WORK="$(mktemp -d)"
LOG="$WORK/canopy.log"
ADMIN_PASSWORD="fuzz-admin-password-$RANDOM$RANDOM"
CANOPY_DB="$WORK/canopy.db" CANOPY_HOST=127.0.0.1 CANOPY_PORT=0 CANOPY_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  CANOPY_SIM_BUILD_DELAY_MS=0 CANOPY_GRAPHIQL=0 node -r @swc-node/register src/main.ts >"$LOG" 2>&1 &
CANOPY_PID=$!
trap 'kill "$CANOPY_PID" 2>/dev/null || true; [ -n "${FUZZ_KEEP:-}" ] || rm -rf "$WORK"' EXIT

URL=""
for _ in $(seq 1 100); do
  URL="$(grep -o '"url":"http://[^"]*/graphql"' "$LOG" | head -1 | cut -d'"' -f4 || true)"
  [ -n "$URL" ] && break
  sleep 0.2
done
[ -n "$URL" ] || { cat "$LOG"; echo "fuzz: Canopy did not start" >&2; exit 1; }

gql() {
  curl -sf "$URL" -H 'content-type: application/json' ${TOKEN:+-H "authorization: Bearer $TOKEN"} -d "$1"
}
TOKEN="$(gql "{\"query\":\"mutation{login(input:{identification:\\\"admin\\\",password:\\\"$ADMIN_PASSWORD\\\"}){token}}\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')"
# Something to find: a tenant with its default network, so fuzzed ids reach real objects.
gql '{"query":"mutation{createTenant(input:{name:\"fuzzed\",createDefaultNetwork:true}){tenant{id}}}"}' >/dev/null

# logout would end the fuzzing session itself; everything else is fair game. schemathesis's
# not_a_server_error and positive_data_acceptance count every GraphQL errors entry as a failure,
# which is Canopy's contract for refusals: scripts/fuzz_checks.py checks what must never happen.
PYTHONPATH=scripts SCHEMATHESIS_HOOKS=fuzz_checks "$VENV/bin/schemathesis" run "$URL" \
  --header "Authorization: Bearer $TOKEN" \
  --max-examples "$EXAMPLES" \
  --exclude-name Mutation.logout \
  --exclude-checks not_a_server_error,positive_data_acceptance \
  --seed "${FUZZ_SEED:-20240601}" \
  --no-color | tee "$WORK/schemathesis.out" | sed -u 's/^/schemathesis| /'
# The prefix keeps schemathesis's pytest-style banners ("=== 1 warning in 81s ===") from reading as a
# test runner's closing line: CI reads those, and that one says no test ran.

UNEXPECTED="$(grep -c '"msg":"unexpected error"' "$LOG" || true)"
REQUESTS="$(grep -c '"msg":"graphql request"' "$LOG" || true)"
echo "fuzz: $REQUESTS GraphQL requests served, $UNEXPECTED internal errors"
if [ "$UNEXPECTED" != "0" ]; then
  grep '"msg":"unexpected error"' "$LOG" | head -20
  exit 1
fi
# schemathesis's last line looks like pytest's closing one with no test in it; CI reads closing
# lines, so the cases that ran are said plainly (and added to .ci/run's totals).
CASES="$(grep -oE '[0-9]+ passed' "$WORK/schemathesis.out" | tail -1 | cut -d' ' -f1)"
# A run that generated nothing is a broken fuzz setup, never a pass.
[ "${CASES:-0}" -gt 0 ] || { echo "fuzz: schemathesis reported no passed case" >&2; exit 1; }
echo "fuzz: $CASES passed, 0 failed"
[ -z "${CANOPY_TEST_TOTALS:-}" ] || echo "{\"passed\":$CASES,\"failed\":0,\"skipped\":0}" >>"$CANOPY_TEST_TOTALS"
