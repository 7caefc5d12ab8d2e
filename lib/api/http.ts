import "server-only";
import { randomUUID } from "node:crypto";
import { isAppError, type ErrorCode } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { enforceRateLimit } from "@/lib/security/rate-limits";
import { authenticateToken } from "./authenticate-token";

// JSON for machines: stable codes, English messages, never a stack trace; private data is
// never cached (ASVS 14.3.2).
const NO_STORE = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

const STATUS: Partial<Record<ErrorCode, number>> = {
  validation: 400,
  not_found: 404,
  conflict: 409,
  idempotency_conflict: 409,
  rate_limited: 429,
  import_too_large: 413,
  export_too_large: 413,
};
const MESSAGES: Partial<Record<ErrorCode | "unauthorized", string>> = {
  unauthorized: "Missing, invalid or revoked API token.",
  validation: "The request is not valid; see fields.",
  not_found: "Not found.",
  conflict: "The resource changed in the meantime; retry.",
  idempotency_conflict: "This Idempotency-Key was already used with a different request body.",
  rate_limited: "Too many requests; retry after the number of seconds in Retry-After.",
  unexpected: "Unexpected error; quote the requestId when contacting support.",
};

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...NO_STORE, ...headers } });
}

export function apiErrorBody(
  code: ErrorCode | "unauthorized",
  extra: { fields?: Record<string, string>; requestId?: string } = {},
) {
  return {
    error: {
      code,
      message: MESSAGES[code] ?? code,
      ...(extra.fields && Object.keys(extra.fields).length ? { fields: extra.fields } : {}),
      ...(extra.requestId ? { requestId: extra.requestId } : {}),
    },
  };
}

export function apiError(e: unknown, requestId: string | null = null): Response {
  if (isAppError(e)) {
    const headers: Record<string, string> =
      e.code === "rate_limited" ? { "Retry-After": String(e.params.seconds ?? 60) } : {};
    return apiJson(apiErrorBody(e.code, { fields: e.fields }), STATUS[e.code] ?? 400, headers);
  }
  const id = requestId ?? randomUUID();
  console.error(`[api] request ${id}`, e);
  return apiJson(apiErrorBody("unexpected", { requestId: id }), 500);
}

/** Bearer token → actor → per-token rate limit → handler; every failure as JSON. */
export async function withApiActor(req: Request, handler: (actor: Actor) => Promise<Response>): Promise<Response> {
  let requestId: string | null = null;
  try {
    const auth = await authenticateToken(req.headers);
    if (!auth) return apiJson(apiErrorBody("unauthorized"), 401, { "WWW-Authenticate": 'Bearer realm="atlas"' });
    requestId = auth.actor.requestId;
    // Per seller, not per token: more tokens must not mean more budget.
    await enforceRateLimit("api.orders", auth.actor.sellerId);
    return await handler(auth.actor);
  } catch (e) {
    return apiError(e, requestId);
  }
}
