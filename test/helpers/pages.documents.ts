import { graphql } from '../gql';

/** Issue 15's connections, with every argument, as typed documents. */
export const ServerPage = graphql(`
  query ServerPage($tenantId: ID!, $first: Int, $after: String, $filter: ServerFilter, $orderBy: ListOrder) {
    tenant(id: $tenantId) {
      servers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        edges {
          cursor
          node {
            id
            name
          }
        }
        nodes {
          id
          name
          status
          serverType
          flavor {
            id
          }
          image {
            id
          }
          assignedUser {
            id
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
        totalCount
      }
    }
  }
`);

export const VolumePage = graphql(`
  query VolumePage($tenantId: ID!, $first: Int, $after: String, $filter: VolumeFilter, $orderBy: ListOrder) {
    tenant(id: $tenantId) {
      volumes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        nodes {
          id
          name
          status
        }
        pageInfo {
          endCursor
          hasNextPage
        }
        totalCount
      }
    }
  }
`);

export const TenantPage = graphql(`
  query TenantPage($first: Int, $after: String, $filter: TenantFilter, $orderBy: ListOrder) {
    tenants(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      nodes {
        id
        name
        enabled
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const GroupUserPage = graphql(`
  query GroupUserPage($id: ID!, $first: Int, $after: String, $orderBy: ListOrder) {
    group(id: $id) {
      users(first: $first, after: $after, orderBy: $orderBy) {
        nodes {
          name
        }
        pageInfo {
          endCursor
          hasNextPage
        }
        totalCount
      }
    }
  }
`);

export const NetworkPage = graphql(`
  query NetworkPage($tenantId: ID!, $first: Int, $after: String, $orderBy: ListOrder) {
    tenant(id: $tenantId) {
      networks(first: $first, after: $after, orderBy: $orderBy) {
        edges {
          cursor
          node {
            id
          }
        }
        nodes {
          id
          name
        }
        pageInfo {
          endCursor
          hasNextPage
        }
        totalCount
      }
    }
  }
`);

export const RouterPage = graphql(`
  query RouterPage($tenantId: ID!, $first: Int, $after: String, $orderBy: ListOrder) {
    tenant(id: $tenantId) {
      routers(first: $first, after: $after, orderBy: $orderBy) {
        nodes {
          id
          name
        }
        pageInfo {
          endCursor
          hasNextPage
        }
        totalCount
      }
    }
  }
`);

export const FloatingIpPage = graphql(`
  query FloatingIpPage($tenantId: ID, $first: Int, $after: String, $orderBy: ListOrder) {
    floatingIps(tenantId: $tenantId, first: $first, after: $after, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
        address
        createdAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);
