import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { PAGE_SIZE, pageArgs, toPage } from "@/lib/pagination";
import { ZHandoverFilters, type HandoverFilters } from "./cod.schema";

/**
 * Handovers, newest first, filtered by status (CodHandover_status_createdAt_idx) or courier
 * (CodHandover_courierId_createdAt_idx), a page at a time.
 */
export async function listHandovers(actor: Actor, raw: HandoverFilters) {
  assertCan(actor, "finance.cod.reconcile");
  const f = ZHandoverFilters.parse(raw);
  const where: Prisma.CodHandoverWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.courierId ? { courierId: f.courierId } : {}),
  };
  const [rows, total] = await db.$transaction([
    db.codHandover.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(f.page, PAGE_SIZE),
      select: {
        id: true,
        code: true,
        status: true,
        expectedFils: true,
        receivedFils: true,
        differenceFils: true,
        createdAt: true,
        courier: { select: { id: true, name: true } },
        _count: { select: { collections: true } },
      },
    }),
    db.codHandover.count({ where }),
  ]);
  return toPage(rows, total, f.page, PAGE_SIZE);
}
export type HandoverRow = Awaited<ReturnType<typeof listHandovers>>["rows"][number];
