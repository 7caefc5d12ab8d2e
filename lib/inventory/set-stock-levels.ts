import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/guards";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { syncLowStock, warehousesOfProduct } from "./low-stock";
import { scopedProduct } from "./scope";
import { ZStockLevelsInput, type StockLevelsFormInput } from "./stock.schema";

/** Min/max stock of a product (audited); the low-stock alerts follow the new minimum at once. */
export async function setStockLevels(actor: Actor, raw: StockLevelsFormInput) {
  assertCan(actor, "inventory.adjust");
  const input = parseOrThrow(ZStockLevelsInput, raw);
  return db.$transaction(async (tx) => {
    const product = await scopedProduct(actor, input.productId, tx);
    // Serialize with concurrent level changes of the same product.
    await tx.$queryRaw`SELECT 1 AS "ok" FROM "Product" WHERE "id" = ${product.id} FOR NO KEY UPDATE`;
    await tx.product.update({
      where: { id: product.id },
      data: { minStock: input.minStock, maxStock: input.maxStock },
    });
    await writeAudit(tx, auditContext(actor), {
      action: "inventory.levels",
      targetType: "Product",
      targetId: product.id,
      before: { minStock: product.minStock, maxStock: product.maxStock },
      after: { minStock: input.minStock, maxStock: input.maxStock },
    });
    const opened = await syncLowStock(tx, await warehousesOfProduct(tx, product.id));
    return { minStock: input.minStock, maxStock: input.maxStock, alertsOpened: opened };
  });
}
