import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/guards";
import type { Actor } from "@/lib/auth/actor";
import { likeLiteral } from "@/lib/db/like";
import { pageArgs, toPage } from "@/lib/pagination";
import type { Prisma } from "@/generated/prisma/client";
import { warehouseFilter } from "./scope";
import { ZListStockInput } from "./list-stock.schema";

/** Stock per product and bin in the actor's warehouses: on hand, reserved, available. */
export async function listStock(actor: Actor, raw: unknown) {
  assertCan(actor, "inventory.view");
  const input = ZListStockInput.parse(raw ?? {});
  const warehouseIds = await warehouseFilter(actor, input.warehouseId);
  const and: Prisma.StockBalanceWhereInput[] = [{ location: { warehouseId: { in: warehouseIds } } }];
  if (input.q) {
    const q = likeLiteral(input.q);
    and.push({
      product: {
        OR: [
          { sku: { contains: q, mode: "insensitive" } },
          { barcode: { contains: q, mode: "insensitive" } },
          { nameEn: { contains: q, mode: "insensitive" } },
          { nameAr: { contains: q, mode: "insensitive" } },
        ],
      },
    });
  }
  const where: Prisma.StockBalanceWhereInput = { AND: and };
  const [rows, total] = await Promise.all([
    db.stockBalance.findMany({
      where,
      orderBy: [{ product: { sku: "asc" } }, { location: { code: "asc" } }],
      ...pageArgs(input.page),
      select: {
        onHand: true,
        reserved: true,
        product: { select: { id: true, sku: true, barcode: true, nameEn: true, nameAr: true, minStock: true } },
        location: {
          select: { id: true, code: true, kind: true, isActive: true, warehouse: { select: { id: true, code: true } } },
        },
      },
    }),
    db.stockBalance.count({ where }),
  ]);
  return toPage(
    rows.map((r) => ({ ...r, available: r.onHand - r.reserved })),
    total,
    input.page,
  );
}
