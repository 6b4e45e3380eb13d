import { randomUUID } from 'node:crypto';
import { BadInputError, bi, ConflictError, NotFoundError } from '../../errors';
import { CloudConsole, ConsoleType } from '../resources';
import { SimCompute } from './sim.compute';

/** Where each console type's proxy would listen; a type without a base is one the cloud does not offer. */
export type ConsoleBases = Partial<Record<ConsoleType, string>>;

/**
 * Nova's remote consoles: a fresh random token in the URL, in Nova's shapes (noVNC's token inside
 * its `path` parameter, the serial proxy's in `token`). No proxy runs, so the URLs are never opened.
 * Like Nova under a real hypervisor, only a running (ACTIVE) server has a console.
 */
export class SimConsoles {
  constructor(
    private readonly compute: SimCompute,
    private readonly bases: ConsoleBases,
  ) {}

  async create(serverId: string, type: ConsoleType): Promise<CloudConsole> {
    const server = (await this.compute.get([serverId])).get(serverId);
    if (!server) throw new NotFoundError('Server', serverId);
    if (server.status !== 'ACTIVE')
      throw new ConflictError(
        bi(
          `Cannot open a console of a server in state ${server.status} (allowed from ACTIVE)`,
          `主机处于 ${server.status} 状态，不能打开控制台（仅在 ACTIVE 状态下可打开）`,
        ),
      );
    // The state first, then the type, in the OpenStack driver's order.
    const base = this.bases[type];
    if (!base)
      throw new BadInputError('type', bi(`This cloud does not offer ${type} consoles`, `云平台不提供 ${type} 控制台`));
    const token = randomUUID();
    const url = new URL(base);
    if (type === 'NOVNC') url.searchParams.set('path', `?token=${token}`);
    else url.searchParams.set('token', token);
    return { type, url: url.toString() };
  }
}
