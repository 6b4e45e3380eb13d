export type StaffRole = 'ADMIN' | 'TELECOM' | 'OPERATOR';

/** The logged-in user of one request, with what authorization needs already loaded. */
export interface Viewer {
  userId: number;
  name: string;
  /** NULL for platform staff. */
  tenantId: number | null;
  staffRole: StaffRole | null;
  sessionId: number;
  /** Every group the viewer belongs to. */
  groupIds: readonly number[];
  /** Paths ("/1/4/") of the groups the viewer administers: it manages everything below them. */
  adminPaths: readonly string[];
}

/** A root group's path has one segment: "/<id>/". */
export function isRootPath(path: string): boolean {
  return /^\/\d+\/$/.test(path);
}
