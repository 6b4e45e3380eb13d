import { graphql } from './gql';

/** The example's operations. `npm run codegen` turns each into a typed document in ./gql. */
export const Login = graphql(`
  mutation ExampleLogin($input: LoginInput!) {
    login(input: $input) {
      token
      viewer {
        id
        name
        tenant {
          id
          name
        }
      }
    }
  }
`);

/** The servers page: everything a console's server list shows, in one request. */
export const ServersPage = graphql(`
  query ExampleServersPage($tenantId: ID!) {
    tenant(id: $tenantId) {
      name
      servers {
        nodes {
          id
          name
          status
          serverType
          flavor {
            name
            vcpus
            ramMb
          }
          image {
            name
          }
          addresses {
            networkName
            ip
          }
          volumes {
            name
            sizeGb
          }
          assignedUser {
            name
          }
        }
      }
    }
  }
`);

/** A remote console of a server: its URL carries a one-time token until expiresAt. */
export const OpenConsole = graphql(`
  mutation ExampleOpenConsole($input: CreateServerConsoleInput!) {
    createServerConsole(input: $input) {
      type
      url
      expiresAt
    }
  }
`);

export const TicketFields = graphql(`
  fragment ExampleTicket on Ticket {
    id
    title
    status {
      code
      name
    }
    events {
      role
      action
      result
      extra
      actor {
        name
      }
      toStatus {
        code
      }
    }
  }
`);

export const RaiseTicket = graphql(`
  mutation ExampleRaiseTicket($input: TenantTicketActionInput!) {
    tenantTicketAction(input: $input) {
      ticket {
        ...ExampleTicket
      }
    }
  }
`);

export const TelecomAction = graphql(`
  mutation ExampleTelecomAction($input: TelecomTicketActionInput!) {
    telecomTicketAction(input: $input) {
      ticket {
        ...ExampleTicket
      }
    }
  }
`);

export const OperatorAction = graphql(`
  mutation ExampleOperatorAction($input: MaintainTicketActionInput!) {
    maintainTicketAction(input: $input) {
      ticket {
        ...ExampleTicket
      }
    }
  }
`);
