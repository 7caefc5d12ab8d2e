import "server-only";
import { notFound as nextNotFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Permission } from "@/lib/rbac/permissions";
import { auditContext, can, getActor, type Actor } from "./actor";

/** Records a refused access (ASVS 16.3.2) without letting a logging failure change the answer. */
export async function logDenied(actor: Actor, permission: string, where: string): Promise<void> {
  try {
    await db.$transaction((tx) =>
      writeAudit(tx, auditContext(actor), { action: "authz.denied", after: { permission, where } }),
    );
  } catch (e) {
    console.error("[authz] could not record denial", e);
  }
}

/** For use-cases: the permission or "not found" (never "forbidden": ids cannot be probed). */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError("not_found");
}

/** For pages and layouts: a signed-in actor who has set their own password, or a redirect. */
export async function requireActor(locale: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/login`);
  if (actor.mustChangePassword) redirect(`/${actor.locale}/change-password`);
  return actor;
}

/** For pages: the actor if they hold one of `permissions`, else a 404 page (and a log row). */
export async function requirePagePermission(locale: string, ...permissions: Permission[]): Promise<Actor> {
  const actor = await requireActor(locale);
  if (!permissions.some((p) => can(actor, p))) {
    await logDenied(actor, permissions.join("|"), "page");
    nextNotFound();
  }
  return actor;
}
