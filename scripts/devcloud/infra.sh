# MariaDB, RabbitMQ and the services' schemas (sourced by devcloud.sh).

ensure_mariadb() {
  mysql_root -e 'SELECT 1' >/dev/null 2>&1 && return 0
  log "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  local i
  for i in $(seq 1 60); do mysql_root -e 'SELECT 1' >/dev/null 2>&1 && return 0; sleep 1; done
  die "MariaDB did not start on 127.0.0.1:3306"
}

ensure_rabbitmq() {
  rabbitmqctl -q await_startup --timeout 5 >/dev/null 2>&1 && return 0
  log "starting RabbitMQ"
  rabbitmq-server -detached >/dev/null 2>&1 || true
  rabbitmqctl -q await_startup --timeout 120 >/dev/null 2>&1 || die "RabbitMQ did not start"
}

# A new .devcloud/ (fresh clone, or after `reset`) means a new cloud: the databases and
# vhost left by an earlier clone on this machine would not match its keys and node id.
reset_backing_stores() {
  log "resetting databases ${DB_PREFIX}* and vhost devcloud"
  local d id
  for d in "${DATABASES[@]}" meta; do mysql_root -e "DROP DATABASE IF EXISTS \`${DB_PREFIX}$d\`"; done
  rabbitmqctl -q delete_vhost devcloud >/dev/null 2>&1 || true
  # Stamp the databases with this checkout's cloud id (see owns_backing_stores).
  id=$(cat /proc/sys/kernel/random/uuid)
  mysql_root -e "CREATE DATABASE \`${DB_PREFIX}meta\`;
    CREATE TABLE \`${DB_PREFIX}meta\`.owner (cloud_id CHAR(36), path VARCHAR(1024));
    INSERT INTO \`${DB_PREFIX}meta\`.owner VALUES ('$id', '$ROOT')"
  echo "$id" >"$STATE/cloud-id"
}

# The databases are shared by every checkout on the machine (same names). If another
# checkout has reset them since this one bootstrapped, this checkout's state is stale.
owns_backing_stores() {
  local theirs
  theirs=$(mysql_root -N -e "SELECT cloud_id FROM \`${DB_PREFIX}meta\`.owner" 2>/dev/null) || return 1
  [ -n "$theirs" ] && [ "$theirs" = "$(cat "$STATE/cloud-id" 2>/dev/null)" ]
}

ensure_backing_stores() {
  local d
  for d in "${DATABASES[@]}"; do
    mysql_root -e "CREATE DATABASE IF NOT EXISTS \`${DB_PREFIX}$d\` CHARACTER SET utf8mb4"
  done
  rabbitmqctl -q list_vhosts 2>/dev/null | grep -qx devcloud || rabbitmqctl -q add_vhost devcloud >/dev/null
  rabbitmqctl -q set_permissions -p devcloud guest '.*' '.*' '.*' >/dev/null
}

# Schema migrations: run once per install stamp (they are idempotent but take ~1 min).
logged() { "$@" >>"$LOGS/dbsync.log" 2>&1 || die "failed: ${*##*/} (see $LOGS/dbsync.log)"; }

sync_databases() {
  local stamp="$STATE/db-synced" want
  want=$(cat "$VENV/.devcloud-installed")
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  log "syncing database schemas (log: $LOGS/dbsync.log)"
  local b="$VENV/bin" t0=$SECONDS
  logged "$b/keystone-manage" --config-file "$ETC/keystone/keystone.conf" db_sync
  logged "$b/keystone-manage" --config-file "$ETC/keystone/keystone.conf" fernet_setup \
    --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
  logged "$b/keystone-manage" --config-file "$ETC/keystone/keystone.conf" credential_setup \
    --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
  logged "$b/glance-manage" --config-file "$ETC/glance/glance-api.conf" db_sync
  logged "$b/placement-manage" --config-file "$ETC/placement/placement.conf" db sync
  local nova=("$b/nova-manage" --config-file "$ETC/nova/nova.conf")
  logged "${nova[@]}" api_db sync
  logged "${nova[@]}" cell_v2 map_cell0 --database_connection "$DB/${DB_PREFIX}nova_cell0?charset=utf8"
  "${nova[@]}" cell_v2 list_cells 2>/dev/null | grep -q ' cell1 ' ||
    logged "${nova[@]}" cell_v2 create_cell --name cell1
  logged "${nova[@]}" db sync
  logged "$b/neutron-db-manage" --config-file "$ETC/neutron/neutron.conf" upgrade heads
  logged "$b/cinder-manage" --config-file "$ETC/cinder/cinder.conf" db sync
  echo "$want" >"$stamp"
  log "schemas synced in $((SECONDS - t0)) s"
}
