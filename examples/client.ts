import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { GraphQLClient, type Variables } from 'graphql-request';
import type {
  ConsoleType,
  ExampleOpenConsoleMutation,
  ExampleServersPageQuery,
  ExampleTicketFragment,
  MaintainTicketActionType,
  TelecomTicketActionType,
} from './gql/graphql';
import { Login, OpenConsole, OperatorAction, RaiseTicket, ServersPage, TelecomAction } from './documents';

/** A logged-in Canopy session: graphql-request sending the typed documents with the bearer token. */
export class Canopy {
  private constructor(
    private readonly client: GraphQLClient,
    readonly id: string,
    readonly name: string,
    readonly tenantId: string | undefined,
  ) {}

  /** `identification` is `name` for platform staff, `name#tenant` for a tenant user. */
  static async logIn(url: string, identification: string, password: string): Promise<Canopy> {
    const endpoint = `${url}/graphql`;
    const { login } = await new GraphQLClient(endpoint).request(Login, { input: { identification, password } });
    const client = new GraphQLClient(endpoint, { headers: { authorization: `Bearer ${login.token}` } });
    return new Canopy(client, login.viewer.id, login.viewer.name, login.viewer.tenant?.id);
  }

  /** The servers page of a tenant: one request, however many servers (Canopy batches the cloud reads). */
  async servers(tenantId: string): Promise<ExampleServersPageQuery['tenant']> {
    return (await this.client.request(ServersPage, { tenantId })).tenant;
  }

  /** A console of an ACTIVE server the user may command; open its URL (a browser for NOVNC) before it expires. */
  async openConsole(serverId: string, type: ConsoleType): Promise<ExampleOpenConsoleMutation['createServerConsole']> {
    return (await this.client.request(OpenConsole, { input: { serverId, type } })).createServerConsole;
  }

  /** Any typed document of ./gql, with its variables: the walk's steps (walk.ts) go through here. */
  async send<T, V extends Variables>(document: TypedDocumentNode<T, V>, variables: V): Promise<T> {
    // Typed by this signature; graphql-request cannot check a generic V against its per-document rules.
    return this.client.request<T, Variables>(document as DocumentNode, variables);
  }

  /** A tenant user raises a resource change (v2 type 1). */
  async raiseResourceChange(name: string, content: string): Promise<ExampleTicketFragment> {
    return (await this.client.request(RaiseTicket, { input: { action: 'CREATE', name, content } })).tenantTicketAction
      .ticket;
  }

  async telecom(ticketId: string, action: TelecomTicketActionType, extra?: string): Promise<ExampleTicketFragment> {
    return (await this.client.request(TelecomAction, { input: { action, ticketId, result: true, extra } }))
      .telecomTicketAction.ticket;
  }

  async operator(ticketId: string, action: MaintainTicketActionType, extra?: string): Promise<ExampleTicketFragment> {
    return (await this.client.request(OperatorAction, { input: { action, ticketId, result: true, extra } }))
      .maintainTicketAction.ticket;
  }
}
