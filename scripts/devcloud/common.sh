# Shared settings and helpers for the devcloud scripts (sourced, not run).
# Everything lives under .devcloud/ in the repository root, which git ignores.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/scripts/devcloud"
DC="$ROOT/.devcloud"
VENV="$DC/venv"
ETC="$DC/etc"
LOGS="$DC/logs"
RUN="$DC/run"
STATE="$DC/state"
# CI runs in a fresh clone with shared/ beside the repository.
CONSTRAINTS="$ROOT/../shared/openstack/upper-constraints-2026.1.txt"

HOST_IP=127.0.0.1
REGION=RegionOne
# Development-only secrets: everything listens on loopback.
ADMIN_PASSWORD=devcloud-admin
SERVICE_PASSWORD=devcloud-service
DB="mysql+pymysql://root@127.0.0.1:3306"
DB_PREFIX=devcloud_
TRANSPORT_URL="rabbit://guest:guest@127.0.0.1:5672/devcloud"
KEYSTONE_URL="http://$HOST_IP:5000"

# name -> port of every HTTP API (uWSGI); the others are plain daemons.
declare -A API_PORTS=([keystone]=5000 [glance]=9292 [placement]=8778 [nova-api]=8774 [neutron]=9696 [cinder-api]=8776)
API_SERVICES=(keystone glance placement nova-api neutron cinder-api)
DAEMONS=(nova-conductor nova-scheduler nova-compute cinder-scheduler cinder-volume)
DATABASES=(keystone glance placement nova_api nova_cell0 nova neutron cinder)

log() { printf '[devcloud %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

mysql_root() { mysql -uroot -h127.0.0.1 -P3306 --protocol=tcp "$@"; }

pid_alive() { # name
  local f="$RUN/$1.pid"
  [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}

# Starts a command in its own session (so `down` can kill the whole process group),
# detached from the caller's terminal, logging to .devcloud/logs/<name>.log.
start_bg() { # name cmd...
  local name=$1; shift
  if pid_alive "$name"; then return 0; fi
  mkdir -p "$RUN" "$LOGS"
  setsid "$@" >>"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN/$name.pid"
}

# Sends SIGTERM to the process groups of the named services, waits up to 15 s for all of
# them together (Nova's services take ~10 s to shut down gracefully), then SIGKILLs the rest.
stop_bg() { # name...
  local name pid pids=() i
  for name in "$@"; do
    pid=$(cat "$RUN/$name.pid" 2>/dev/null) || continue
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping $name"
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
    fi
    rm -f "$RUN/$name.pid"
  done
  for i in $(seq 1 75); do
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && break; pid=; done
    [ -z "${pid:-}" ] && return 0
    sleep 0.2
  done
  for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
}

# Waits until a URL answers with any HTTP status below 500 (401 counts: it is up).
wait_http() { # url timeout_s
  local url=$1 t=${2:-120} i code
  for i in $(seq 1 "$t"); do
    code=$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$url" || true)
    if [ -n "$code" ] && [ "$code" != 000 ] && [ "$code" -lt 500 ]; then return 0; fi
    sleep 1
  done
  return 1
}
