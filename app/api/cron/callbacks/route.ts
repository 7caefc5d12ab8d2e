import { timingSafeEqual } from "node:crypto";
import { releaseDueCallbacks } from "@/lib/callcenter/release-due-callbacks";

export const dynamic = "force-dynamic";

function authorized(header: string | null): boolean {
  const secret = process.env.CRON_SECRET;
  if (!secret || !header) return false;
  const a = Buffer.from(header);
  const b = Buffer.from(`Bearer ${secret}`);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Scheduled sweep (Vercel Cron sends `Authorization: Bearer $CRON_SECRET`): postponed orders
 * whose callback time has come go back to their agents, who are notified. Queue pages and
 * "next order" run the same sweep, so this only matters when nobody is looking.
 * Without CRON_SECRET the route does not exist.
 */
export async function GET(request: Request): Promise<Response> {
  if (!authorized(request.headers.get("authorization"))) return new Response("Not found", { status: 404 });
  const released = await releaseDueCallbacks();
  return Response.json({ released }, { headers: { "Cache-Control": "no-store" } });
}
