import { ResourceDeps } from '../resources/deps';
import { StorageRowLoaders } from './storage.loaders';
import { StorageRepo } from './storage.repo';

/** What a storage service needs for one request: the shared resource deps and storage's repo. */
export interface StorageDeps extends ResourceDeps {
  storage: StorageRepo;
  /** Canopy's own rows for volumes, loaded per request like the cloud's. */
  rows: StorageRowLoaders;
}
