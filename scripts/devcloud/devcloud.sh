#!/usr/bin/env bash
# A local OpenStack 2026.1 for Canopy's tests:
#   npm run devcloud -- up|down|status|smoke|reset|stop NAME|start NAME|restart NAME
#   npm run devcloud -- skyline-up|skyline-down|skyline-status   (Skyline's apiserver, skyline.sh)
# See docs/DEVCLOUD.md for what runs, how, and why.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$HERE/install.sh"
source "$HERE/infra.sh"
source "$HERE/config.sh"
source "$HERE/services.sh"
source "$HERE/skyline.sh"

CLOUDS_YAML="$DC/clouds.yaml"

write_clouds_yaml() {
  cat >"$CLOUDS_YAML" <<EOF
# Written by scripts/devcloud/devcloud.sh: the devcloud's admin, on loopback.
clouds:
  devcloud:
    auth:
      auth_url: $KEYSTONE_URL/v3
      username: admin
      password: $ADMIN_PASSWORD
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: $REGION
    interface: public
    identity_api_version: 3
EOF
}

py() { OS_CLIENT_CONFIG_FILE="$CLOUDS_YAML" DEVCLOUD_SERVICE_PASSWORD="$SERVICE_PASSWORD" \
  "$VENV/bin/python" "$@"; }

wait_api() { # name
  wait_http "$(api_url "$1")" 180 || die "$1 does not answer on $(api_url "$1"); see $LOGS/$1.log"
}

cmd_up() {
  local t0=$SECONDS
  install_venv
  ensure_mariadb
  ensure_rabbitmq
  mkdir -p "$STATE" "$LOGS" "$RUN"
  check_ports_free
  if [ -f "$STATE/bootstrapped" ] && ! owns_backing_stores; then
    log "the databases belong to another checkout's devcloud now: starting a new cloud here"
    rm -f "$STATE/bootstrapped"
  fi
  if [ ! -f "$STATE/bootstrapped" ]; then
    stop_all
    # Keystone keys and Nova's node identity belong to the databases being dropped.
    rm -rf "$STATE" && mkdir -p "$STATE"
    reset_backing_stores
  fi
  ensure_backing_stores
  write_configs
  sync_databases
  local t1=$SECONDS

  start_service keystone
  wait_api keystone
  # Creates admin, the RegionOne region and the identity endpoints; re-running it only
  # re-asserts them (and the admin password).
  "$VENV/bin/keystone-manage" --config-file "$ETC/keystone/keystone.conf" bootstrap \
    --bootstrap-password "$ADMIN_PASSWORD" --bootstrap-region-id "$REGION" \
    --bootstrap-admin-url "$KEYSTONE_URL/v3" --bootstrap-internal-url "$KEYSTONE_URL/v3" \
    --bootstrap-public-url "$KEYSTONE_URL/v3" >>"$LOGS/bootstrap.log" 2>&1 ||
    die "keystone-manage bootstrap failed, see $LOGS/bootstrap.log"
  write_clouds_yaml
  py "$HERE/bootstrap.py" identity

  local s started_at
  started_at=$(date +%s)
  for s in placement glance neutron nova-api cinder-api "${DAEMONS[@]}"; do start_service "$s"; done
  for s in placement glance neutron nova-api cinder-api; do wait_api "$s"; done
  py "$HERE/bootstrap.py" compute "$started_at" "$VENV/bin/nova-manage" --config-file "$ETC/nova/nova.conf"
  py "$HERE/bootstrap.py" resources
  touch "$STATE/bootstrapped"
  status_all || die "some service is not up; see $LOGS/"
  log "up in $((SECONDS - t0)) s (services started and bootstrapped in $((SECONDS - t1)) s)"
  echo "OS_CLIENT_CONFIG_FILE=$CLOUDS_YAML OS_CLOUD=devcloud"
}

cmd_smoke() {
  [ -f "$STATE/bootstrapped" ] || die "run 'npm run devcloud -- up' first"
  py "$HERE/smoke.py"
}

# For failure tests (a service down, Keystone restarted): one service at a time.
cmd_service() { # stop|start|restart name
  local action=$1 name=${2:-}
  [[ " $(all_services) " == *" $name "* ]] || die "unknown service '$name'; one of: $(all_services)"
  [ -f "$STATE/bootstrapped" ] || die "run 'npm run devcloud -- up' first"
  if [ "$action" != start ]; then stop_bg "$name"; fi
  if [ "$action" != stop ]; then
    start_service "$name"
    if [ -n "${API_PORTS[$name]:-}" ]; then wait_api "$name"; fi
    log "$name started"
  fi
}

cmd_reset() { # forget the cloud: the next `up` starts from empty databases
  stop_all
  rm -rf "$STATE" "$ETC" "$RUN" "$CLOUDS_YAML"
  log "state removed; the venv is kept"
}

case "${1:-}" in
  up) cmd_up ;;
  down) stop_all ;;
  status) status_all ;;
  smoke) cmd_smoke ;;
  reset) cmd_reset ;;
  stop | start | restart) cmd_service "$1" "${2:-}" ;;
  skyline-up) cmd_skyline_up ;;
  skyline-down) cmd_skyline_down ;;
  skyline-status) cmd_skyline_status ;;
  *) echo "usage: npm run devcloud -- up|down|status|smoke|reset|stop NAME|start NAME|restart NAME|skyline-up|skyline-down|skyline-status" >&2
     exit 2 ;;
esac
