import "server-only";
import type { Db } from "@/lib/db/client";
import { reservedBinsOf } from "@/lib/inventory/ledger";
import { comparePickPath } from "./pick-path";

export type BinLine = {
  orderId: string;
  productId: string;
  locationId: string;
  binCode: string;
  pickOrder: number;
  quantity: number;
};
type RawLine = Omit<BinLine, "binCode" | "pickOrder">;

/** What is still reserved for each order per (product, bin), from the ledger, in pick-path order. */
export async function reservedBinLines(client: Db, orderIds: readonly string[]): Promise<BinLine[]> {
  return withBins(client, await reservedBinsOf(client, orderIds));
}

/**
 * Where each order's units are: its outstanding reservation per (product, bin) from the
 * ledger, or — once packing consumed it — the bins they were picked from. Sorted the way a
 * picker walks: bin pickOrder, then bin code. A fixed number of queries for any batch size.
 */
export async function orderBins(client: Db, orderIds: readonly string[]): Promise<BinLine[]> {
  const open = await reservedBinsOf(client, orderIds);
  const held = new Set(open.map((r) => r.orderId));
  const packed = orderIds.filter((id) => !held.has(id));
  const picked =
    packed.length === 0
      ? []
      : await client.stockMovement.groupBy({
          by: ["orderId", "productId", "locationId"],
          where: { orderId: { in: packed }, type: "pick" },
          _sum: { quantity: true },
          orderBy: [{ orderId: "asc" }, { productId: "asc" }, { locationId: "asc" }],
        });
  return withBins(client, [
    ...open,
    ...picked
      .map((p) => ({
        orderId: p.orderId as string,
        productId: p.productId,
        locationId: p.locationId,
        quantity: -(p._sum.quantity ?? 0),
      }))
      .filter((p) => p.quantity > 0),
  ]);
}

async function withBins(client: Db, raw: readonly RawLine[]): Promise<BinLine[]> {
  const bins = await client.binLocation.findMany({
    where: { id: { in: [...new Set(raw.map((r) => r.locationId))] } },
    select: { id: true, code: true, pickOrder: true },
  });
  const byId = new Map(bins.map((b) => [b.id, b]));
  return raw
    .map((r) => ({
      ...r,
      binCode: byId.get(r.locationId)?.code ?? "",
      pickOrder: byId.get(r.locationId)?.pickOrder ?? 0,
    }))
    .sort(comparePickPath);
}
