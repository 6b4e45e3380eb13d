# Installs the OpenStack services into .devcloud/venv (sourced by devcloud.sh).
# Skipped when the venv already holds exactly this requirements + constraints pair.

ensure_system_tools() {
  # The machine image has these; a fresh Debian might not. apt-get only when missing.
  local missing=()
  command -v curl >/dev/null || missing+=(curl)
  command -v mysql >/dev/null || missing+=(mariadb-client)
  command -v gcc >/dev/null || missing+=(gcc)   # uWSGI builds from source...
  python3 -c 'import os, sysconfig; assert os.path.exists(sysconfig.get_paths()["include"] + "/Python.h")' \
    2>/dev/null || missing+=(python3-dev)       # ...against Python's headers
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
}

install_venv() {
  [ -f "$CONSTRAINTS" ] || die "constraints not found: $CONSTRAINTS (shared/ must sit beside the repo)"
  local stamp="$VENV/.devcloud-installed" want
  want=$(cat "$HERE/requirements.txt" "$CONSTRAINTS" "$HERE"/neutron_ext/pyproject.toml \
    "$HERE"/neutron_ext/devcloud_neutron/*.py | sha256sum | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  ensure_system_tools
  log "installing OpenStack 2026.1 into $VENV (a few minutes; log: $LOGS/install.log)"
  local t0=$SECONDS
  mkdir -p "$LOGS"
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  {
    "$VENV/bin/pip" install -U pip setuptools wheel -c "$CONSTRAINTS" &&
    "$VENV/bin/pip" install -r "$HERE/requirements.txt" -c "$CONSTRAINTS" &&
    # Build from a copy so the clone stays clean (setuptools writes egg-info beside it).
    rm -rf "$DC/build" && mkdir -p "$DC/build" && cp -r "$HERE/neutron_ext" "$DC/build/" &&
    "$VENV/bin/pip" install --no-deps --no-build-isolation "$DC/build/neutron_ext"
  } >>"$LOGS/install.log" 2>&1 || die "pip install failed, see $LOGS/install.log"
  echo "$want" >"$stamp"
  log "installed in $((SECONDS - t0)) s"
}
