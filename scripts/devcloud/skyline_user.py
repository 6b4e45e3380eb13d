"""Skyline's system user: `skyline` with admin in the service project, as its install guide asks.

  skyline_user.py AUTH_URL ADMIN_PASSWORD SKYLINE_PASSWORD

Run by skyline.sh with Skyline's venv (openstacksdk comes with its clients), as the devcloud's
admin. Looks before it creates and re-asserts the password, so skyline-up can run it again.
"""

import sys

import openstack


def main(auth_url, admin_password, skyline_password):
    conn = openstack.connect(
        auth_url=auth_url, username="admin", password=admin_password, project_name="admin",
        user_domain_name="Default", project_domain_name="Default", region_name="RegionOne",
        identity_api_version="3", load_yaml_config=False, load_envvars=False)
    idn = conn.identity
    domain = idn.find_domain("default", ignore_missing=False)
    service = idn.find_project("service", domain_id=domain.id, ignore_missing=False)
    admin = idn.find_role("admin", ignore_missing=False)
    user = idn.find_user("skyline", domain_id=domain.id)
    if user is None:
        user = idn.create_user(name="skyline", domain_id=domain.id, password=skyline_password,
                               default_project_id=service.id, description="Skyline apiserver")
        print(f"created user skyline {user.id}")
    else:
        idn.update_user(user, password=skyline_password)
    idn.assign_project_role_to_user(service, user, admin)
    print("skyline has admin in project service")


if __name__ == "__main__":
    main(*sys.argv[1:4])
