"""Which real objects a generated case is pointed at, per operation (used by scripts/fuzz_hooks.py).

Only the fields that name objects (ids, and the few values nothing random ever gets right: an
image, a flavor, a CIDR with its gateway, a password) are replaced; every other argument keeps
its generated value. The ids of one case come from one tenant, so that a server, its volume and
its tenant belong together. Where an operation needs an object in some state (an available
volume, an empty group, a ticket the persona may act on now), that object is preferred; when
there is none, any object of its kind is used, and the case is a refusal worth fuzzing too.
"""
import re

from fuzz_fixtures import V1_WALKS
from fuzz_literals import Enum, Number

# Operations whose target is a user: they never get the persona's own user (see Picker.user).
USER_CHANGES = {"updateUser", "removeUser"}

# A ticket operation, and which (action, result, role) of `allowedActions` it performs.
TICKET_ACTIONS = {
    "cancelTicket": lambda a, r, role: role == "TENANT" and a in ("CANCEL", "DELETE"),
    "confirmTicket": lambda a, r, role: role == "TENANT" and a == "CONFIRM",
    "reviewTicket": lambda a, r, role: a == "REVIEW",
    "receiveTicket": lambda a, r, role: a == "RECEIVE",
    "handleTicket": lambda a, r, role: a == "HANDLE",
    # Only the v2 actions of the role: RECEIVE and REVIEW are the v1 moves of the same roles, with mutations of their own.
    "maintainTicketAction": lambda a, r, role: role == "OPERATOR" and a in ("ACCEPT_PLATFORM_DEAL", "ACCEPT_SITE_CONSTRUCTION", "ERROR_REPORT_ACCEPT", "ERROR_REPORT_DONE", "ERROR_REPORT_SITE_CONSTRUCTION", "SEND"),
    "telecomTicketAction": lambda a, r, role: role == "TELECOM" and a in ("ACCEPT", "CONFIRM", "SEND"),
}


class Picker:
    """Real objects of one tenant (the persona's own mostly, another one sometimes), chosen at random."""

    def __init__(self, world, persona, rng):
        self.world, self.persona, self.rng = world, persona, rng
        tenants = world.part("tenants")
        own = persona.tenant_id
        if own in tenants and rng.random() < 0.85:
            self.tenant = tenants[own]
        else:
            seeded = [t for t in tenants.values() if t["id"] in world.seeded_tenants]
            self.tenant = rng.choice(seeded if seeded and rng.random() < 0.8 else list(tenants.values()))

    def one(self, items, prefer=None):
        """One of `items`, from those `prefer` accepts when any does; None when there are none."""
        items = list(items)
        preferred = [i for i in items if prefer(i)] if prefer else []
        return self.rng.choice(preferred or items) if items else None

    def server(self, prefer=None):
        return self.one(self.tenant["servers"], prefer)

    def volume(self, prefer=None):
        return self.one(self.tenant["volumes"], prefer)

    def network(self, prefer=None):
        return self.one(self.tenant["networks"], prefer)

    def router(self, prefer=None):
        return self.one(self.tenant["routers"], prefer)

    def security_group(self, prefer=None):
        return self.one(self.world.part("security_groups").get(self.tenant["id"], []), prefer)

    def floating_ip(self, prefer=None):
        return self.one(self.world.part("floating_ips").get(self.tenant["id"], []), prefer)

    def groups(self):
        return {gid: g for gid, g in self.world.part("groups").items() if g["tenant"] == self.tenant["id"]}

    def group(self, prefer=None):
        groups = self.groups()
        gid = self.one(groups, prefer and (lambda gid: prefer(groups[gid])))
        return gid

    def membership(self):
        """(user, group) of the tenant, never the persona itself: changing it would end or change the session doing the fuzzing."""
        pairs = [(u, gid) for gid, g in self.groups().items() for u in g["users"] if u != self.persona.user_id]
        return self.one(pairs)

    def user(self):
        pair = self.membership()
        return pair and pair[0]

    def ticket(self, accepts=None):
        """(id, (action, result, role)) of a ticket with an action `accepts`, else any ticket with no action."""
        tickets = self.world.part("tickets")
        fitting = [(tid, a) for tid, actions in tickets.items() for a in actions if accepts and accepts(*a)]
        if fitting:
            return self.rng.choice(fitting)
        return (self.rng.choice(list(tickets)), None) if tickets else None


