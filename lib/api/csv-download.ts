import "server-only";
import { getActor, type Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { enforceRateLimit, type RateLimitName } from "@/lib/security/rate-limits";

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });

const STATUS: Record<string, number> = { not_found: 404, rate_limited: 429, export_too_large: 413 };

/**
 * A signed-in CSV download (exports, report tables): the session's actor (none, or one who must
 * change the password first: 404), the rate limit, then `build` — a use-case that checks the
 * permission and scope itself. AppErrors become their status (not_found → 404, rate_limited →
 * 429 with Retry-After, export_too_large → 413, else 400); anything else is logged with the
 * request id and answered 500 without details.
 */
export async function csvDownload(
  label: string,
  limit: RateLimitName,
  build: (actor: Actor) => Promise<{ csv: string; fileName: string }>,
): Promise<Response> {
  const actor = await getActor();
  if (!actor || actor.mustChangePassword) return text(404, "not_found");
  try {
    await enforceRateLimit(limit, actor.userId);
    const { csv, fileName } = await build(actor);
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
      return text(
        STATUS[e.code] ?? 400,
        e.code,
        e.code === "rate_limited" ? { "Retry-After": String(e.params.seconds ?? 60) } : {},
      );
    }
    const id = actor.requestId ?? crypto.randomUUID();
    console.error(`[${label}] request ${id}`, e);
    return text(500, `unexpected (${id.slice(0, 8)})`);
  }
}
