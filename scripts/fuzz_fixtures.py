"""v1 tickets in the status a ticket operation needs, made when the world has none (fuzz_plans.py).

The demo seeds one v1 ticket in each status, but the personas' own cases use them up: a tenant
user's cancelTicket cancels or deletes every ticket still under review, so by the ADMIN's run no
v1 ticket waits for review, receipt or handling. Like the demo, a tenant user raises one and the
ADMIN walks it to the status; the fuzzed case then acts on it with its own generated arguments.
"""
from fuzz_world import GraphQLError

# The staff moves that bring a new ticket (PENDING_REVIEW) to the status each operation acts on.
V1_WALKS = {
    "cancelTicket": [],
    "reviewTicket": [],
    "receiveTicket": ["reviewTicket"],
    "handleTicket": ["reviewTicket", "receiveTicket"],
    "confirmTicket": ["reviewTicket", "receiveTicket", "handleTicket"],
}


class Fixtures:
    def __init__(self, world, persona, anonymous):
        self.world, self.persona, self.anonymous = world, persona, anonymous
        self._raiser = None

    def raiser(self):
        """Who raises: a tenant persona itself (it may then confirm and cancel), else any seeded tenant user who can still log in."""
        if not self.persona.staff:
            return self.persona.client
        if self._raiser is None:
            for login, password in self.world.logins:
                if "#" in login:
                    try:
                        self._raiser = self.anonymous.login(login, password)
                        break
                    except GraphQLError:
                        continue  # deleted, disabled or locked by an earlier run
        return self._raiser

    def v1_ticket(self, operation):
        """Makes a ticket `operation` can act on; False when nobody could raise it."""
        for _ in range(2):
            raiser = self.raiser()
            if raiser is None:
                return False
            try:
                query = "mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } } }"
                ticket = raiser.run(query, {"i": {"title": "fuzz fixture", "content": f"raised for {operation}"}})["createTicket"]["ticket"]["id"]
                break
            except GraphQLError:
                self._raiser = None  # its tenant or account went away since: find another
        else:
            return False
        for move in V1_WALKS[operation]:
            input_type = f"{move[0].upper()}{move[1:]}Input"
            self.world.admin.run(f"mutation ($i: {input_type}!) {{ {move}(input: $i) {{ ticket {{ id }} }} }}", {"i": {"ticketId": ticket}})
        self.world.changed()
        return True
