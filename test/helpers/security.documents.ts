import { graphql } from '../gql';

export const ChangePassword = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ok
    }
  }
`);

export const AuditEvents = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        at
        requestId
        actorId
        tenantId
        operation
        targets {
          name
          id
        }
        outcome
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
