import DataLoader from 'dataloader';
import { ComputeRepo } from '../compute/compute.repo';
import { oneByKey } from '../db/batch';
import { StorageRepo } from '../storage/storage.repo';

/** Per-request loaders of Canopy's rows for cloud objects: one SQL statement per batch. */
export function resourceRowLoaders(compute: ComputeRepo, storage: StorageRepo) {
  return {
    serverById: new DataLoader(async (ids: readonly number[]) => oneByKey(ids, await compute.serversByIds(ids), (row) => row.id)),
    serverByCloudId: new DataLoader(async (ids: readonly string[]) => oneByKey(ids, await compute.serversByCloudIds(ids), (row) => row.cloudId)),
    volumeById: new DataLoader(async (ids: readonly number[]) => oneByKey(ids, await storage.volumesByIds(ids), (row) => row.id)),
    volumeByCloudId: new DataLoader(async (ids: readonly string[]) => oneByKey(ids, await storage.volumesByCloudIds(ids), (row) => row.cloudId)),
    attachmentById: new DataLoader(async (ids: readonly number[]) => oneByKey(ids, await compute.attachmentsByIds(ids), (row) => row.id)),
    attachmentByCloudId: new DataLoader(async (ids: readonly string[]) => oneByKey(ids, await compute.attachmentsByCloudIds(ids), (row) => row.cloudId)),
  };
}

export type ResourceRowLoaders = ReturnType<typeof resourceRowLoaders>;
