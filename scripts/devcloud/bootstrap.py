"""Idempotent bootstrap of the devcloud, run with the venv's Python by devcloud.sh.

  bootstrap.py identity   service project, roles, service users, catalog (Keystone only)
  bootstrap.py compute T  waits for nova-compute, maps it, waits for its placement provider
  bootstrap.py resources  external network `public`, flavors, the `cirros` image

Authenticates as the admin of clouds.yaml (OS_CLIENT_CONFIG_FILE, cloud `devcloud`).
Every step looks before it creates, so `up` can run it any number of times.
"""

import datetime
import os
import subprocess
import sys
import time

import openstack

HOST = "127.0.0.1"
REGION = "RegionOne"
SERVICE_PASSWORD = os.environ["DEVCLOUD_SERVICE_PASSWORD"]

# type -> (service name, port, path); every interface gets the same loopback URL.
CATALOG = {
    "image": ("glance", 9292, ""),
    "placement": ("placement", 8778, ""),
    "compute": ("nova", 8774, "/v2.1"),
    "network": ("neutron", 9696, ""),
    # Project-less Cinder URL: supported since microversion 3.67.
    "volumev3": ("cinderv3", 8776, "/v3"),
}
SERVICE_USERS = ["glance", "placement", "nova", "neutron", "cinder"]

# name -> (id, vcpus, ram MB, disk GB), as devstack defines them.
FLAVORS = {
    "m1.tiny": ("1", 1, 512, 1),
    "m1.small": ("2", 1, 2048, 20),
    "m1.medium": ("3", 2, 4096, 40),
    "m1.large": ("4", 4, 8192, 80),
    "m1.xlarge": ("5", 8, 16384, 160),
}

# Documentation range (RFC 5737): addresses are only database rows here.
PUBLIC_CIDR = "203.0.113.0/24"


def log(msg):
    print(f"[bootstrap] {msg}", file=sys.stderr, flush=True)


def identity(conn):
    idn = conn.identity
    domain = idn.find_domain("default", ignore_missing=False)
    service_project = idn.find_project("service", domain_id=domain.id) or idn.create_project(
        name="service", domain_id=domain.id, description="OpenStack service users")
    roles = {}
    for name in ["admin", "member", "reader", "service"]:
        roles[name] = idn.find_role(name) or idn.create_role(name=name)
    for name in SERVICE_USERS:
        user = idn.find_user(name, domain_id=domain.id)
        if user is None:
            user = idn.create_user(name=name, password=SERVICE_PASSWORD, domain_id=domain.id)
        else:  # keep the password in step with this checkout
            idn.update_user(user, password=SERVICE_PASSWORD)
        # `service` lets Cinder trust Nova's X-Service-Token; `admin` is what services
        # need for their cross-project calls (ports for any project, etc.).
        for role in ("admin", "service"):
            conn.identity.assign_project_role_to_user(service_project, user, roles[role])
    for stype, (sname, port, path) in CATALOG.items():
        svc = next(iter(idn.services(type=stype)), None) or idn.create_service(
            name=sname, type=stype, enabled=True)
        url = f"http://{HOST}:{port}{path}"
        existing = {e.interface: e for e in idn.endpoints(service_id=svc.id)}
        for interface in ("public", "internal", "admin"):
            ep = existing.get(interface)
            if ep is None:
                idn.create_endpoint(service_id=svc.id, interface=interface, url=url,
                                    region_id=REGION)
            elif ep.url != url:
                idn.update_endpoint(ep, url=url)
    log("identity: service users, roles and catalog in place")


def compute(conn, started_at, nova_manage):
    # nova-compute registers its service row, then its node; then the host must be
    # mapped into cell1 before the scheduler will consider it. A row left "up" by the
    # previous run does not count: its heartbeat must postdate this start.
    started = datetime.datetime.fromtimestamp(float(started_at), datetime.timezone.utc)
    deadline = time.time() + 300
    while time.time() < deadline:
        svcs = [s for s in conn.compute.services(binary="nova-compute")
                if s.state == "up" and s.status == "enabled" and s.updated_at
                and datetime.datetime.fromisoformat(s.updated_at).replace(
                    tzinfo=datetime.timezone.utc) > started]
        if svcs:
            break
        time.sleep(2)
    else:
        raise SystemExit("nova-compute did not report up within 300 s")
    while time.time() < deadline:
        subprocess.run(nova_manage + ["cell_v2", "discover_hosts"], check=True,
                       stdout=subprocess.DEVNULL)
        hv = list(conn.compute.hypervisors())
        rps = list(conn.placement.resource_providers())
        if hv and rps:
            log(f"compute: host mapped, {len(hv)} hypervisor(s), {len(rps)} resource provider(s)")
            return
        time.sleep(2)
    raise SystemExit("the fake compute node did not appear in Nova/Placement within 300 s")


def resources(conn):
    net = conn.network.find_network("public")
    if net is None:
        net = conn.network.create_network(
            name="public", is_router_external=True, is_shared=False,
            provider_network_type="flat", provider_physical_network="public")
    if not list(conn.network.subnets(network_id=net.id)):
        conn.network.create_subnet(
            name="public-subnet", network_id=net.id, ip_version=4, cidr=PUBLIC_CIDR,
            gateway_ip="203.0.113.1", is_dhcp_enabled=False,
            allocation_pools=[{"start": "203.0.113.10", "end": "203.0.113.250"}])
    for name, (fid, vcpus, ram, disk) in FLAVORS.items():
        if conn.compute.find_flavor(name) is None:
            conn.compute.create_flavor(name=name, id=fid, vcpus=vcpus, ram=ram, disk=disk,
                                       is_public=True)
    image = conn.image.find_image("cirros")
    if image is not None and image.status != "active":
        conn.image.delete_image(image)  # a half-made upload from an interrupted run
        image = None
    if image is None:
        # No download is possible here; Nova's fake driver never reads the bytes.
        # Zero-padded so Glance's format inspector recognises plain raw data.
        data = b"canopy devcloud stand-in for cirros\n".ljust(16 * 1024, b"\0")
        conn.image.create_image(name="cirros", data=data, disk_format="raw",
                                container_format="bare", visibility="public")
    log("resources: network public, flavors m1.tiny..m1.xlarge, image cirros in place")


def main():
    phase = sys.argv[1]
    conn = openstack.connect(cloud="devcloud")
    if phase == "identity":
        identity(conn)
    elif phase == "compute":
        compute(conn, sys.argv[2], sys.argv[3:])
    elif phase == "resources":
        resources(conn)
    else:
        raise SystemExit(f"unknown phase {phase}")


if __name__ == "__main__":
    main()
