import { graphql } from '../gql';

/** Tickets that carry a request (issue 17), as typed documents. */
export const RaiseWithRequest = graphql(`
  mutation RaiseWithRequest($input: TenantTicketActionInput!) {
    tenantTicketAction(input: $input) {
      ticket {
        id
        status {
          code
        }
        request {
          quota {
            instances
          }
          servers {
            count
            flavorName
          }
          volumes {
            count
            sizeGb
          }
          extensions {
            volumeId
            sizeGb
          }
          resizes {
            serverId
            flavorName
          }
        }
      }
    }
  }
`);

export const TicketPlanOf = graphql(`
  query TicketPlanOf($id: ID!) {
    ticket(id: $id) {
      id
      plan {
        servers
        volumes
        fitsQuota
        quota {
          resource
          limit
          newLimit
          used
          growth
          fits
        }
        fitsCapacity
        capacity {
          resource
          need
          free
          fits
        }
      }
    }
  }
`);

export const TicketOutcomeOf = graphql(`
  query TicketOutcomeOf($id: ID!) {
    ticket(id: $id) {
      id
      status {
        code
      }
      events {
        action
        extra
      }
      outcome {
        state
        createdServers {
          id
          name
          ticket {
            id
          }
        }
        createdVolumes {
          id
          sizeGb
          ticket {
            id
          }
        }
        resizedServers {
          id
        }
        extendedVolumes {
          id
          sizeGb
        }
      }
    }
  }
`);

export const TicketAttemptsOf = graphql(`
  query TicketAttemptsOf($id: ID!) {
    ticket(id: $id) {
      outcome {
        state
        attempts {
          number
          state
          reason
          steps {
            seq
            kind
            state
            resourceId
          }
        }
      }
    }
  }
`);

export const ProvisionForTenant = graphql(`
  mutation ProvisionForTenant($input: TelecomTicketActionInput!) {
    telecomTicketAction(input: $input) {
      ticket {
        id
        type {
          id
        }
        status {
          code
        }
        request {
          volumes {
            count
            sizeGb
          }
        }
      }
    }
  }
`);
