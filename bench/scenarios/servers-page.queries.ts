/**
 * The servers page's query text, in one place for both servers benches (the sim's
 * bench/scenarios/servers.ts and the devcloud's bench/scenarios/openstack-servers.ts).
 */

/**
 * How many servers one page asks for in the servers benches: the largest round size the default
 * query-cost limit (CANOPY_MAX_COST, 50,000) lets SERVERS_PAGE ask, a page of 500 costing about
 * 79,000. A tenant of more servers is measured by its first page, as a console shows it.
 */
export const SERVERS_PAGE_SIZE = 200;

/**
 * The servers page, as test/helpers/cloud.documents.ts `ServersPage` asks it, with each server's
 * security groups and floating IPs (issue 14) as `ServersPageFloatingIps` does (test/cloud/calls.test.ts pins its calls).
 * Without `after` it is the first page; the deep-pages bench (bench/scenarios/pages.ts) passes one.
 */
export const SERVERS_PAGE = `query ServersPage($tenantId: ID!, $first: Int, $after: String) { tenant(id: $tenantId) { id servers(first: $first, after: $after) { nodes { id name status serverType
  flavor { name vcpus ramMb } image { name } addresses { networkId networkName ip }
  volumes { id name sizeGb status } attachments { id device } assignedUser { id name }
  securityGroups { id name } floatingIps { id address fixedAddress } } } } }`;

/**
 * The same page with only what Skyline's `GET /api/v1/extension/servers` answers per server:
 * id, name, status, creation time, flavor (name, vCPUs, RAM, disk), image (id, name), fixed and
 * floating addresses (its `origin_data`, Nova's own record, has no counterpart here).
 */
export const SERVERS_PAGE_SKYLINE_FIELDS = `query ServersPageSkylineFields($tenantId: ID!, $first: Int) { tenant(id: $tenantId) { id servers(first: $first) { nodes {
  id name status createdAt availabilityZone flavor { name vcpus ramMb diskGb } image { id name }
  addresses { ip } floatingIps { address } } } } }`;

/** Only where a page ends: what the deep-pages bench walks to reach a cursor deep in the tenant. */
export const SERVERS_CURSOR = `query ServersCursor($tenantId: ID!, $first: Int, $after: String) { tenant(id: $tenantId) {
  servers(first: $first, after: $after) { pageInfo { endCursor hasNextPage } } } }`;

/** The servers of either answer: the first page of the tenant's servers connection. */
export function pageServers(data: { tenant: { servers: { nodes: unknown[] } } }): unknown[] {
  return data.tenant.servers.nodes;
}
