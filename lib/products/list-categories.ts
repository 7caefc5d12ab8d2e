import "server-only";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

/** Active product categories for the product form and the CSV import. */
export async function listCategories(actor: Actor) {
  if (!can(actor, "products.manage_own") && !can(actor, "products.view_all")) throw new AppError("not_found");
  return db.productCategory.findMany({
    where: { isActive: true },
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select: { id: true, key: true, nameEn: true, nameAr: true },
  });
}
