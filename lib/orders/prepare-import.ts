import "server-only";
import type { Db } from "@/lib/db/client";
import type { CreateOrderInput } from "./create-order.schema";
import { draftFromGroup, finishErrors, groupImportRows, type ImportRow, type ImportRowError } from "./import-rows";

export type PreparedOrder = { rows: ImportRow[]; input: CreateOrderInput | null; errors: ImportRowError[] };

/**
 * Rows of one seller's CSV → orders ready for createOrder, or the reasons their rows are
 * refused. SKUs are looked up among this seller's products only: another seller's SKU is
 * "unknown", exactly like a SKU that does not exist.
 */
export async function prepareImport(db: Db, sellerId: string, rows: ImportRow[]): Promise<PreparedOrder[]> {
  const drafts = groupImportRows(rows).map(draftFromGroup);
  const skus = [
    ...new Set(drafts.flatMap((d) => d.rows.map((r) => (r.sku ?? "").trim().toUpperCase())).filter(Boolean)),
  ];
  const products = await db.product.findMany({
    where: { sellerId, sku: { in: skus } },
    select: { id: true, sku: true, approval: true, isActive: true, archivedAt: true },
  });
  const bySku = new Map(products.map((p) => [p.sku, p]));
  return drafts.map((d) => {
    if (!d.input) return d;
    const errors: ImportRowError[] = [];
    const lines = d.input.lines.map((l, i) => {
      const p = bySku.get(l.productId);
      if (!p) errors.push({ line: d.rows[i].line, reason: "sku_unknown", field: "sku" });
      else if (p.approval !== "approved" || !p.isActive || p.archivedAt)
        errors.push({ line: d.rows[i].line, reason: "product_not_orderable", field: "sku" });
      return { ...l, productId: p?.id ?? "" };
    });
    return errors.length
      ? { rows: d.rows, input: null, errors: finishErrors(d.rows, errors) }
      : { rows: d.rows, input: { ...d.input, lines }, errors: [] };
  });
}
