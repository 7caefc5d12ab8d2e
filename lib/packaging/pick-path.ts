// Pick-path ordering and batch grouping (pure: unit-tested in pick-path.test.ts).

type Stop = { pickOrder: number; binCode: string; sku?: string; productId?: string };

/** The order a picker walks: bin pickOrder, then bin code, then SKU (stable for equal bins). */
export function comparePickPath(a: Stop, b: Stop): number {
  return (
    a.pickOrder - b.pickOrder ||
    a.binCode.localeCompare(b.binCode, "en", { numeric: true }) ||
    (a.sku ?? a.productId ?? "").localeCompare(b.sku ?? b.productId ?? "", "en", { numeric: true })
  );
}

export type PickInput = {
  orderCode: string;
  productId: string;
  sku: string;
  nameEn: string;
  nameAr: string;
  locationId: string;
  binCode: string;
  pickOrder: number;
  quantity: number;
};
export type PickLine = Omit<PickInput, "orderCode"> & { orders: Array<{ code: string; quantity: number }> };

/**
 * One line per (bin, product) across the selected orders, with the total to pick and how it
 * splits over the orders; sorted along the pick path.
 */
export function groupPickList(items: readonly PickInput[]): PickLine[] {
  const byKey = new Map<string, PickLine>();
  for (const it of items) {
    if (it.quantity <= 0) continue;
    const key = `${it.locationId}\u0000${it.productId}`;
    const line = byKey.get(key);
    if (!line) {
      const { orderCode, ...rest } = it;
      byKey.set(key, { ...rest, orders: [{ code: orderCode, quantity: it.quantity }] });
    } else {
      line.quantity += it.quantity;
      const o = line.orders.find((x) => x.code === it.orderCode);
      if (o) o.quantity += it.quantity;
      else line.orders.push({ code: it.orderCode, quantity: it.quantity });
    }
  }
  return [...byKey.values()].sort(comparePickPath);
}
