import DataLoader from 'dataloader';
import { oneByKey } from '../db/batch';
import { ComputeRepo } from './compute.repo';

/** Per-request loaders of Canopy's server and attachment rows: one SQL statement per batch. */
export function computeRowLoaders(compute: ComputeRepo) {
  return {
    serverById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await compute.serversByIds(ids), (row) => row.id),
    ),
    serverByCloudId: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await compute.serversByCloudIds(ids), (row) => row.cloudId),
    ),
    keyPairById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await compute.keyPairsByIds(ids), (row) => row.id),
    ),
    attachmentById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await compute.attachmentsByIds(ids), (row) => row.id),
    ),
    attachmentByCloudId: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await compute.attachmentsByCloudIds(ids), (row) => row.cloudId),
    ),
  };
}

export type ComputeRowLoaders = ReturnType<typeof computeRowLoaders>;
