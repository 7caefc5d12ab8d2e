/** Query-string values a list URL keeps (filters, sort, page); empty ones are dropped. */
export type ListQuery = Record<string, string | number | boolean | null | undefined>;

/** `basePath?k=v…` with only the non-empty values, for pagers, sort links and filter resets. */
export function listHref(basePath: string, query: ListQuery): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "" || v === false) continue;
    qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `${basePath}?${s}` : basePath;
}
