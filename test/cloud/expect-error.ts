/** Matches a typed Canopy error by its code, for `rejects.toMatchObject`. */
export function CloudError(code: string): { code: string } {
  return { code };
}
