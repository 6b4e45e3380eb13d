import { graphql } from '../gql';

/** Floating IPs, a server's floating IPs and the floatingIps quota (issue 14), as typed documents. */
export const FloatingIpFields = graphql(`
  fragment FloatingIpFields on FloatingIp {
    id
    address
    status
    fixedAddress
    createdAt
    externalNetworkId
    externalNetwork {
      id
      name
    }
    server {
      id
      name
    }
  }
`);

export const TenantFloatingIps = graphql(`
  query TenantFloatingIps($tenantId: ID) {
    floatingIps(tenantId: $tenantId) {
      nodes {
        ...FloatingIpFields
      }
    }
  }
`);

export const ExternalNetworks = graphql(`
  query ExternalNetworks {
    externalNetworks {
      id
      name
      external
    }
  }
`);

export const AllocateFloatingIp = graphql(`
  mutation AllocateFloatingIp($input: AllocateFloatingIpInput!) {
    allocateFloatingIp(input: $input) {
      floatingIp {
        ...FloatingIpFields
      }
    }
  }
`);

export const AssociateFloatingIp = graphql(`
  mutation AssociateFloatingIp($input: AssociateFloatingIpInput!) {
    associateFloatingIp(input: $input) {
      floatingIp {
        ...FloatingIpFields
      }
    }
  }
`);

export const DisassociateFloatingIp = graphql(`
  mutation DisassociateFloatingIp($input: DisassociateFloatingIpInput!) {
    disassociateFloatingIp(input: $input) {
      floatingIp {
        ...FloatingIpFields
      }
    }
  }
`);

export const ReleaseFloatingIp = graphql(`
  mutation ReleaseFloatingIp($input: ReleaseFloatingIpInput!) {
    releaseFloatingIp(input: $input) {
      releasedFloatingIpId
    }
  }
`);

export const ServerFloatingIps = graphql(`
  query ServerFloatingIps($id: ID!) {
    server(id: $id) {
      id
      floatingIps {
        id
        address
        fixedAddress
      }
    }
  }
`);

export const FloatingIpQuota = graphql(`
  query FloatingIpQuota($id: ID!) {
    tenant(id: $id) {
      quota {
        floatingIps {
          limit
          used
        }
      }
    }
  }
`);

/** The servers page with each server's security groups and floating IPs (pinned in both calls tests). */
export const ServersPageFloatingIps = graphql(`
  query ServersPageFloatingIps($tenantId: ID!, $first: Int) {
    tenant(id: $tenantId) {
      id
      servers(first: $first) {
        nodes {
          id
          name
          status
          flavor {
            name
          }
          image {
            name
          }
          addresses {
            networkId
            networkName
            ip
          }
          volumes {
            id
          }
          attachments {
            id
          }
          assignedUser {
            id
            name
          }
          securityGroups {
            id
            name
          }
          floatingIps {
            id
            address
            fixedAddress
          }
        }
      }
    }
  }
`);
