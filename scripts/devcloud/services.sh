# Starting, stopping and checking the OpenStack processes (sourced by devcloud.sh).

# One uWSGI master + one worker per API, bound to loopback. uWSGI because several apps
# read sys.argv for --config-file (set with --pyargv) and Nova/Neutron patch threading,
# which a pure-Python server in the same process would not survive. "Connection: close"
# because uWSGI's http-socket drops idle keep-alive connections, which clients then see
# as "Connection reset by peer" on their next request.
start_api() { # name module [extra uwsgi args...]
  local name=$1 module=$2; shift 2
  start_bg "$name" "$VENV/bin/uwsgi" \
    --master --die-on-term --need-app --lazy-apps --enable-threads --thunder-lock \
    --processes 1 --threads 4 --buffer-size 65535 --worker-reload-mercy 30 \
    --http-socket "$HOST_IP:${API_PORTS[$name]}" --virtualenv "$VENV" \
    --add-header "Connection: close" --procname-prefix "devcloud-" --module "$module" "$@"
}

start_service() { # name
  local b="$VENV/bin"
  case $1 in
    keystone) start_api keystone keystone.wsgi.api:application \
        --env "OS_KEYSTONE_CONFIG_FILES=$ETC/keystone/keystone.conf" ;;
    glance) # Image uploads arrive chunked; uWSGI must pass the raw body through.
      start_api glance glance.wsgi.api:application --env "OS_GLANCE_CONFIG_DIR=$ETC/glance" \
        --http-chunked-input --http-auto-chunked --http-raw-body --chunked-input-limit 4096000 ;;
    placement) start_api placement placement.wsgi.api:application \
        --env "OS_PLACEMENT_CONFIG_DIR=$ETC/placement" ;;
    nova-api) start_api nova-api nova.wsgi.osapi_compute:application \
        --env "OS_NOVA_CONFIG_DIR=$ETC/nova" ;;
    neutron) start_api neutron neutron.wsgi.api:application \
        --env "OS_NEUTRON_CONFIG_DIR=$ETC/neutron" --env "OS_NEUTRON_CONFIG_FILES=neutron.conf" ;;
    cinder-api) start_api cinder-api cinder.wsgi.api:application \
        --pyargv "--config-file $ETC/cinder/cinder.conf" ;;
    nova-compute) start_bg "$1" "$b/$1" --config-file "$ETC/nova/nova-cpu.conf" ;;
    nova-*) start_bg "$1" "$b/$1" --config-file "$ETC/nova/nova.conf" ;;
    cinder-*) start_bg "$1" "$b/$1" --config-file "$ETC/cinder/cinder.conf" ;;
    *) die "unknown service $1" ;;
  esac
}

api_url() { echo "http://$HOST_IP:${API_PORTS[$1]}/"; }

all_services() { echo "${API_SERVICES[@]}" "${DAEMONS[@]}"; }

stop_all() {
  # shellcheck disable=SC2046
  stop_bg $(all_services)
}

# A port answering without our pid file means another checkout's devcloud (or something
# else) holds it; starting ours would fail to bind while the waits saw the other one up.
check_ports_free() {
  local s
  for s in "${API_SERVICES[@]}"; do
    pid_alive "$s" && continue
    if curl -s -o /dev/null -m 2 "$(api_url "$s")"; then
      die "port ${API_PORTS[$s]} ($s) is taken by a process this checkout did not start; stop it first (another checkout's 'npm run devcloud -- down')"
    fi
  done
}

# Resident memory of a service: its process group (uWSGI master + worker).
service_rss_kb() { # name
  local pid
  pid=$(cat "$RUN/$1.pid" 2>/dev/null) || { echo 0; return; }
  ps -o rss= -g "$pid" 2>/dev/null | awk '{s+=$1} END {print s+0}'
}

status_all() {
  local s state rc=0 total=0 rss
  for s in $(all_services); do
    if pid_alive "$s"; then
      state=running
      if [ -n "${API_PORTS[$s]:-}" ]; then
        if wait_http "$(api_url "$s")" 1; then state="answering on $(api_url "$s")"
        else state="running, NOT answering on $(api_url "$s")"; rc=1; fi
      fi
      rss=$(service_rss_kb "$s"); total=$((total + rss))
      printf '%-17s %-45s %6d MB\n' "$s" "$state" $((rss / 1024))
    else
      printf '%-17s %s\n' "$s" stopped; rc=1
    fi
  done
  printf '%-17s %-45s %6d MB\n' total "" $((total / 1024))
  return $rc
}
