# Skyline's apiserver beside the devcloud, for the servers-page bench (sourced by devcloud.sh):
#   npm run devcloud -- skyline-up | skyline-down | skyline-status
# Its own venv (.devcloud/skyline/venv), its own MariaDB database, a `skyline` system user with
# admin in the service project; served by gunicorn with uvicorn workers on loopback. It needs
# only Keystone answering on $KEYSTONE_URL, so it can sit beside a devcloud another checkout runs.
# See docs/DEVCLOUD.md "Skyline".

SKY="$DC/skyline"
SKY_VENV="$SKY/venv"
SKY_ETC="$SKY/etc"
SKY_LOGS="$SKY/logs"
SKY_RUN="$SKY/run"
SKY_REQUIREMENTS="$HERE/skyline-requirements.txt"
SKYLINE_PASSWORD=devcloud-skyline
SKYLINE_DB=${DB_PREFIX}skyline
# One worker, as Canopy is one process (the bench compares them at equal processes).
SKYLINE_WORKERS=${SKYLINE_WORKERS:-1}
# name -> port: the timed instance, and one whose OpenStack requests go through the bench's
# counting proxy ($SKYLINE_PROXY_PORT; Python's requests honours http_proxy for loopback too).
declare -A SKYLINE_PORTS=([skyline]=28000 [skyline-counted]=28001)
SKYLINE_PROXY_PORT=28002

skyline_install() {
  local stamp="$SKY_VENV/.devcloud-installed" want
  want=$(cat "$SKY_REQUIREMENTS" "$CONSTRAINTS" | sha256sum | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  log "installing skyline-apiserver into $SKY_VENV (log: $SKY_LOGS/install.log)"
  mkdir -p "$SKY_LOGS"
  [ -x "$SKY_VENV/bin/python" ] || python3 -m venv "$SKY_VENV"
  {
    "$SKY_VENV/bin/pip" install -U pip setuptools wheel -c "$CONSTRAINTS" &&
    "$SKY_VENV/bin/pip" install -r "$SKY_REQUIREMENTS" -c "$CONSTRAINTS"
  } >>"$SKY_LOGS/install.log" 2>&1 || die "pip install failed, see $SKY_LOGS/install.log"
  echo "$want" >"$stamp"
}

skyline_config() {
  mkdir -p "$SKY_ETC/policy" "$SKY_LOGS" "$SKY_RUN"
  cat >"$SKY_ETC/skyline.yaml" <<EOF
# Written by scripts/devcloud/skyline.sh on each skyline-up.
default:
  debug: false
  log_dir: $SKY_LOGS
  log_file: skyline.log
  database_url: mysql+pymysql://root@127.0.0.1:3306/$SKYLINE_DB
  # Development-only: everything is on loopback.
  secret_key: devcloud-skyline-secret-key-loopback-only
  access_token_expire: 3600
  access_token_renew: 1800
  session_name: session
  ssl_enabled: false
  policy_file_path: $SKY_ETC/policy
openstack:
  keystone_url: $KEYSTONE_URL/v3/
  default_region: $REGION
  interface_type: public
  system_project_domain: Default
  system_project: service
  system_user_domain: Default
  system_user_name: skyline
  system_user_password: $SKYLINE_PASSWORD
  user_default_domain: Default
EOF
}

skyline_database() {
  mysql_root -e "CREATE DATABASE IF NOT EXISTS \`$SKYLINE_DB\` CHARACTER SET utf8mb4"
  # Skyline's own migrations (its revoked-token and settings tables); idempotent.
  (cd "$SKY_VENV/lib/python3"*/site-packages/skyline_apiserver/db/alembic &&
    OS_CONFIG_DIR="$SKY_ETC" "$SKY_VENV/bin/alembic" -c alembic.ini upgrade head) \
    >>"$SKY_LOGS/dbsync.log" 2>&1 || die "Skyline's migrations failed, see $SKY_LOGS/dbsync.log"
}

skyline_start() { # name [extra env...]
  local name=$1; shift
  RUN="$SKY_RUN" LOGS="$SKY_LOGS" start_bg "$name" env -u no_proxy -u NO_PROXY -u http_proxy -u HTTP_PROXY \
    OS_CONFIG_DIR="$SKY_ETC" "$@" "$SKY_VENV/bin/gunicorn" --workers "$SKYLINE_WORKERS" \
    --worker-class uvicorn.workers.UvicornWorker --bind "$HOST_IP:${SKYLINE_PORTS[$name]}" \
    --timeout 300 skyline_apiserver.main:app
}

cmd_skyline_up() {
  wait_http "$KEYSTONE_URL/v3" 5 || die "Keystone does not answer on $KEYSTONE_URL: start the devcloud first"
  skyline_install
  ensure_mariadb
  skyline_config
  skyline_database
  OS_CLIENT_CONFIG_FILE=/dev/null "$SKY_VENV/bin/python" "$HERE/skyline_user.py" "$KEYSTONE_URL/v3" \
    "$ADMIN_PASSWORD" "$SKYLINE_PASSWORD" >>"$SKY_LOGS/bootstrap.log" 2>&1 ||
    die "creating Skyline's system user failed, see $SKY_LOGS/bootstrap.log"
  skyline_start skyline
  skyline_start skyline-counted http_proxy="http://$HOST_IP:$SKYLINE_PROXY_PORT"
  local name
  for name in skyline skyline-counted; do
    wait_http "http://$HOST_IP:${SKYLINE_PORTS[$name]}/api/v1/config" 60 ||
      die "$name does not answer on port ${SKYLINE_PORTS[$name]}; see $SKY_LOGS/$name.log"
  done
  log "Skyline on http://$HOST_IP:${SKYLINE_PORTS[skyline]} (counted: ${SKYLINE_PORTS[skyline-counted]}), $SKYLINE_WORKERS worker(s)"
}

cmd_skyline_down() {
  RUN="$SKY_RUN" stop_bg skyline skyline-counted
}

cmd_skyline_status() {
  local name rc=0
  for name in skyline skyline-counted; do
    if RUN="$SKY_RUN" pid_alive "$name" && wait_http "http://$HOST_IP:${SKYLINE_PORTS[$name]}/api/v1/config" 1; then
      echo "$name answering on http://$HOST_IP:${SKYLINE_PORTS[$name]}"
    else
      echo "$name stopped"; rc=1
    fi
  done
  return $rc
}
