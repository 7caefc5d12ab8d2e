import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/guards";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { ZFindProductInput } from "./stock.schema";

/**
 * The approved product with exactly this SKU or barcode (what a keyboard-wedge scanner types),
 * for the receiving / transfer / adjustment forms.
 */
export async function findProductByCode(actor: Actor, raw: { code: string }) {
  assertCan(actor, "inventory.view");
  const { code } = parseOrThrow(ZFindProductInput, raw);
  const product = await db.product.findFirst({
    where: { approval: "approved", OR: [{ sku: { equals: code, mode: "insensitive" } }, { barcode: code }] },
    select: { id: true, sku: true, barcode: true, nameEn: true, nameAr: true },
  });
  if (!product) throw new AppError("validation", {}, { code: "product_not_found" });
  return product;
}
