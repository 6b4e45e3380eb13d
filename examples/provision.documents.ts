import { graphql } from './gql';

/** The provisioning walk's operations (provision.ts). */
export const RaiseProvisioning = graphql(`
  mutation ExampleRaiseProvisioning($input: TenantTicketActionInput!) {
    tenantTicketAction(input: $input) {
      ticket {
        id
        request {
          servers {
            count
            flavorName
            imageId
          }
        }
      }
    }
  }
`);

export const ProvisioningPlan = graphql(`
  query ExampleProvisioningPlan($id: ID!) {
    ticket(id: $id) {
      plan {
        servers
        fitsQuota
        quota {
          resource
          used
          growth
          newLimit
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

export const ProvisioningOutcome = graphql(`
  query ExampleProvisioningOutcome($id: ID!) {
    ticket(id: $id) {
      status {
        code
      }
      outcome {
        state
        createdServers {
          id
        }
      }
    }
  }
`);

export const ProvisionedServer = graphql(`
  query ExampleProvisionedServer($id: ID!) {
    server(id: $id) {
      id
      name
      status
      flavor {
        name
      }
      ticket {
        id
      }
    }
  }
`);
