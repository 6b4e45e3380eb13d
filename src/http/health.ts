import express from 'express';
import type { AppDeps } from './app-deps';

/**
 * /healthz: the process answers. /readyz: it can serve, i.e. the database answers and the cloud
 * answers; a load balancer takes the instance out while either is gone. /metrics: Prometheus.
 */
export function healthRouter(deps: AppDeps): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const checks = {
      database: await check(() => deps.db.db.ping()),
      cloud: await check(() => deps.cloud.getProjects([])),
    };
    const ready = checks.database === 'ok' && checks.cloud === 'ok';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  router.get('/metrics', async (_req, res) => {
    res.set('Content-Type', deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  return router;
}

async function check(probe: () => Promise<unknown>): Promise<'ok' | 'failing'> {
  try {
    await probe();
    return 'ok';
  } catch {
    return 'failing';
  }
}
