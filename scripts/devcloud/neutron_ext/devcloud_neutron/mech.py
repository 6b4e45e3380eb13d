"""ML2 mechanism driver that binds every port, with no L2 agent behind it.

Without a binding, Nova's build fails with PortBindingFailed. The alternative, a fake
Open vSwitch agent row kept "alive" by a huge agent_down_time, depends on heartbeat
arithmetic and a DB insert; binding here is deterministic. No packet ever flows: the
devcloud only exercises the APIs.
"""

from neutron_lib.api.definitions import portbindings
from neutron_lib import constants
from neutron_lib.plugins.ml2 import api


class DevcloudMechanismDriver(api.MechanismDriver):

    def initialize(self):
        pass

    @property
    def connectivity(self):
        # ML2 only lets L2 drivers bind ports that have no IP address yet.
        return portbindings.CONNECTIVITY_L2

    def bind_port(self, context):
        # Bind the first segment offered (flat for `public`, vxlan for tenant networks).
        # Status ACTIVE stands in for the agent that would report the port wired.
        for segment in context.segments_to_bind:
            context.set_binding(
                segment[api.ID], portbindings.VIF_TYPE_OVS,
                {portbindings.CAP_PORT_FILTER: True,
                 portbindings.OVS_HYBRID_PLUG: False},
                status=constants.PORT_STATUS_ACTIVE)
            return
