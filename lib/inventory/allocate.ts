// Pure allocation logic for order reservations: which warehouse serves an order and which bins
// inside it each line is taken from. No database access: lib/inventory/ledger.ts locks the
// balance rows, feeds their fresh availability in here and writes what comes out.

/** Units of one product an order needs. */
export type Demand = { productId: string; quantity: number };

/** Available (onHand − reserved) units of one product in one sellable bin. */
export type BinStock = {
  productId: string;
  locationId: string;
  warehouseId: string;
  warehouseCode: string;
  warehouseEmirate: string;
  binCode: string;
  pickOrder: number;
  available: number;
};

export type Allocation = { productId: string; locationId: string; quantity: number };

export type PlanShortage = { productId: string; requested: number; available: number };

export type Plan =
  { ok: true; warehouseId: string; allocations: Allocation[] } | { ok: false; shortages: PlanShortage[] };

// Plain code-unit comparison: deterministic whatever the locale (ids and codes are ASCII).
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One entry per product (quantities of repeated products summed), sorted by productId. */
export function sumDemand(lines: readonly Demand[]): Demand[] {
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.productId, (totals.get(l.productId) ?? 0) + l.quantity);
  return [...totals.entries()]
    .map(([productId, quantity]) => ({ productId, quantity }))
    .sort((a, b) => cmp(a.productId, b.productId));
}

/** Pick-list order inside a warehouse: pickOrder, then bin code (then id, for ties). */
export function compareBins(a: BinStock, b: BinStock): number {
  return a.pickOrder - b.pickOrder || cmp(a.binCode, b.binCode) || cmp(a.locationId, b.locationId);
}

type WarehouseInfo = { id: string; code: string; emirate: string; available: Map<string, number>; bins: BinStock[] };

function groupByWarehouse(stock: readonly BinStock[]): WarehouseInfo[] {
  const byId = new Map<string, WarehouseInfo>();
  for (const s of stock) {
    if (s.available <= 0) continue;
    let w = byId.get(s.warehouseId);
    if (!w) {
      w = { id: s.warehouseId, code: s.warehouseCode, emirate: s.warehouseEmirate, available: new Map(), bins: [] };
      byId.set(s.warehouseId, w);
    }
    w.available.set(s.productId, (w.available.get(s.productId) ?? 0) + s.available);
    w.bins.push(s);
  }
  return [...byId.values()];
}

/**
 * Chooses ONE warehouse able to serve every product of `demand` completely — a warehouse in
 * `preferredEmirate` first, then by warehouse code — and splits each product across that
 * warehouse's bins in pick order (pickOrder, then code).
 *
 * When no single warehouse can serve the whole order, returns the shortages:
 * - products that no single warehouse holds enough of: requested vs the most any one
 *   warehouse has;
 * - otherwise (every product exists somewhere, just not together) the products missing in the
 *   warehouse that comes closest (fewest short products, then smallest shortfall, then the
 *   same preference as above), with that warehouse's availability.
 */
export function planAllocation(
  demandLines: readonly Demand[],
  stock: readonly BinStock[],
  opts: { preferredEmirate?: string | null } = {},
): Plan {
  const demand = sumDemand(demandLines);
  if (demand.length === 0) throw new Error("planAllocation: nothing to allocate");
  for (const d of demand) {
    if (!Number.isInteger(d.quantity) || d.quantity <= 0)
      throw new Error(`planAllocation: bad quantity ${d.quantity} for ${d.productId}`);
  }
  const preferred = opts.preferredEmirate ?? null;
  const warehouses = groupByWarehouse(stock.filter((s) => demand.some((d) => d.productId === s.productId)));
  const rank = (a: WarehouseInfo, b: WarehouseInfo) =>
    Number(b.emirate === preferred) - Number(a.emirate === preferred) || cmp(a.code, b.code) || cmp(a.id, b.id);
  warehouses.sort(rank);

  const shortIn = (w: WarehouseInfo) =>
    demand
      .map((d) => ({ productId: d.productId, requested: d.quantity, available: w.available.get(d.productId) ?? 0 }))
      .filter((s) => s.available < s.requested);

  const chosen = warehouses.find((w) => shortIn(w).length === 0);
  if (chosen) {
    const allocations: Allocation[] = [];
    for (const d of demand) {
      let remaining = d.quantity;
      for (const bin of chosen.bins.filter((b) => b.productId === d.productId).sort(compareBins)) {
        if (remaining === 0) break;
        const take = Math.min(remaining, bin.available);
        allocations.push({ productId: d.productId, locationId: bin.locationId, quantity: take });
        remaining -= take;
      }
    }
    return { ok: true, warehouseId: chosen.id, allocations };
  }

  const bestAnywhere = demand.map((d) => ({
    productId: d.productId,
    requested: d.quantity,
    available: Math.max(0, ...warehouses.map((w) => w.available.get(d.productId) ?? 0)),
  }));
  const shortEverywhere = bestAnywhere.filter((s) => s.available < s.requested);
  if (shortEverywhere.length > 0) return { ok: false, shortages: shortEverywhere };

  // Every product is somewhere, never all in one place: report against the closest warehouse.
  const shortfall = (w: WarehouseInfo) => shortIn(w).reduce((n, s) => n + s.requested - s.available, 0);
  const closest = [...warehouses].sort(
    (a, b) => shortIn(a).length - shortIn(b).length || shortfall(a) - shortfall(b) || rank(a, b),
  )[0];
  return { ok: false, shortages: shortIn(closest) };
}
