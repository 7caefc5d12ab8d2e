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
