import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { reservedBinsOf } from "@/lib/inventory/ledger";
import { comparePickPath } from "./pick-path";

export type BinLine = { orderId: string; productId: string; locationId: string; binCode: string; pickOrder: number; quantity: number };

/**
 * Where each order's units are: its outstanding reservation per (product, bin) from the
 * ledger, or — once packing consumed it — the bins they were picked from. Sorted the way a
 * picker walks: bin pickOrder, then bin code.
 */
export async function orderBins(tx: Tx | Db, orderIds: readonly string[]): Promise<BinLine[]> {
  const raw: Array<{ orderId: string; productId: string; locationId: string; quantity: number }> = [];
  for (const orderId of orderIds) {
    const open = await reservedBinsOf(tx as Tx, orderId);
    if (open.length) {
      raw.push(...open.map((r) => ({ orderId, ...r })));
      continue;
    }
    const picked = await tx.stockMovement.groupBy({
      by: ["productId", "locationId"],
      where: { orderId, type: "pick" },
      _sum: { quantity: true },
      orderBy: [{ productId: "asc" }, { locationId: "asc" }],
    });
    raw.push(...picked.map((p) => ({ orderId, productId: p.productId, locationId: p.locationId, quantity: -(p._sum.quantity ?? 0) })).filter((p) => p.quantity > 0));
  }
  const bins = await tx.binLocation.findMany({ where: { id: { in: [...new Set(raw.map((r) => r.locationId))] } }, select: { id: true, code: true, pickOrder: true } });
  const byId = new Map(bins.map((b) => [b.id, b]));
  return raw
    .map((r) => ({ ...r, binCode: byId.get(r.locationId)?.code ?? "", pickOrder: byId.get(r.locationId)?.pickOrder ?? 0 }))
    .sort(comparePickPath);
}
