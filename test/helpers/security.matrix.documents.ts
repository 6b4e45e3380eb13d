import { graphql } from '../gql';

/** Documents the authorization matrix needs beyond the domain tests' (test/security/matrix.table.ts). */
export const TicketStatuses = graphql(`
  query TicketStatuses {
    ticketStatuses {
      id
      code
    }
  }
`);

export const TenantNetworks = graphql(`
  query TenantNetworks($id: ID!) {
    tenant(id: $id) {
      networks {
        nodes {
          id
        }
      }
    }
  }
`);

export const TenantRouters = graphql(`
  query TenantRouters($id: ID!) {
    tenant(id: $id) {
      routers {
        nodes {
          id
        }
      }
    }
  }
`);

export const TenantVolumes = graphql(`
  query TenantVolumes($id: ID!) {
    tenant(id: $id) {
      volumes {
        nodes {
          id
        }
      }
    }
  }
`);

export const TenantRootGroup = graphql(`
  query TenantRootGroup($id: ID!) {
    tenant(id: $id) {
      rootGroup {
        id
        name
      }
    }
  }
`);

export const UserMemberships = graphql(`
  query UserMemberships($id: ID!) {
    user(id: $id) {
      memberships {
        isAdmin
        group {
          id
        }
      }
    }
  }
`);

export const ServerTicket = graphql(`
  query ServerTicket($id: ID!) {
    server(id: $id) {
      id
      ticket {
        id
      }
    }
  }
`);
