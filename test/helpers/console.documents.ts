import { graphql } from '../gql';

/** A server's remote console (issue 14), as typed documents. */
export const CreateServerConsole = graphql(`
  mutation CreateServerConsole($input: CreateServerConsoleInput!) {
    createServerConsole(input: $input) {
      type
      url
      expiresAt
    }
  }
`);

/** The same with the server's live fields: one more cloud call (getServers). */
export const CreateServerConsoleWithServer = graphql(`
  mutation CreateServerConsoleWithServer($input: CreateServerConsoleInput!) {
    createServerConsole(input: $input) {
      type
      url
      expiresAt
      server {
        id
        status
      }
    }
  }
`);
