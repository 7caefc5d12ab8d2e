import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";

/** In-house couriers (their cash comes to Atlas by handover), active ones first. */
export async function listHandoverCouriers(actor: Actor) {
  assertCan(actor, "finance.cod.reconcile");
  return db.courier.findMany({
    where: { companyId: null },
    orderBy: [{ isActive: "desc" }, { name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true, isActive: true },
  });
}

/** Partner companies (not archived) that remit the cash their drivers collect. */
export async function listRemittingCompanies(actor: Actor) {
  assertCan(actor, "finance.cod.reconcile");
  return db.deliveryCompany.findMany({
    where: { archivedAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, code: true, name: true, nameAr: true },
  });
}
