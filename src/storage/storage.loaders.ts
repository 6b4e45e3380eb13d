import DataLoader from 'dataloader';
import { oneByKey } from '../db/batch';
import { StorageRepo } from './storage.repo';

/** Per-request loaders of Canopy's volume rows: one SQL statement per batch. */
export function storageRowLoaders(storage: StorageRepo) {
  return {
    volumeById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await storage.volumesByIds(ids), (row) => row.id),
    ),
    volumeByCloudId: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await storage.volumesByCloudIds(ids), (row) => row.cloudId),
    ),
  };
}

export type StorageRowLoaders = ReturnType<typeof storageRowLoaders>;
