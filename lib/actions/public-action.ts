import "server-only";
import { randomUUID } from "node:crypto";
import { isAppError } from "@/lib/errors";
import { enforceRateLimit, type RateLimitName } from "@/lib/security/rate-limits";
import { getRequestContext, type RequestContext } from "@/lib/security/request-context";
import type { ActionResult } from "./action";

type PublicActionDef<I, T> = {
  /** Stable name, used in logs. */
  name: string;
  /** Keyed by the client IP (there is no account yet); required, public forms are targets. */
  rateLimit: RateLimitName;
  run: (input: I, ctx: RequestContext) => Promise<T>;
};

/**
 * defineAction's sibling for the few actions used before anyone is signed in (seller
 * registration, email verification). defineAction cannot serve them: it starts from the
 * session and a permission, and an applicant has neither. Everything else stays the same:
 * rate limit (per IP instead of per user), input validated by the use-case's zod schema (the
 * use-case parses it and throws `validation` with field codes), typed error codes, and a
 * request id instead of a stack trace.
 */
export function definePublicAction<I, T>(def: PublicActionDef<I, T>) {
  return async function action(input: I): Promise<ActionResult<T>> {
    const ctx = await getRequestContext();
    try {
      // No IP (a deployment without a proxy in front: Next adds X-Forwarded-For only after
      // middleware) must not mean "no limit": such requests share one bucket.
      await enforceRateLimit(def.rateLimit, ctx.ip ?? "ip-unknown");
      return { ok: true, data: await def.run(input, ctx) };
    } catch (e) {
      if (isAppError(e)) return { ok: false, error: e.code, params: e.params, fields: e.fields };
      const requestId = ctx.requestId ?? randomUUID();
      console.error(`[action ${def.name}] request ${requestId}`, e);
      return { ok: false, error: "unexpected", requestId };
    }
  };
}
