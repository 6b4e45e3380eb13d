import { BadInputError, bi, ConflictError } from '../../errors';
import { CloudProject, CreateProjectInput } from '../driver';
import { Api } from './http';
import { TokenSession } from './session';

interface KsProject {
  id: string;
  name: string;
  description?: string;
  enabled: boolean;
}

export interface KeystoneSettings {
  /** Domain (name or id) tenant projects are created in (CANOPY_OS_DOMAIN). */
  domain: string;
  /** Role the service account gets on each tenant project (CANOPY_OS_MEMBER_ROLE). */
  memberRole: string;
  /** Prefix of project names, so Canopy's projects stand apart in a shared cloud (CANOPY_OS_PROJECT_PREFIX). */
  projectPrefix: string;
}

/** Keystone's longest project name; the prefix takes its share of it. */
const PROJECT_NAME_MAX = 64;

/** Tenants are Keystone projects; ids of the domain and role are looked up once. */
export class Keystone {
  private domainId: Promise<string> | undefined;
  private roleId: Promise<string> | undefined;

  constructor(
    private readonly session: TokenSession,
    private readonly settings: KeystoneSettings,
  ) {}

  async create(api: Api, input: CreateProjectInput): Promise<CloudProject> {
    const name = this.projectName(input.name);
    const [domainId, roleId, me] = await Promise.all([this.domain(api), this.role(api), this.session.token()]);
    const { body } = await api.post<{ project: KsProject }>('identity', '/projects', {
      body: {
        project: {
          name,
          description: input.description,
          domain_id: domainId,
          enabled: true,
        },
      },
    });
    const project = body.project;
    try {
      await api.put('identity', `/projects/${project.id}/users/${me.userId}/roles/${roleId}`);
    } catch (error) {
      await this.delete(api, project.id).catch(() => undefined);
      throw error;
    }
    return this.toProject(project);
  }

  async update(
    api: Api,
    id: string,
    patch: Partial<Pick<CloudProject, 'name' | 'description' | 'enabled'>>,
  ): Promise<CloudProject> {
    const project: Record<string, unknown> = { ...patch };
    if (patch.name !== undefined) project.name = this.projectName(patch.name);
    const { body } = await api.patch<{ project: KsProject }>('identity', `/projects/${id}`, {
      body: { project },
      kind: 'Project',
      id,
    });
    return this.toProject(body.project);
  }

  async delete(api: Api, id: string): Promise<void> {
    await api.delete('identity', `/projects/${id}`);
    this.session.forget(id);
  }

  /** Keystone lists by one id at a time; a page of tenants is one project, so these run in parallel. */
  async get(api: Api, ids: readonly string[]): Promise<Map<string, CloudProject>> {
    if (ids.length === 0) {
      // Readiness (/readyz asks for no project): Keystone answers and Canopy's token is good.
      const me = await this.session.token();
      await api.get('identity', `/projects/${me.projectId}`);
      return new Map();
    }
    const found = await Promise.all(
      [...new Set(ids)].map((id) => api.get<{ project?: KsProject }>('identity', `/projects/${id}`, { accept: [404] })),
    );
    return new Map(
      found.flatMap(({ body }) => (body?.project ? [[body.project.id, this.toProject(body.project)] as const] : [])),
    );
  }

  /**
   * The project's name: the prefix and the tenant's. Canopy allows tenant names Keystone would
   * refuse once prefixed; refused here, before any call, the error names the field and the limit.
   */
  private projectName(tenantName: string): string {
    const { projectPrefix } = this.settings;
    const room = PROJECT_NAME_MAX - projectPrefix.length;
    if (tenantName.length > room)
      throw new BadInputError(
        'name',
        bi(
          `On this cloud a tenant name has at most ${room} characters (Keystone's ${PROJECT_NAME_MAX}, less the prefix "${projectPrefix}")`,
          `在此云平台上租户名最多 ${room} 个字符（Keystone 上限 ${PROJECT_NAME_MAX}，减去前缀“${projectPrefix}”）`,
        ),
      );
    return projectPrefix + tenantName;
  }

  private toProject(p: KsProject): CloudProject {
    const prefix = this.settings.projectPrefix;
    return {
      id: p.id,
      name: p.name.startsWith(prefix) ? p.name.slice(prefix.length) : p.name,
      description: p.description ?? '',
      enabled: p.enabled,
    };
  }

  private domain(api: Api): Promise<string> {
    this.domainId ??= (async () => {
      const wanted = this.settings.domain;
      const { body } = await api.get<{ domains: Array<{ id: string }> }>('identity', '/domains', {
        query: [['name', wanted]],
      });
      if (body.domains[0]) return body.domains[0].id;
      const byId = await api.get<{ domain?: { id: string } }>('identity', `/domains/${encodeURIComponent(wanted)}`, {
        accept: [404],
      });
      if (byId.body?.domain) return byId.body.domain.id;
      throw new ConflictError(
        bi(`The cloud has no domain "${wanted}" (CANOPY_OS_DOMAIN)`, `云平台中没有域“${wanted}”（CANOPY_OS_DOMAIN）`),
      );
    })();
    this.domainId.catch(() => (this.domainId = undefined));
    return this.domainId;
  }

  private role(api: Api): Promise<string> {
    this.roleId ??= (async () => {
      const { body } = await api.get<{ roles: Array<{ id: string }> }>('identity', '/roles', {
        query: [['name', this.settings.memberRole]],
      });
      if (!body.roles[0])
        throw new ConflictError(
          bi(
            `The cloud has no role "${this.settings.memberRole}" (CANOPY_OS_MEMBER_ROLE)`,
            `云平台中没有角色“${this.settings.memberRole}”（CANOPY_OS_MEMBER_ROLE）`,
          ),
        );
      return body.roles[0].id;
    })();
    this.roleId.catch(() => (this.roleId = undefined));
    return this.roleId;
  }
}