def _id(item):
    return item and item["id"]


# Each id argument, by name, and where its real value comes from; `id` is the argument of the query named by ROOT_IDS.
ID_FIELDS = {
    "tenantId": lambda p: p.tenant["id"],
    "serverId": lambda p: _id(p.server()),
    "volumeId": lambda p: _id(p.volume()),
    "attachId": lambda p: p.one(a["id"] for s in p.tenant["servers"] for a in s["attachments"]),
    "networkId": lambda p: _id(p.network()),
    "networkIds": lambda p: (lambda network: network and [network["id"]])(p.network()),
    "externalNetworkId": lambda p: p.one(n["id"] for n in p.world.catalog["externalNetworks"]),
    "routerId": lambda p: _id(p.router()),
    "securityGroupId": lambda p: _id(p.security_group()),
    "remoteSecurityGroupId": lambda p: _id(p.security_group()),
    "securityGroupIds": lambda p: (lambda group: group and [group["id"]])(p.security_group()),
    "floatingIpId": lambda p: _id(p.floating_ip()),
    "keyPairId": lambda p: p.one(p.world.part("key_pairs")),
    "ruleId": lambda p: p.one(r["id"] for g in p.world.part("security_groups").get(p.tenant["id"], []) for r in g["rules"]),
    "groupId": lambda p: p.group(),
    "parentGroupId": lambda p: p.group(),
    "userId": lambda p: p.user(),
    "actorId": lambda p: p.user(),
    "ticketId": lambda p: (p.ticket() or [None])[0],
    "imageId": lambda p: p.one(i["id"] for i in p.world.catalog["images"]),
    "instanceType": lambda p: p.one(f["name"] for f in p.world.catalog["flavors"]),
    "flavorName": lambda p: p.one(f["name"] for f in p.world.catalog["flavors"]),
    "availabilityZone": lambda p: p.one(z["name"] for z in p.world.catalog["availabilityZones"]),
}
ROOT_IDS = {"tenant": "tenantId", "server": "serverId", "ticket": "ticketId", "group": "groupId", "user": "userId"}


def ids(p, root, field):
    """The real value for an argument named `field` of operation `root`, or None to keep the generated one."""
    pick = ID_FIELDS.get(ROOT_IDS.get(root) if field == "id" else field)
    return pick(p) if pick else None


def plan(p, root, args, inp):
    """Points the case at real objects: every id field it has, then what `root` needs besides."""
    for container in (inp, args.get("filter")):
        if isinstance(container, dict):
            for field in list(container):
                value = ids(p, root, field)
                if value is not None:
                    container[field] = value
    _page(p, args)
    if root.startswith("create"):
        _valid_values(p, inp)
    special = SPECIAL.get(root)
    if special:
        special(p, inp)
    if root in TICKET_ACTIONS:
        ticket_action(p, root, inp)


def ticket_action(p, root, inp):
    picked = p.ticket(TICKET_ACTIONS[root])
    # Half the cases of a persona who could act, finding no ticket in the status, get one made; the others fuzz the CONFLICT.
    could_act = p.persona.staff == (root not in ("cancelTicket", "confirmTicket"))
    if (not picked or picked[1] is None) and root in V1_WALKS and could_act and p.rng.random() < 0.5 and p.world.fixtures.v1_ticket(root):
        picked = p.ticket(TICKET_ACTIONS[root])
    if not picked:
        return
    inp["ticketId"], action = picked
    if action is None:
        return
    name, result, _ = action
    if root == "cancelTicket":
        inp["cancel"] = name == "CANCEL"
    elif root == "reviewTicket":
        inp["pass"] = result
    elif root in ("maintainTicketAction", "telecomTicketAction"):
        inp["action"] = Enum(name)
        if result is not None:
            inp["result"] = result


