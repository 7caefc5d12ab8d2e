import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { getActor, can, type Actor } from "@/lib/auth/actor";
import { logDenied } from "@/lib/auth/guards";
import { isAppError, type ErrorCode } from "@/lib/errors";
import type { Permission } from "@/lib/rbac/permissions";
import { enforceRateLimit, type RateLimitName } from "@/lib/security/rate-limits";
import { zodFieldErrors } from "./field-errors";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: ErrorCode;
      params?: Record<string, string | number>;
      fields?: Record<string, string>;
      requestId?: string;
    };

type ActionDef<S extends z.ZodType, T> = {
  /** Stable name, used in logs and as the rate-limit key. */
  name: string;
  /** Checked before anything runs; the use-case checks it again (defence in depth). */
  permission: Permission | "signed_in";
  schema: S;
  rateLimit?: RateLimitName;
  /** Only the password change itself may run while a temporary password is in use. */
  allowWithTemporaryPassword?: boolean;
  run: (actor: Actor, input: z.output<S>) => Promise<T>;
};

/**
 * The one way to build a server action (STYLE.md rule 4): session → permission → zod →
 * rate limit → use-case → typed error code. Export the result from a "use server" file.
 */
export function defineAction<S extends z.ZodType, T>(def: ActionDef<S, T>) {
  return async function action(raw: z.input<S>): Promise<ActionResult<T>> {
    const actor = await getActor();
    if (!actor) return { ok: false, error: "not_found" };
    try {
      if (actor.mustChangePassword && !def.allowWithTemporaryPassword) {
        return { ok: false, error: "password_change_required" };
      }
      if (def.permission !== "signed_in" && !can(actor, def.permission)) {
        await logDenied(actor, def.permission, `action:${def.name}`);
        return { ok: false, error: "not_found" };
      }
      const parsed = def.schema.safeParse(raw);
      if (!parsed.success) return { ok: false, error: "validation", fields: zodFieldErrors(parsed.error) };
      if (def.rateLimit) await enforceRateLimit(def.rateLimit, actor.userId);
      return { ok: true, data: await def.run(actor, parsed.data) };
    } catch (e) {
      if (isAppError(e)) return { ok: false, error: e.code, params: e.params, fields: e.fields };
      const requestId = actor.requestId ?? randomUUID();
      console.error(`[action ${def.name}] request ${requestId}`, e);
      return { ok: false, error: "unexpected", requestId };
    }
  };
}
