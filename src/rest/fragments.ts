/**
 * What REST answers carry of each object: the seed's fields and PRODUCT.md's key fields. The
 * group's children are aliased `childrenSet`, which the answer's snake_case makes the seed's
 * `children_set`.
 */
export const USER = `fragment RestUser on User {
  id name description enabled staffRole createdAt tenant { id name } groups { id name }
}`;
export const TENANT = `fragment RestTenant on Tenant {
  id name description customerManager enabled createdAt rootGroup { id name }
}`;
export const GROUP = `fragment RestGroup on Group {
  id name description createdAt parent { id name } tenant { id name } childrenSet: children { id name description }
}`;
export const SERVER = `fragment RestServer on Server {
  id name status serverType availabilityZone createdAt
  flavor { id name vcpus ramMb diskGb } image { id name } addresses { networkId networkName ip }
  attachments { id device volume { id name } } assignedUser { id name } tenant { id name }
}`;
export const NETWORK = `fragment RestNetwork on Network {
  id name cidr gateway external
  subnets { id name cidr gateway dhcpEnabled dhcpStartIp dhcpEndIp dns } routers { id name }
}`;
export const ROUTER = `fragment RestRouter on Router {
  id name externalIp externalNetwork { id name } networks { id name cidr gateway }
}`;
export const VOLUME = `fragment RestVolume on Volume {
  id name description sizeGb status createdAt attachments { id device server { id name } }
}`;
export const TICKET = `fragment RestTicket on Ticket {
  id title content createdAt updatedAt type { id name nameEn } status { id code name nameEn }
  tenant { id name } creator { id name } allowedActions { action result role }
  events { action result role extra at actor { id name } fromStatus { code } toStatus { code } }
}`;
export const TICKETS = `fragment RestTickets on TicketConnection {
  nodes { ...RestTicket } pageInfo { hasNextPage endCursor }
}`;
