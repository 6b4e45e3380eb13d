/** True when SQLite refused a write for breaking a UNIQUE constraint (a lost race on a name). */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}
