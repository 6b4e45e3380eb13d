import { CloudChange } from '../cloud/driver';
import type { AppDeps } from './app-deps';

/** Each poll asks from a little before the previous one started: a change at the edge is told twice, never lost. */
const OVERLAP_MS = 2_000;

/**
 * Changes the cloud made by itself (a build settling, a server stopped through Nova's own API)
 * become events like a mutation's: the cloud id is looked up to Canopy's row, whose tenant the
 * event names; what Canopy does not know is not told. A cloud that tells is listened to; a cloud
 * that must be asked is polled every CANOPY_LIVE_POLL_MS, for all projects at once, by one
 * replica at a time (LiveBus.leads).
 */
export function publishCloudChanges(deps: AppDeps): () => void {
  const publish = (change: CloudChange) => {
    const lookup =
      change.kind === 'server'
        ? deps.computeRepo.serversByCloudIds([change.cloudId])
        : deps.storageRepo.volumesByCloudIds([change.cloudId]);
    lookup
      .then((rows) => {
        for (const row of rows) deps.bus.publish({ kind: change.kind, tenantId: row.tenantId, id: row.id });
      })
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'live updates: a cloud change was lost'));
  };
  const stops: Array<() => void> = [];
  if (deps.cloud.watchChanges) stops.push(deps.cloud.watchChanges(publish));
  const ask = deps.cloud.changedSince?.bind(deps.cloud);
  if (ask) {
    let since = deps.clock.now();
    let polling = false;
    const poll = async () => {
      const started = deps.clock.now();
      if (await deps.bus.leads('canopy-cloud-poller')) (await ask(new Date(since - OVERLAP_MS))).forEach(publish);
      since = started;
    };
    const timer = setInterval(() => {
      if (polling) return;
      polling = true;
      poll()
        .catch((error: unknown) => deps.logger.warn({ err: error }, 'live updates: polling the cloud failed'))
        .finally(() => (polling = false));
    }, deps.config.live.pollMs).unref();
    stops.push(() => clearInterval(timer));
  }
  return () => stops.forEach((stop) => stop());
}
