import { QuotaLimits } from '../cloud/resources';

/**
 * What a type 1 or 2 ticket asks the platform to do, as stored (JSON in `tickets.request`) once
 * checked. Ids are Canopy's (servers, volumes, key pairs) or the cloud's (networks), as in the API.
 */
export interface TicketRequest {
  /** New absolute limits; a limit left out stays as it is. */
  quota?: Partial<QuotaLimits>;
  servers?: ServerRequest[];
  volumes?: VolumeRequest[];
  extensions?: ExtensionRequest[];
  resizes?: ResizeRequest[];
}

export interface ServerRequest {
  count: number;
  /** A flavor name or id. */
  flavorName: string;
  imageId: string;
  networkIds: string[];
  /** One of the ticket creator's key pairs. */
  keyPairId?: number;
  securityGroups?: string[];
  /** The servers are called `<name>-<n>-<tag>`; default the ticket's `ticket-<id>`. */
  name?: string;
  serverType: 'PRIVATE' | 'SHARED';
}

export interface VolumeRequest {
  count: number;
  sizeGb: number;
  name?: string;
}

export interface ExtensionRequest {
  volumeId: number;
  sizeGb: number;
}

export interface ResizeRequest {
  serverId: number;
  flavorName: string;
}

export function parseRequest(json: string | null): TicketRequest | null {
  return json === null ? null : (JSON.parse(json) as TicketRequest);
}

/** How many cloud objects of each kind carrying the request out makes. */
export function requestTotals(request: TicketRequest): { servers: number; volumes: number } {
  const sum = (items: Array<{ count: number }> | undefined) => (items ?? []).reduce((n, item) => n + item.count, 0);
  return { servers: sum(request.servers), volumes: sum(request.volumes) };
}
