import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { exportFinanceReport } from "@/lib/finance/reports/export-finance-report";
import { enforceRateLimit } from "@/lib/security/rate-limits";

export const dynamic = "force-dynamic";

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });

/**
 * GET /api/finance/reports/<fees|cod-couriers|cod-companies|payouts|refunds>?from=&to=&sellerId=
 * — one table of the finance reports as CSV, for holders of finance.reports (anyone else: 404).
 */
export async function GET(req: Request, { params }: { params: Promise<{ report: string }> }) {
  const actor = await getActor();
  if (!actor || actor.mustChangePassword) return text(404, "not_found");
  const { report } = await params;
  const sp = new URL(req.url).searchParams;
  try {
    await enforceRateLimit("finance.mutation", actor.userId);
    const { csv, fileName } = await exportFinanceReport(actor, report, { from: sp.get("from"), to: sp.get("to"), sellerId: sp.get("sellerId") });
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
      const status = e.code === "not_found" ? 404 : e.code === "rate_limited" ? 429 : 400;
      return text(status, e.code, e.code === "rate_limited" ? { "Retry-After": String(e.params.seconds ?? 60) } : {});
    }
    const id = actor.requestId ?? crypto.randomUUID();
    console.error(`[finance.reports.export] request ${id}`, e);
    return text(500, `unexpected (${id.slice(0, 8)})`);
  }
}
