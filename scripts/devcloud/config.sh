# Writes every service's configuration under .devcloud/etc (sourced by devcloud.sh).
# Regenerated on each `up`, so an edit here takes effect on the next start.

# keystonemiddleware section: validates incoming tokens as service user $1.
# Cinder requires the `service` role on the X-Service-Token that Nova sends when it
# detaches a volume (OSSA-2023-003); other services accept the default.
authtoken() { # user
  cat <<EOF
[keystone_authtoken]
www_authenticate_uri = $KEYSTONE_URL
auth_url = $KEYSTONE_URL
auth_type = password
username = $1
password = $SERVICE_PASSWORD
user_domain_name = Default
project_name = service
project_domain_name = Default
region_name = $REGION
service_token_roles = service
service_token_roles_required = true

EOF
}

# keystoneauth section for outgoing calls made as service user $2 in section $1.
service_auth() { # section user
  cat <<EOF
[$1]
auth_type = password
auth_url = $KEYSTONE_URL
username = $2
password = $SERVICE_PASSWORD
user_domain_name = Default
project_name = service
project_domain_name = Default
region_name = $REGION

EOF
}

write_keystone_conf() {
  mkdir -p "$ETC/keystone" "$STATE/keystone"
  cat >"$ETC/keystone/keystone.conf" <<EOF
[database]
connection = $DB/${DB_PREFIX}keystone?charset=utf8

[token]
provider = fernet

[fernet_tokens]
key_repository = $STATE/keystone/fernet-keys

[fernet_receipts]
key_repository = $STATE/keystone/fernet-keys

[credential]
key_repository = $STATE/keystone/credential-keys
EOF
}

write_glance_conf() {
  mkdir -p "$ETC/glance" "$STATE/glance"/{images,staging,tasks,lock}
  cp "$VENV/etc/glance/glance-api-paste.ini" "$ETC/glance/"
  {
    cat <<EOF
[DEFAULT]
bind_host = $HOST_IP
enabled_backends = file:file
workers = 1

[glance_store]
default_backend = file

[file]
filesystem_store_datadir = $STATE/glance/images/

# Reserved stores Glance insists on when enabled_backends is set.
[os_glance_staging_store]
filesystem_store_datadir = $STATE/glance/staging/

[os_glance_tasks_store]
filesystem_store_datadir = $STATE/glance/tasks/

[database]
connection = $DB/${DB_PREFIX}glance?charset=utf8

[paste_deploy]
flavor = keystone
config_file = $ETC/glance/glance-api-paste.ini

[oslo_concurrency]
lock_path = $STATE/glance/lock

EOF
    authtoken glance
  } >"$ETC/glance/glance-api.conf"
}

write_placement_conf() {
  mkdir -p "$ETC/placement"
  {
    cat <<EOF
[api]
auth_strategy = keystone

[placement_database]
connection = $DB/${DB_PREFIX}placement?charset=utf8

EOF
    authtoken placement
  } >"$ETC/placement/placement.conf"
}

