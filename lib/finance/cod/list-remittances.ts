import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { PAGE_SIZE, pageArgs, toPage } from "@/lib/pagination";
import { ZRemittanceFilters, type RemittanceFilters } from "./cod.schema";

/**
 * Company remittances, newest first, by status (CompanyRemittance_status_createdAt_idx) or
 * company (CompanyRemittance_companyId_createdAt_idx), a page at a time.
 */
export async function listRemittances(actor: Actor, raw: RemittanceFilters) {
  assertCan(actor, "finance.cod.reconcile");
  const f = ZRemittanceFilters.parse(raw);
  const where: Prisma.CompanyRemittanceWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.companyId ? { companyId: f.companyId } : {}),
  };
  const [rows, total] = await db.$transaction([
    db.companyRemittance.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(f.page, PAGE_SIZE),
      select: {
        id: true,
        reference: true,
        status: true,
        expectedFils: true,
        receivedFils: true,
        differenceFils: true,
        createdAt: true,
        company: { select: { id: true, name: true, nameAr: true } },
        _count: { select: { lines: true } },
      },
    }),
    db.companyRemittance.count({ where }),
  ]);
  return toPage(rows, total, f.page, PAGE_SIZE);
}
export type RemittanceRow = Awaited<ReturnType<typeof listRemittances>>["rows"][number];
