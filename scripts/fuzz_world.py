"""What exists in the seeded Canopy, read through its own GraphQL API, for scripts/fuzz_hooks.py.

The fuzzer's random ids never match anything, so the hooks put ids from here into most cases.
Each part of the world is read again only when an operation that needs it finds it out of date:
a mutation that answered with data bumps `version` (it may have made or removed objects).
Objects are read as the platform ADMIN (every tenant's ids, so tenant users are fuzzed with
ids they may not use too); tickets as the persona, whose `allowedActions` say what it may do, and
key pairs as the persona, whose own they are (nobody else may list them).
"""
import json
import urllib.error
import urllib.request

# A staff v1 list takes one status at a time; staff act on v1 tickets only in these (the rest is the tenant's).
V1_STAFF_STATUSES = ["PENDING_REVIEW", "PENDING_RECEIVE", "PENDING_HANDLE"]
TICKET_FIELDS = "nodes { id allowedActions { action result role } }"
# Such a list costs about 320 a ticket: two lists of 70 fit the cost limit (50,000) of one request.
TICKET_PAGE = 70
TENANTS = "{ tenants(first: 500) { nodes { id name rootGroup { id } } } }"
# What each seeded tenant holds: pages of 100 (the demo's tenants hold fewer), read by aliased tenant(id:)
# reads, TENANT_BATCH a request: lists are connections, and each one's cost grows with its `first`.
TENANT_PARTS = """servers(first: 100) { nodes { id status serverType assignedUser { id } networks { id } attachments { id } securityGroups { id } } }
  volumes(first: 100) { nodes { id status sizeGb attachments { id server { id } } } }
  networks(first: 100) { nodes { id routers { id } } } routers(first: 100) { nodes { id networks { id } } }"""
TENANT_BATCH = 5
LIST_PARTS = ("servers", "volumes", "networks", "routers")
CATALOG = "{ images { id } flavors { name } availabilityZones { name } externalNetworks { id } platformRootGroup { id } }"
# Aliased securityGroups(tenantId:) and floatingIps(tenantId:) reads per request, under the alias limit of 30.
SECURITY_GROUP_BATCH = 25
# Aliased group(id:) reads per request: the alias limit is 30, and a group tree in one query is too costly.
GROUP_BATCH = 25
MAX_GROUPS = 120


class GraphQLError(Exception):
    pass


