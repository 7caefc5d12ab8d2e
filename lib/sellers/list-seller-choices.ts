import "server-only";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

/** Approved sellers for staff filter menus (id and store name only), by store name. */
export async function listSellerChoices(actor: Actor): Promise<Array<{ id: string; storeName: string }>> {
  if (!can(actor, "orders.view_all") && !can(actor, "callcenter.assign")) throw new AppError("not_found");
  return db.sellerProfile.findMany({
    where: { approvedAt: { not: null } },
    orderBy: [{ storeName: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, storeName: true },
  });
}
