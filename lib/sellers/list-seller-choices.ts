import "server-only";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Permission } from "@/lib/rbac/permissions";

export type SellerChoice = { id: string; storeName: string; code: string };

/** Approved sellers (id, store name, code) by store name, for staff pickers; callers check access. */
export function approvedSellerChoices(): Promise<SellerChoice[]> {
  return db.sellerProfile.findMany({
    where: { approvedAt: { not: null } },
    orderBy: [{ storeName: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, storeName: true, code: true },
  });
}

/**
 * Approved sellers for staff filter menus, to holders of one of `allowed` (by default the
 * call-center and order desks); anyone else: not_found.
 */
export async function listSellerChoices(
  actor: Actor,
  allowed: readonly Permission[] = ["orders.view_all", "callcenter.assign"],
): Promise<SellerChoice[]> {
  if (!allowed.some((p) => can(actor, p))) throw new AppError("not_found");
  return approvedSellerChoices();
}