# Canopy's name rule (src/graphql/validators.ts): 1 to 64 characters, no '#', no control characters, no outer spaces.
NAME = re.compile(r"[^\s#\x00-\x1f\x7f](?:[^#\x00-\x1f\x7f]*[^\s#\x00-\x1f\x7f])?")
V1_STATUS_CODES = ["PENDING_REVIEW", "REVIEW_REJECTED", "PENDING_RECEIVE", "PENDING_HANDLE", "PENDING_CONFIRM", "CLOSED", "CANCELLED"]


def _page(p, args):
    """A list's paging and filters as a client sends them: most generated ones are out of range, so the list is never read."""
    first = args.get("first")
    if first is not None and not (isinstance(first, Number) and not first.is_float and 1 <= int(first) <= 100):
        args["first"] = Number(str(p.rng.randint(1, 100)), False)
    if args.get("after") is not None:
        args["after"] = None  # a generated cursor is never one of the list's
    for field, known in (("statusIds", range(1, 9)), ("typeIds", range(1, 5))):
        if isinstance(args.get(field), list):
            args[field] = [Number(str(i), False) for i in p.rng.sample(list(known), p.rng.randint(0, 3))]
    if isinstance(args.get("status"), str):
        args["status"] = p.one(V1_STATUS_CODES)


def _valid_values(p, inp):
    """A creation's name and password, when the generated ones break the rules: else it is refused before it reaches the cloud."""
    if "name" in inp and not (isinstance(inp["name"], str) and len(inp["name"]) <= 64 and NAME.fullmatch(inp["name"])):
        inp["name"] = f"fuzzed {p.rng.randrange(10**6)}"
    for field in ("password", "adminPassword"):
        value = inp.get(field)
        if field in inp and not (isinstance(value, str) and 8 <= len(value) <= 128):
            inp[field] = f"pass-{p.rng.randrange(10**9)}-word"


def _new_server(p, inp):
    # A flavor is named: the cpu and memoryMb it makes redundant would only be refused when out of range.
    inp.pop("cpu", None)
    inp.pop("memoryMb", None)
    inp.pop("securityGroups", None)  # the tenant's security group names are not in the world
    inp["instanceType"] = p.one(f["name"] for f in p.world.catalog["flavors"])
    network = p.network()
    if network:
        inp["networkIds"] = [network["id"]]
    else:
        inp["createDefaultNetwork"] = True  # the personas' cases may have deleted every network


def _attachment(p, inp):
    pairs = [(a["id"], s["id"]) for s in p.tenant["servers"] for a in s["attachments"]]
    if pairs:
        inp["attachId"], inp["serverId"] = p.one(pairs)


RESIZE = "mutation ($i: ResizeServerInput!) { resizeServer(input: $i) { server { id } } }"


def _resized(p, inp):
    """A server in VERIFY_RESIZE, resized first (as the persona: refused when it may not) half the time when none is."""
    server = p.server(lambda s: s["status"] == "VERIFY_RESIZE")
    if server and server["status"] != "VERIFY_RESIZE" and p.rng.random() < 0.5:
        # The world does not know its flavor: of two flavors one differs from it.
        for flavor in p.world.catalog["flavors"][:2]:
            body = p.persona.client.post(RESIZE, {"i": {"serverId": server["id"], "flavorName": flavor["name"]}})
            if not body.get("errors"):
                server["status"] = "VERIFY_RESIZE"
                break
    if server:
        inp["serverId"] = server["id"]


def _finished_resize(p, inp):
    _resized(p, inp)
    server = next((s for s in p.tenant["servers"] if s["id"] == inp.get("serverId")), None)
    if server:
        server["status"] = "ACTIVE"  # as far as later cases can tell; a refused call leaves it as it was


def _extend(p, inp):
    """A volume and, half the time, a size just above its own (random sizes are mostly smaller)."""
    volume = p.volume(lambda v: v["status"] in ("available", "in-use"))
    if volume:
        inp["volumeId"] = volume["id"]
        if p.rng.random() < 0.5:
            inp["sizeGb"] = Number(str(volume["sizeGb"] + 1), False)
            volume["sizeGb"] += 1


