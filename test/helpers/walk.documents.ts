import { graphql } from '../gql';

/** The walk's one read-back (issue 14): the server's key, groups with their rules, and floating IPs together. */
export const WalkServer = graphql(`
  query WalkServer($id: ID!) {
    server(id: $id) {
      id
      status
      keyName
      keyFingerprint
      securityGroups {
        id
        name
        rules {
          ...RuleFields
        }
      }
      floatingIps {
        id
        address
        fixedAddress
      }
      addresses {
        ip
      }
    }
  }
`);
