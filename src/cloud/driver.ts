/**
 * The cloud driver contract: the only way Canopy reaches a cloud. Lookups are batch-first (they
 * take lists of ids and return maps) so per-request DataLoaders can answer a whole page in one call.
 * Drivers throw the typed errors of src/errors.ts (NotFoundError, ConflictError,
 * QuotaExceededError, UpstreamUnavailableError), never their transport's own errors.
 */
export interface CloudProject {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
}

export interface CreateProjectInput {
  name: string;
  description: string;
}

export interface CloudDriver {
  readonly kind: 'sim' | 'openstack';
  createProject(input: CreateProjectInput): Promise<CloudProject>;
  updateProject(id: string, patch: Partial<Pick<CloudProject, 'name' | 'description' | 'enabled'>>): Promise<CloudProject>;
  /** Deleting a project that is already gone succeeds: compensation and retries must be idempotent. */
  deleteProject(id: string): Promise<void>;
  /** Ids that do not exist are simply absent from the map. */
  getProjects(ids: readonly string[]): Promise<Map<string, CloudProject>>;
}

export type CloudOperation = Exclude<keyof CloudDriver, 'kind'>;