def _connect(p, inp):
    router = p.router()
    network = router and p.network(lambda n: all(r["id"] != router["id"] for r in n["routers"]))
    if network:
        inp["routerId"], inp["networkId"] = router["id"], network["id"]


def _disconnect(p, inp):
    pairs = [(r["id"], n["id"]) for r in p.tenant["routers"] for n in r["networks"]]
    if pairs:
        inp["routerId"], inp["networkId"] = p.one(pairs)


def _unused_network(p, inp):
    used = {n["id"] for s in p.tenant["servers"] for n in s["networks"]}
    network = p.network(lambda n: not n["routers"] and n["id"] not in used)
    if network:
        inp["networkId"] = network["id"]


def _new_network(p, inp):
    # A random string is never a CIDR with a gateway inside it; without a DHCP range the default pool is used.
    a, b = p.rng.randrange(100, 250), p.rng.randrange(256)
    inp["cidr"], inp["gateway"] = f"10.{a}.{b}.0/24", f"10.{a}.{b}.1"
    for field in ("dhcpStartIp", "dhcpEndIp", "dns"):
        inp.pop(field, None)


def _unused_security_group(p, inp):
    used = {g["id"] for s in p.tenant["servers"] for g in s["securityGroups"]}
    group = p.security_group(lambda g: g["name"] != "default" and g["id"] not in used)
    if group:
        inp["securityGroupId"] = group["id"]


def _rule(p, inp):
    """Half the cases get a rule the cloud takes (random protocols, ports and CIDRs are nearly always refused); the rest keep theirs."""
    if p.rng.random() < 0.5:
        return
    port = p.rng.randrange(1, 65536)
    inp["protocol"] = p.one(["tcp", "udp"])
    inp["portMin"], inp["portMax"] = Number(str(port), False), Number(str(port), False)
    inp["ethertype"] = Enum("IPV4")
    inp.pop("remoteSecurityGroupId", None)
    inp["remoteCidr"] = f"10.{p.rng.randrange(256)}.{p.rng.randrange(256)}.0/24"


ALLOCATE = "mutation ($i: AllocateFloatingIpInput!) { allocateFloatingIp(input: $i) { floatingIp { id } } }"


def _floating_ip(p, inp, associated):
    """An IP of the tenant, associated or not as asked; allocated first by the platform ADMIN when the tenant has none such."""
    ip = p.floating_ip(lambda f: (f["server"] is not None) == associated)
    if not associated and (ip is None or ip["server"] is not None):
        external = p.one(n["id"] for n in p.world.catalog["externalNetworks"])
        body = p.world.admin.post(ALLOCATE, {"i": {"tenantId": p.tenant["id"], "externalNetworkId": external}})
        if not body.get("errors"):
            ip = {"id": body["data"]["allocateFloatingIp"]["floatingIp"]["id"], "server": None}
            p.world.changed()
    if ip:
        inp["floatingIpId"] = ip["id"]


def _associate(p, inp):
    """An unassociated IP and a server on a network with a router; half the cases drop the (random) fixedAddress."""
    _floating_ip(p, inp, False)
    routed = {n["id"] for n in p.tenant["networks"] if n["routers"]}
    server = p.server(lambda s: any(n["id"] in routed for n in s["networks"]))
    if server:
        inp["serverId"] = server["id"]
    if p.rng.random() < 0.5:
        inp.pop("fixedAddress", None)


# An ed25519 public key (made once with ssh-keygen): imports of it succeed, where random text never parses.
PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGoPFO7AhVRwXaCuBFY08S2jMdvOxXhJlf+WEI07/fdQ fuzz"


