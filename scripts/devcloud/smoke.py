"""End-to-end check of the devcloud with openstacksdk (not part of the product).

Run by `npm run devcloud -- smoke`: as the devcloud admin it creates a project and, inside
it, a network, subnet, router (external gateway + interface), a server taken through every
power action, and a 1 GB volume attached and detached; then deletes all of it.
Exits non-zero at the first step that fails, after cleaning up what it made.
"""

import sys
import time
import uuid

import openstack

T0 = time.time()
cleanup = []  # (description, callable), run in reverse


def step(msg):
    print(f"[smoke {time.time() - T0:6.1f}s] {msg}", flush=True)


def wait_server(conn, server, status, timeout=120):
    # A soft reboot keeps status ACTIVE while task_state is "rebooting", so "done" means
    # the wanted status AND no task in flight (task_state is visible to admins).
    deadline = time.time() + timeout
    while True:
        server = conn.compute.get_server(server)
        if server.status == "ERROR":
            raise RuntimeError(f"server {server.name} went to ERROR: {server.fault}")
        if server.status == status and not server.task_state:
            step(f"server {server.name}: {server.status}")
            return server
        if time.time() > deadline:
            raise TimeoutError(f"server {server.name} is {server.status}/{server.task_state}, "
                               f"not {status}, after {timeout} s")
        time.sleep(0.5)


def wait_volume(conn, volume, status, timeout=120):
    volume = conn.block_storage.wait_for_status(volume, status=status, failures=["error"],
                                                interval=1, wait=timeout)
    step(f"volume {volume.name}: {volume.status}")
    return volume


def run(admin):
    tag = uuid.uuid4().hex[:8]
    project = admin.identity.create_project(name=f"smoke-{tag}", domain_id="default")
    cleanup.append(("project", lambda: admin.identity.delete_project(project)))
    me = admin.identity.find_user("admin", domain_id="default")
    role = admin.identity.find_role("admin")
    admin.identity.assign_project_role_to_user(project, me, role)
    step(f"project {project.name}")
    conn = admin.connect_as_project({"id": project.id, "name": project.name,
                                     "domain_id": project.domain_id})

    net = conn.network.create_network(name=f"smoke-net-{tag}")
    cleanup.append(("network", lambda: conn.network.delete_network(net)))
    subnet = conn.network.create_subnet(network_id=net.id, ip_version=4,
                                        cidr="198.51.100.0/24", name=f"smoke-subnet-{tag}")
    cleanup.append(("subnet", lambda: conn.network.delete_subnet(subnet)))
    step(f"network {net.name} + subnet {subnet.cidr}")

    public = conn.network.find_network("public", ignore_missing=False)
    router = conn.network.create_router(name=f"smoke-router-{tag}",
                                        external_gateway_info={"network_id": public.id})
    cleanup.append(("router", lambda: conn.network.delete_router(router)))
    conn.network.add_interface_to_router(router, subnet_id=subnet.id)
    cleanup.append(("router interface",
                    lambda: conn.network.remove_interface_from_router(router, subnet_id=subnet.id)))
    router = conn.network.get_router(router)
    gw_ips = [ip["ip_address"] for ip in router.external_gateway_info["external_fixed_ips"]]
    step(f"router {router.name}: gateway {gw_ips}, interface on {subnet.cidr}")

    flavor = conn.compute.find_flavor("m1.tiny", ignore_missing=False)
    image = conn.image.find_image("cirros", ignore_missing=False)
    server = conn.compute.create_server(name=f"smoke-vm-{tag}", flavor_id=flavor.id,
                                        image_id=image.id, networks=[{"uuid": net.id}])
    cleanup.append(("server", lambda: (conn.compute.delete_server(server),
                                       conn.compute.wait_for_delete(server, wait=120))))
    server = wait_server(conn, server, "ACTIVE")
    port = next(conn.network.ports(device_id=server.id))
    step(f"port {port.fixed_ips[0]['ip_address']}: binding {port.binding_vif_type}, {port.status}")

    c = conn.compute
    for action, status in [(c.pause_server, "PAUSED"), (c.unpause_server, "ACTIVE"),
                           (c.stop_server, "SHUTOFF"), (c.start_server, "ACTIVE"),
                           (c.suspend_server, "SUSPENDED"), (c.resume_server, "ACTIVE")]:
        action(server)
        server = wait_server(conn, server, status)
    c.reboot_server(server, "SOFT")
    server = wait_server(conn, server, "ACTIVE")

    volume = conn.block_storage.create_volume(name=f"smoke-vol-{tag}", size=1)
    cleanup.append(("volume", lambda: (conn.block_storage.delete_volume(volume),
                                       conn.block_storage.wait_for_delete(volume, wait=120))))
    volume = wait_volume(conn, volume, "available")
    attachment = c.create_volume_attachment(server, volume_id=volume.id)
    volume = wait_volume(conn, volume, "in-use")
    c.delete_volume_attachment(server, volume.id)
    volume = wait_volume(conn, volume, "available")
    step(f"volume attach ({attachment.device}) and detach done")


def main():
    admin = openstack.connect(cloud="devcloud")
    ok = False
    try:
        run(admin)
        ok = True
    except Exception as exc:  # report, clean up, fail
        step(f"FAILED: {type(exc).__name__}: {exc}")
    for what, undo in reversed(cleanup):
        try:
            undo()
            step(f"deleted {what}")
        except Exception as exc:
            ok = False
            step(f"could not delete {what}: {exc}")
    step("smoke passed" if ok else "smoke FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
