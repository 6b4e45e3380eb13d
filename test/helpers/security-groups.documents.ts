import { graphql } from '../gql';

/** Security groups, their rules and a server's groups (issue 14), as typed documents. */
export const RuleFields = graphql(`
  fragment RuleFields on SecurityGroupRule {
    id
    direction
    ethertype
    protocol
    portMin
    portMax
    remoteCidr
    remoteSecurityGroupId
  }
`);

export const TenantSecurityGroups = graphql(`
  query TenantSecurityGroups($tenantId: ID) {
    securityGroups(tenantId: $tenantId) {
      id
      name
      description
      rules {
        ...RuleFields
      }
    }
  }
`);

export const CreateSecurityGroup = graphql(`
  mutation CreateSecurityGroup($input: CreateSecurityGroupInput!) {
    createSecurityGroup(input: $input) {
      securityGroup {
        id
        name
        description
        rules {
          ...RuleFields
        }
      }
    }
  }
`);

export const DeleteSecurityGroup = graphql(`
  mutation DeleteSecurityGroup($input: DeleteSecurityGroupInput!) {
    deleteSecurityGroup(input: $input) {
      deletedSecurityGroupId
    }
  }
`);

export const AddSecurityGroupRule = graphql(`
  mutation AddSecurityGroupRule($input: AddSecurityGroupRuleInput!) {
    addSecurityGroupRule(input: $input) {
      rule {
        ...RuleFields
      }
      securityGroup {
        id
        rules {
          id
        }
      }
    }
  }
`);

export const RemoveSecurityGroupRule = graphql(`
  mutation RemoveSecurityGroupRule($input: RemoveSecurityGroupRuleInput!) {
    removeSecurityGroupRule(input: $input) {
      removedRuleId
      securityGroup {
        id
        rules {
          id
        }
      }
    }
  }
`);

export const SetServerSecurityGroups = graphql(`
  mutation SetServerSecurityGroups($input: SetServerSecurityGroupsInput!) {
    setServerSecurityGroups(input: $input) {
      server {
        id
        securityGroups {
          id
          name
        }
      }
    }
  }
`);

export const ServerSecurityGroups = graphql(`
  query ServerSecurityGroups($id: ID!) {
    server(id: $id) {
      id
      securityGroups {
        id
        name
        rules {
          ...RuleFields
        }
      }
    }
  }
`);

/** The servers page with each server's groups and their rules. */
export const ServersPageSecurityGroups = graphql(`
  query ServersPageSecurityGroups($tenantId: ID!, $first: Int) {
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
            rules {
              id
              direction
            }
          }
        }
      }
    }
  }
`);

export const SecurityGroupQuota = graphql(`
  query SecurityGroupQuota($id: ID!) {
    tenant(id: $id) {
      quota {
        securityGroups {
          limit
          used
        }
        securityGroupRules {
          limit
          used
        }
      }
    }
  }
`);
