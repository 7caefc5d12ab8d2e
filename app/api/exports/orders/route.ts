import { csvDownload } from "@/lib/api/csv-download";
import { exportOrders } from "@/lib/orders/export-orders";
import { FILTER_KEYS } from "@/lib/orders/list-orders.schema";

export const dynamic = "force-dynamic";

/** GET /api/exports/orders?status=&from=&to=&emirate=&q= — the signed-in user's order list as CSV. */
export async function GET(req: Request) {
  const sp = new URL(req.url).searchParams;
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, sp.get(k) ?? undefined]));
  return csvDownload("orders.export", "orders.export", (actor) => exportOrders(actor, filters));
}