write_nova_conf() {
  mkdir -p "$ETC/nova" "$STATE/nova"/{instances,lock}
  cp "$VENV/etc/nova/api-paste.ini" "$ETC/nova/"
  {
    cat <<EOF
[DEFAULT]
# The fake host is named "devcloud"; the driver names its single node after it.
host = devcloud
my_ip = $HOST_IP
state_path = $STATE/nova
instances_path = $STATE/nova/instances
# Not plain FakeDriver: it never writes the node identity file (state_path/compute_id),
# so nova-compute refuses to start a second time ("No local node identity found").
compute_driver = fake.FakeDriverWithoutFakeNodes
transport_url = $TRANSPORT_URL
allow_resize_to_same_host = true
# Nova waits up to 180 s on SIGTERM by default; "down" should take seconds.
graceful_shutdown_timeout = 5
manager_shutdown_timeout = 2

[wsgi]
api_paste_config = $ETC/nova/api-paste.ini

[api]
auth_strategy = keystone

[conductor]
workers = 1

[scheduler]
workers = 1
# Maps a (re)registered fake compute host without a manual discover_hosts.
discover_hosts_in_cells_interval = 10

# Remote consoles: Nova hands out URLs on these bases with a token it stores; the fake
# driver answers for the console itself. No proxy runs here, so the URLs are only checked,
# never opened (docs/DEVCLOUD.md).
[vnc]
enabled = true
novncproxy_base_url = http://127.0.0.1:6080/vnc_auto.html
server_listen = 127.0.0.1
server_proxyclient_address = 127.0.0.1

[serial_console]
enabled = true
base_url = ws://127.0.0.1:6083/
proxyclient_address = 127.0.0.1

# Nova's default, written out: Canopy's CANOPY_CONSOLE_TTL_SECONDS (600) must match it.
[consoleauth]
token_ttl = 600

[oslo_concurrency]
lock_path = $STATE/nova/lock

[cinder]
os_region_name = $REGION
auth_type = password
auth_url = $KEYSTONE_URL
username = nova
password = $SERVICE_PASSWORD
user_domain_name = Default
project_name = service
project_domain_name = Default

# Send Nova's own token beside the user's: Cinder refuses a detach without it.
[service_user]
send_service_user_token = true
auth_type = password
auth_url = $KEYSTONE_URL
username = nova
password = $SERVICE_PASSWORD
user_domain_name = Default
project_name = service
project_domain_name = Default

EOF
    authtoken nova
    service_auth placement nova
    service_auth neutron nova
    service_auth glance nova
  } >"$ETC/nova/nova-cpu.conf"
  # nova-compute reaches the database only through the conductor; given a database
  # section it logs "No DB access allowed" errors, so it gets nova-cpu.conf without one.
  {
    cat "$ETC/nova/nova-cpu.conf"
    cat <<EOF
[api_database]
connection = $DB/${DB_PREFIX}nova_api?charset=utf8

[database]
connection = $DB/${DB_PREFIX}nova?charset=utf8
EOF
  } >"$ETC/nova/nova.conf"
}

write_neutron_conf() {
  mkdir -p "$ETC/neutron" "$STATE/neutron/lock"
  cp "$VENV/etc/neutron/api-paste.ini" "$ETC/neutron/"
  {
    cat <<EOF
[DEFAULT]
bind_host = $HOST_IP
api_paste_config = $ETC/neutron/api-paste.ini
state_path = $STATE/neutron
core_plugin = ml2
# Routers are API objects only: there is no L3 agent.
service_plugins = router
auth_strategy = keystone
allow_overlapping_ips = true
transport_url = $TRANSPORT_URL
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
# No DHCP agent exists to notify.
dhcp_agent_notification = false

[ml2]
type_drivers = flat,vxlan
tenant_network_types = vxlan
# Our driver (scripts/devcloud/neutron_ext) binds ports in place of an agent.
mechanism_drivers = devcloud
extension_drivers = port_security

[ml2_type_flat]
flat_networks = public

[ml2_type_vxlan]
vni_ranges = 1:10000

[database]
connection = $DB/${DB_PREFIX}neutron?charset=utf8

[oslo_concurrency]
lock_path = $STATE/neutron/lock

EOF
    authtoken neutron
    service_auth nova neutron
  } >"$ETC/neutron/neutron.conf"
}

write_cinder_conf() {
  mkdir -p "$ETC/cinder" "$STATE/cinder/lock"
  cp "$VENV/etc/cinder/api-paste.ini" "$ETC/cinder/"
  {
    cat <<EOF
[DEFAULT]
host = devcloud
my_ip = $HOST_IP
state_path = $STATE/cinder
api_paste_config = $ETC/cinder/api-paste.ini
auth_strategy = keystone
transport_url = $TRANSPORT_URL
enabled_backends = fake
osapi_volume_workers = 1
graceful_shutdown_timeout = 5

# Stores nothing: logs the calls and answers an iSCSI-shaped connection that
# Nova's fake driver accepts. Cinder's FakeLoggingVolumeDriver with an extend that
# works (neutron_ext/devcloud_neutron/cinder_volume.py; issue 14, extendVolume).
[fake]
volume_driver = devcloud_neutron.cinder_volume.DevcloudVolumeDriver
volume_backend_name = fake

[database]
connection = $DB/${DB_PREFIX}cinder?charset=utf8

[oslo_concurrency]
lock_path = $STATE/cinder/lock

EOF
    authtoken cinder
    service_auth nova cinder
  } >"$ETC/cinder/cinder.conf"
}

write_configs() {
  write_keystone_conf
  write_glance_conf
  write_placement_conf
  write_nova_conf
  write_neutron_conf
  write_cinder_conf
}
