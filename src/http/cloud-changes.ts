import type { AppDeps } from './app-deps';

/**
 * Changes the cloud made by itself (a build settling, a server stopped through Nova's own API)
 * become events like a mutation's: the cloud id is looked up to Canopy's row, whose tenant the
 * event names; what Canopy does not know is not told.
 */
export function publishCloudChanges(deps: AppDeps): () => void {
  return deps.cloud.watchChanges((change) => {
    const lookup =
      change.kind === 'server'
        ? deps.computeRepo.serversByCloudIds([change.cloudId])
        : deps.storageRepo.volumesByCloudIds([change.cloudId]);
    lookup
      .then((rows) => {
        for (const row of rows) deps.bus.publish({ kind: change.kind, tenantId: row.tenantId, id: row.id });
      })
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'live updates: a cloud change was lost'));
  });
}
