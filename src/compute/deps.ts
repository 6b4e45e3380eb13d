import { ResourceDeps } from '../resources/deps';
import { StorageRowLoaders } from '../storage/storage.loaders';
import { ComputeRowLoaders } from './compute.loaders';
import { ComputeRepo } from './compute.repo';

/** What a compute service needs for one request: the shared resource deps and compute's repo. */
export interface ComputeDeps extends ResourceDeps {
  compute: ComputeRepo;
  /** Canopy's own rows for cloud objects, loaded per request like the cloud's: servers and attachments, and storage's volumes. */
  rows: ComputeRowLoaders & StorageRowLoaders;
}
