import { graphql } from './gql';

/** The walk to a reachable server (issue 14): `npm run codegen` turns each into a typed document in ./gql. */
export const CreateKeyPair = graphql(`
  mutation ExampleCreateKeyPair($input: CreateKeyPairInput!) {
    createKeyPair(input: $input) {
      keyPair {
        id
        name
        type
        fingerprint
      }
      privateKey
    }
  }
`);

export const CreateSecurityGroup = graphql(`
  mutation ExampleCreateSecurityGroup($input: CreateSecurityGroupInput!) {
    createSecurityGroup(input: $input) {
      securityGroup {
        id
        name
      }
    }
  }
`);

export const AddSecurityGroupRule = graphql(`
  mutation ExampleAddSecurityGroupRule($input: AddSecurityGroupRuleInput!) {
    addSecurityGroupRule(input: $input) {
      rule {
        direction
        protocol
        portMin
        portMax
        remoteCidr
      }
    }
  }
`);

/**
 * The tenant's networks (to find the routed one by name) and the external networks to allocate
 * from; one page of the most a page holds, more than Neutron's default network quota (100).
 */
export const Networks = graphql(`
  query ExampleNetworks($tenantId: ID!) {
    tenant(id: $tenantId) {
      networks(first: 500) {
        nodes {
          id
          name
        }
      }
    }
    externalNetworks {
      id
      name
    }
  }
`);

export const CreateServer = graphql(`
  mutation ExampleCreateServer($input: CreateServerInput!) {
    createServer(input: $input) {
      server {
        id
        name
      }
    }
  }
`);

export const AssignServer = graphql(`
  mutation ExampleAssignServer($input: AssignServerInput!) {
    assignServer(input: $input) {
      server {
        id
      }
    }
  }
`);

/** The server as its user sees it once reachable: key, firewall, public address, in one request. */
export const ReachableServer = graphql(`
  query ExampleReachableServer($id: ID!) {
    server(id: $id) {
      name
      status
      keyName
      keyFingerprint
      securityGroups {
        name
        rules {
          direction
          protocol
          portMin
          portMax
          remoteCidr
        }
      }
      floatingIps {
        address
        fixedAddress
      }
    }
  }
`);

export const AllocateFloatingIp = graphql(`
  mutation ExampleAllocateFloatingIp($input: AllocateFloatingIpInput!) {
    allocateFloatingIp(input: $input) {
      floatingIp {
        id
        address
      }
    }
  }
`);

export const AssociateFloatingIp = graphql(`
  mutation ExampleAssociateFloatingIp($input: AssociateFloatingIpInput!) {
    associateFloatingIp(input: $input) {
      floatingIp {
        address
        fixedAddress
      }
    }
  }
`);

export const ReleaseFloatingIp = graphql(`
  mutation ExampleReleaseFloatingIp($input: ReleaseFloatingIpInput!) {
    releaseFloatingIp(input: $input) {
      releasedFloatingIpId
    }
  }
`);

export const DeleteServer = graphql(`
  mutation ExampleDeleteServer($input: DeleteServerInput!) {
    deleteServer(input: $input) {
      deletedServerId
    }
  }
`);

export const DeleteSecurityGroup = graphql(`
  mutation ExampleDeleteSecurityGroup($input: DeleteSecurityGroupInput!) {
    deleteSecurityGroup(input: $input) {
      deletedSecurityGroupId
    }
  }
`);

export const DeleteKeyPair = graphql(`
  mutation ExampleDeleteKeyPair($input: DeleteKeyPairInput!) {
    deleteKeyPair(input: $input) {
      deletedKeyPairId
    }
  }
`);
