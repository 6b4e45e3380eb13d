"""schemathesis hooks of scripts/fuzz.sh: one persona per run, real ids, and an account of every case.

fuzz.sh runs schemathesis once per persona (FUZZ_PERSONA, logging in as FUZZ_LOGIN with
FUZZ_PASSWORD) on a Canopy seeded with the demo data. Before each call, most cases
(FUZZ_REAL_SHARE, default 0.85) are pointed at objects that exist (scripts/fuzz_plans.py); the
rest keep their generated ids, so NOT_FOUND and malformed-id paths are fuzzed too. After each
call, one JSON line goes to FUZZ_RECORD: operation, persona, and whether Canopy answered with
data, refused with one of its codes, or failed internally (scripts/fuzz_table.py counts them).
"""
import json
import os
import random
import re
import sys

import schemathesis

import fuzz_checks
from fuzz_fixtures import Fixtures
from fuzz_literals import Call
from fuzz_plans import USER_CHANGES, Picker, plan
from fuzz_world import Client, World

ENV = os.environ
REAL_SHARE = float(ENV.get("FUZZ_REAL_SHARE", "0.85"))
TRACE = ENV.get("FUZZ_TRACE") == "1"
RNG = random.Random(f"{ENV.get('FUZZ_SEED', '0')}-{ENV['FUZZ_PERSONA']}")


class Persona:
    def __init__(self, label, identification, password, anonymous):
        self.label, self.identification, self.password, self.anonymous = label, identification, password, anonymous
        self.client = Client(anonymous.url)
        self.login()
        viewer = self.client.run("{ viewer { id staffRole tenant { id } } }")["viewer"]
        self.user_id, self.staff = viewer["id"], viewer["staffRole"] is not None
        self.tenant_id = viewer["tenant"] and viewer["tenant"]["id"]

    def login(self):
        """A new session for the persona, in place: the world reads tickets through the same client."""
        self.client.token = self.anonymous.login(self.identification, self.password).token


def seeded_logins(world, demo_password, personas):
    """Every seeded user but the personas and admin, as it logs in (name#tenant, or the bare name for staff)."""
    names = {t["id"]: t["name"] for t in world.part("tenants").values()}
    logins = set()
    for group in world.part("groups").values():
        for user_name in group["names"].values():
            login = user_name if group["tenant"] is None else f"{user_name}#{names[group['tenant']]}"
            if login not in personas and login != "admin":
                logins.add((login, demo_password))
    return sorted(logins)


ANONYMOUS = Client(ENV["FUZZ_URL"])
PERSONA = Persona(ENV["FUZZ_PERSONA"], ENV["FUZZ_LOGIN"], ENV["FUZZ_PASSWORD"], ANONYMOUS)
# The ADMIN persona reads the world itself: a second ADMIN session would end with its changePassword.
ADMIN = PERSONA.client if ENV["FUZZ_LOGIN"] == "admin" else ANONYMOUS.login("admin", ENV["FUZZ_ADMIN_PASSWORD"])
WORLD = World(ADMIN, PERSONA.client, PERSONA.staff)
WORLD.logins = seeded_logins(WORLD, ENV["FUZZ_DEMO_PASSWORD"], set(ENV.get("FUZZ_PERSONA_LOGINS", "").split(",")))
WORLD.fixtures = Fixtures(WORLD, PERSONA, ANONYMOUS)


def field_of(case):
    return case.operation.definition.field_name


@schemathesis.hook
def before_call(context, case, kwargs):
    root = field_of(case)
    WORLD.tick(root)
    call = Call(case.body, root)
    # A negative case breaks the schema on purpose (a missing or mistyped argument); a real id must not mend it.
    if case.meta.generation.mode.is_positive and RNG.random() < REAL_SHARE:
        plan(Picker(WORLD, PERSONA, RNG), root, call.args, call.input)
    if root in USER_CHANGES and str(call.input.get("userId")) == PERSONA.user_id:
        # Also a generated id can name the persona; disabling or renaming it would end this run's session.
        call.input["userId"] = Picker(WORLD, PERSONA, RNG).user() or "0"
    case.body = call.body()
    # logout ends the session it is sent with: each one gets a session of its own.
    token = ANONYMOUS.login(PERSONA.identification, PERSONA.password).token if root == "logout" else PERSONA.client.token
    case.headers = {**(case.headers or {}), "Authorization": f"Bearer {token}"}


STACK_FRAME = re.compile(r"at \S+ \(\S+\.[jt]s:\d+:\d+\)")


def outcome(response, root):
    """("data" | "refused" | "internal", codes) of one response."""
    if response.status_code >= 500 or STACK_FRAME.search(response.text):
        return "internal", [f"HTTP {response.status_code}"]
    try:
        body = response.json()
    except ValueError:
        return "internal", ["not JSON"]
    errors = body.get("errors") or []
    codes = sorted({(e.get("extensions") or {}).get("code") or "no code" for e in errors})
    if any(code not in fuzz_checks.CODES for code in codes) or any("stacktrace" in (e.get("extensions") or {}) for e in errors):
        return "internal", codes
    if errors:
        return "refused", codes
    if (body.get("data") or {}).get(root) is None:
        return "internal", ["neither data nor errors"]
    return "data", []


@schemathesis.hook
def after_call(context, case, response):
    root = field_of(case)
    result, codes = outcome(response, root)
    with open(ENV["FUZZ_RECORD"], "a", encoding="utf-8") as record:
        line = {"op": case.operation.label, "persona": PERSONA.label, "mode": case.meta.generation.mode.value, "outcome": result, "codes": codes}
        if TRACE:  # to see why an operation is refused: what was sent and what came back
            line.update(query=case.body, response=response.text[:400])
        record.write(json.dumps(line) + "\n")
    if result == "data" and case.operation.label.startswith("Mutation."):
        WORLD.changed()
        if root == "changePassword":
            PERSONA.password = Call(case.body, root).input["newPassword"]
    if "UNAUTHENTICATED" in codes and root not in ("login", "logout", "changePassword"):
        # Nothing the hooks let through should end the persona's session; say so, and go on logged in.
        print(f"fuzz_hooks: {PERSONA.label}'s session ended before {case.operation.label}; logging in again", file=sys.stderr)
        PERSONA.login()
