import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { exportOrders } from "@/lib/orders/export-orders";
import { FILTER_KEYS } from "@/lib/orders/list-orders.schema";
import { enforceRateLimit } from "@/lib/security/rate-limits";

export const dynamic = "force-dynamic";

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });

/** GET /api/exports/orders?status=&from=&to=&emirate=&q= — the signed-in user's order list as CSV. */
export async function GET(req: Request) {
  const actor = await getActor();
  if (!actor || actor.mustChangePassword) return text(404, "not_found");
  const sp = new URL(req.url).searchParams;
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, sp.get(k) ?? undefined]));
  try {
    await enforceRateLimit("orders.export", actor.userId);
    const { csv, fileName } = await exportOrders(actor, filters);
    return new Response(csv, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (isAppError(e)) {
      const status = e.code === "not_found" ? 404 : e.code === "rate_limited" ? 429 : e.code === "export_too_large" ? 413 : 400;
      return text(status, e.code, e.code === "rate_limited" ? { "Retry-After": String(e.params.seconds ?? 60) } : {});
    }
    const id = actor.requestId ?? crypto.randomUUID();
    console.error(`[orders.export] request ${id}`, e);
    return text(500, `unexpected (${id.slice(0, 8)})`);
  }
}