def _new_key_pair(p, inp):
    """Half the cases generate a pair, a quarter import a real key; RSA (4096 bits, a second or so of CPU) stays for a fifth of those asking."""
    roll = p.rng.random()
    if roll < 0.5:
        inp.pop("publicKey", None)
    elif roll < 0.75:
        inp["publicKey"] = PUBLIC_KEY
    if isinstance(inp.get("type"), str) and inp["type"] == "RSA" and p.rng.random() < 0.8:
        inp["type"] = Enum("ED25519")


def _membership(p, inp):
    """Mostly a membership the user has; else the (random) group stays, and updateUser adds the user to it."""
    pair = p.membership()
    if pair:
        inp["userId"] = pair[0]
        if "groupId" in inp and p.rng.random() < 0.7:
            inp["groupId"] = pair[1]


def _removal(p, inp):
    """A membership that may go (the user has another group), or a user that may be deleted (not in the root group, where the last admin is)."""
    groups = p.groups()
    of_user = {}
    for gid, g in groups.items():
        for user in g["users"]:
            if user != p.persona.user_id:
                of_user.setdefault(user, []).append(gid)
    pair = None
    if inp.get("groupId") is not None:
        pair = p.one([(u, g) for u, gs in of_user.items() if len(gs) > 1 for g in gs])
        if pair is None:
            del inp["groupId"]  # the seeded users have one group each: delete one instead
    if pair is None:
        pair = p.one([(u, gs[0]) for u, gs in of_user.items() if not any(groups[g]["root"] for g in gs)])
    if pair:
        inp["userId"] = pair[0]
        if inp.get("groupId") is not None:
            inp["groupId"] = pair[1]


def _new_user(p, inp):
    if inp.get("staffRole") is not None and p.persona.staff:
        inp["groupId"] = p.world.catalog["platformRootGroup"]["id"]


def _login(p, inp):
    # Seeded users other than the personas: a wrong password locks an account for the window, and the personas must stay usable.
    if p.world.logins and p.rng.random() < 0.8:
        inp["identification"], inp["password"] = p.one(p.world.logins)


def _put(field, pick):
    def special(p, inp):
        value = pick(p)
        if value is not None:
            inp[field] = value

    return special


SPECIAL = {
    "attachVolume": _put("volumeId", lambda p: _id(p.volume(lambda v: v["status"] == "available"))),
    "deleteVolume": _put("volumeId", lambda p: _id(p.volume(lambda v: v["status"] == "available"))),
    "resizeServer": _put("serverId", lambda p: _id(p.server(lambda s: s["status"] in ("ACTIVE", "SHUTOFF")))),
    # Nova gives a console of a running server only: an ACTIVE one, so the cases reach the cloud's answer.
    "createServerConsole": _put("serverId", lambda p: _id(p.server(lambda s: s["status"] == "ACTIVE"))),
    "confirmResize": _finished_resize,
    "revertResize": _finished_resize,
    "extendVolume": _extend,
    "assignServer": _put("serverId", lambda p: _id(p.server(lambda s: s["serverType"] == "PRIVATE" and not s["assignedUser"]))),
    "unassignServer": _put("serverId", lambda p: _id(p.server(lambda s: s["assignedUser"]))),
    "deleteRouter": _put("routerId", lambda p: _id(p.router(lambda r: not r["networks"]))),
    "deleteGroup": _put("groupId", lambda p: p.group(lambda g: not g["root"] and not g["users"] and not g["children"])),
    "changePassword": _put("currentPassword", lambda p: p.persona.password),
    "detachVolume": _attachment,
    "connectRouterNetwork": _connect,
    "disconnectRouterNetwork": _disconnect,
    "deleteNetwork": _unused_network,
    "deleteSecurityGroup": _unused_security_group,
    "addSecurityGroupRule": _rule,
    "associateFloatingIp": _associate,
    "disassociateFloatingIp": lambda p, inp: _floating_ip(p, inp, True),
    "releaseFloatingIp": lambda p, inp: _floating_ip(p, inp, False),
    "createNetwork": _new_network,
    "updateUser": _membership,
    "removeUser": _removal,
    "createServer": _new_server,
    "createKeyPair": _new_key_pair,
    "createUser": _new_user,
    "login": _login,
}
