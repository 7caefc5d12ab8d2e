import { z } from "zod";

export const PAGE_SIZE = 25;

export const ZPage = z.coerce.number().int().min(1).max(10_000).catch(1).default(1);

export type Page<T> = { rows: T[]; total: number; page: number; pageSize: number; pageCount: number };

export function pageArgs(page: number, pageSize = PAGE_SIZE) {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

export function toPage<T>(rows: T[], total: number, page: number, pageSize = PAGE_SIZE): Page<T> {
  return { rows, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Sort direction in a list URL (`?sort=<key>&dir=asc|desc`). */
export const SORT_DIRS = ["asc", "desc"] as const;
export type SortDir = (typeof SORT_DIRS)[number];
export type Sort<K extends string> = { key: K; dir: SortDir };

/**
 * `sort` and `dir` fields for a list's search-param schema. `keys` are only the columns the
 * read model can order by on an index; anything else in the URL falls back to the default.
 */
export function sortFields<K extends string>(keys: readonly [K, ...K[]], fallback: Sort<K>) {
  return {
    sort: z.enum(keys).catch(fallback.key).default(fallback.key),
    dir: z.enum(SORT_DIRS).catch(fallback.dir).default(fallback.dir),
  };
}
