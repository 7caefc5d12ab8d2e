import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { barcodeSvg } from "@/lib/barcode/barcode";
import { warehouseScope } from "@/lib/dashboard/module-counts";
import { productScope } from "./scope";

const MAX_LABELS = 200;
const ids = (csv: string | undefined) => [
  ...new Set(
    (csv ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/**
 * Printable labels: products (SKU, name, Code 128 of the barcode) and bins (Code 128 + QR of
 * the bin code). Every id must be in the actor's scope (a product with stock in their
 * warehouses, a bin of their warehouses); anything else is not_found.
 */
export async function getLabels(actor: Actor, query: { products?: string; bins?: string }) {
  if (!can(actor, "labels.print") && !can(actor, "inventory.view")) throw new AppError("not_found");
  const productIds = ids(query.products);
  const binIds = ids(query.bins);
  if (productIds.length + binIds.length === 0 || productIds.length + binIds.length > MAX_LABELS)
    throw new AppError("not_found");
  const [products, bins] = await Promise.all([
    db.product.findMany({
      where: { AND: [productScope(actor), { id: { in: productIds } }] },
      orderBy: { sku: "asc" },
      select: { id: true, sku: true, barcode: true, nameEn: true, nameAr: true },
    }),
    db.binLocation.findMany({
      where: { id: { in: binIds }, warehouse: warehouseScope(actor) },
      orderBy: { code: "asc" },
      select: { id: true, code: true, kind: true, warehouse: { select: { code: true } } },
    }),
  ]);
  if (products.length !== productIds.length || bins.length !== binIds.length) throw new AppError("not_found");
  return {
    products: products.map((p) => ({ ...p, svg: barcodeSvg(p.barcode, "code128") })),
    bins: bins.map((b) => ({ ...b, svg: barcodeSvg(b.code, "code128"), qr: barcodeSvg(b.code, "qrcode") })),
  };
}
