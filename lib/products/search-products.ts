import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { can, type Actor } from "@/lib/auth/actor";
import { likeLiteral } from "@/lib/db/like";
import { AppError } from "@/lib/errors";
import { PICKER_LIMIT, type EntityChoice } from "@/lib/ui/picker";
import { productScope } from "./scope";
import { ZSearchProductsInput, type SearchProductsInput } from "./search-products.schema";

/**
 * Products matching the typed text (SKU or barcode prefix, English or Arabic name), within the
 * actor's rows: a seller its own catalogue, `products.view_all` every seller's, warehouse staff
 * (`inventory.view`) approved products. Anyone else: not_found. `id` resolves one product.
 */
export async function searchProducts(actor: Actor, raw: SearchProductsInput): Promise<EntityChoice[]> {
  const input = parseOrThrow(ZSearchProductsInput, raw);
  const scopes: Prisma.ProductWhereInput[] = [];
  if (can(actor, "products.view_all") || can(actor, "products.manage_own")) scopes.push(productScope(actor));
  if (can(actor, "inventory.view")) scopes.push({ approval: "approved" });
  if (!scopes.length) throw new AppError("not_found");
  const text = likeLiteral(input.q);
  const rows = await db.product.findMany({
    where: {
      AND: [
        { OR: scopes },
        { archivedAt: null },
        input.id ? { id: input.id } : {},
        input.q
          ? {
              OR: [
                { sku: { startsWith: text, mode: "insensitive" } },
                { barcode: { startsWith: text } },
                { nameEn: { contains: text, mode: "insensitive" } },
                { nameAr: { contains: text, mode: "insensitive" } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ sku: "asc" }],
    take: PICKER_LIMIT,
    select: { id: true, sku: true, nameEn: true, nameAr: true },
  });
  return rows.map((p) => ({ id: p.id, label: input.locale === "ar" ? p.nameAr : p.nameEn, detail: p.sku }));
}

/** The chosen product of a filter (the id in the URL) with its label, or null. */
export async function productChoice(
  actor: Actor,
  id: string | undefined,
  locale: string,
): Promise<EntityChoice | null> {
  return id ? ((await searchProducts(actor, { id, locale: locale === "ar" ? "ar" : "en" })).at(0) ?? null) : null;
}