class Client:
    def __init__(self, url, token=None):
        self.url, self.token = url, token

    def post(self, query, variables=None):
        headers = {"content-type": "application/json"}
        if self.token:
            headers["authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.url, json.dumps({"query": query, "variables": variables or {}}).encode(), headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:
            return json.load(error)

    def run(self, query, variables=None):
        body = self.post(query, variables)
        if body.get("errors") or not body.get("data"):
            raise GraphQLError(f"{query[:60]}…: {body.get('errors')}")
        return body["data"]

    def login(self, identification, password):
        query = "mutation ($i: LoginInput!) { login(input: $i) { token } }"
        token = self.run(query, {"i": {"identification": identification, "password": password}})["login"]["token"]
        return Client(self.url, token)


# A stale part is read again at the next operation, or after this many cases of the same one: often
# enough that deletions find fresh targets, seldom enough that reads do not double the requests.
STALE_CASES = 3


class World:
    def __init__(self, admin, persona_client, staff):
        self.admin, self.persona, self.staff = admin, persona_client, staff
        self.version, self.case, self.operation, self._started = 0, 0, None, 0
        self._parts = {}
        self.catalog = admin.run(CATALOG)
        # The tenants there at the start: the ADMIN's createTenant cases add dozens, whose groups are not worth reading.
        self.seeded_tenants = set(self.part("tenants"))

    def tick(self, operation):
        """Called before each case."""
        self.case += 1
        if operation != self.operation:
            self.operation, self._started = operation, self.case

    def part(self, name):
        """The named part (tenants, groups, tickets), read again when a change may have made it stale."""
        version, read_at, value = self._parts.get(name, (-1, 0, None))
        due = version != self.version and (read_at < self._started or self.case - read_at >= STALE_CASES)
        if value is None or due:
            value = getattr(self, f"_read_{name}")()
            self._parts[name] = (self.version, self.case, value)
        return value

    def changed(self):
        """A mutation answered with data: what it made or removed is read again when next needed."""
        self.version += 1

    def _read_tenants(self):
        """Every tenant; what the seeded ones hold (the first read: all of them), the others' lists empty."""
        tenants = {t["id"]: {**t, **{part: [] for part in LIST_PARTS}} for t in self.admin.run(TENANTS)["tenants"]["nodes"]}
        seeded = getattr(self, "seeded_tenants", None)
        ids = [tid for tid in tenants if seeded is None or tid in seeded]
        for batch in (ids[i : i + TENANT_BATCH] for i in range(0, len(ids), TENANT_BATCH)):
            data = self.admin.run("{ " + " ".join(f't{i}: tenant(id: "{tid}") {{ {TENANT_PARTS} }}' for i, tid in enumerate(batch)) + " }")
            for i, tid in enumerate(batch):
                tenants[tid].update({part: data[f"t{i}"][part]["nodes"] for part in LIST_PARTS})
        return tenants

    def _read_security_groups(self):
        """The security groups of the seeded tenants: tenant id -> [{id, name, rules: [{id}]}]."""
        tenants = [t for t in self.part("tenants") if t in self.seeded_tenants]
        found = {}
        for batch in (tenants[i : i + SECURITY_GROUP_BATCH] for i in range(0, len(tenants), SECURITY_GROUP_BATCH)):
            query = "{ " + " ".join(f's{i}: securityGroups(tenantId: "{tid}") {{ id name rules {{ id }} }}' for i, tid in enumerate(batch)) + " }"
            data = self.admin.run(query)
            for i, tid in enumerate(batch):
                found[tid] = data[f"s{i}"]
        return found

    def _read_floating_ips(self):
        """The floating IPs of the seeded tenants: tenant id -> [{id, server: {id} | None}]."""
        tenants = [t for t in self.part("tenants") if t in self.seeded_tenants]
        found = {}
        for batch in (tenants[i : i + SECURITY_GROUP_BATCH] for i in range(0, len(tenants), SECURITY_GROUP_BATCH)):
            query = "{ " + " ".join(f'f{i}: floatingIps(tenantId: "{tid}", first: 100) {{ nodes {{ id server {{ id }} }} }}' for i, tid in enumerate(batch)) + " }"
            data = self.admin.run(query)
            for i, tid in enumerate(batch):
                found[tid] = data[f"f{i}"]["nodes"]
        return found

    def _read_key_pairs(self):
        """The ids of the persona's own key pairs."""
        return [k["id"] for k in self.persona.run("{ viewer { keyPairs { id } } }")["viewer"]["keyPairs"]]

    def _read_groups(self):
        """The groups of the seeded tenants and the platform, breadth first from their roots: id -> {tenant, root, users, names, children}."""
        roots = [(t["rootGroup"]["id"], t["id"]) for t in self.part("tenants").values() if t["rootGroup"] and t["id"] in self.seeded_tenants]
        roots.append((self.catalog["platformRootGroup"]["id"], None))
        groups, queue = {}, [(gid, tenant, True) for gid, tenant in roots]
        while queue and len(groups) < MAX_GROUPS:
            batch, queue = queue[:GROUP_BATCH], queue[GROUP_BATCH:]
            query = "{ " + " ".join(f'g{i}: group(id: "{gid}") {{ id users(first: 200) {{ nodes {{ id name }} }} children {{ id }} }}' for i, (gid, _, _) in enumerate(batch)) + " }"
            data = self.admin.run(query)
            for i, (gid, tenant, root) in enumerate(batch):
                group = data[f"g{i}"]
                group["users"] = group["users"]["nodes"]
                groups[gid] = {"tenant": tenant, "root": root, "users": [u["id"] for u in group["users"]], "names": {u["id"]: u["name"] for u in group["users"]}, "children": [c["id"] for c in group["children"]]}
                queue += [(c, tenant, False) for c in groups[gid]["children"]]
        return groups

    def _read_tickets(self):
        """The tickets the persona sees, each with the (action, result, role) it may take now."""
        if self.staff:
            lists = ["telecomTickets("] + [f'ticketsToReview(status: "{s}", ' for s in V1_STAFF_STATUSES]
        else:
            lists = ["myTickets(", "tenantTickets("]
        lists = [f"{opening}first: {TICKET_PAGE})" for opening in lists]
        connections = []
        for pair in (lists[i : i + 2] for i in range(0, len(lists), 2)):
            connections += self.persona.run("{ " + " ".join(f"l{i}: {q} {{ {TICKET_FIELDS} }}" for i, q in enumerate(pair)) + " }").values()
        tickets = {}
        for connection in connections:
            for node in connection["nodes"]:
                tickets[node["id"]] = [(a["action"], a["result"], a["role"]) for a in node["allowedActions"]]
        return tickets
