import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { resolvePermissions, hasPermission, type Permission } from "@/lib/rbac/permissions";
import { getRequestContext, type RequestContext } from "@/lib/security/request-context";
import type { Prisma } from "@/generated/prisma/client";
import { getSettings } from "@/lib/settings/get-settings";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import type { AuditContext } from "@/lib/audit/write-audit";
import { authOptions } from "./options";
import { sessionEndReason } from "./session-rules";

/** Everything a use-case needs to know about who is acting. Built fresh on every request. */
export type Actor = {
  userId: string;
  sessionId: string;
  email: string;
  name: string;
  roleId: string;
  roleKey: string;
  roleName: { en: string; ar: string };
  sellerId: string | null;
  locale: Locale;
  mustChangePassword: boolean;
  permissions: ReadonlySet<Permission>;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
};

const TOUCH_EVERY_MS = 60_000;

/** What an Actor is built from: the user with role grants, overrides and seller profile. */
export const ACTOR_USER_INCLUDE = {
  role: { include: { permissions: { select: { permission: true } } } },
  permissionOverrides: { select: { permission: true, effect: true } },
  sellerProfile: { select: { id: true } },
} as const;

type ActorUser = Prisma.UserGetPayload<{ include: typeof ACTOR_USER_INCLUDE }>;

export function actorFromUser(u: ActorUser, sessionId: string, ctx: RequestContext): Actor {
  return {
    userId: u.id,
    sessionId,
    email: u.email,
    name: u.name,
    roleId: u.roleId,
    roleKey: u.role.key,
    roleName: { en: u.role.nameEn, ar: u.role.nameAr },
    sellerId: u.sellerProfile?.id ?? null,
    locale: isLocale(u.locale) ? u.locale : "en",
    mustChangePassword: u.mustChangePassword,
    permissions: resolvePermissions(
      u.role.permissions.map((p) => p.permission),
      u.permissionOverrides,
    ),
    ...ctx,
  };
}

/** Loads the actor for a session id; null when the session or the account no longer allows it. */
export async function loadActor(sessionId: string, now = new Date()): Promise<Actor | null> {
  const row = await db.userSession.findUnique({
    where: { id: sessionId },
    include: { user: { include: ACTOR_USER_INCLUDE } },
  });
  if (!row) return null;
  const settings = await getSettings();
  if (sessionEndReason(row, now, settings)) return null;
  const u = row.user;
  if (u.status !== "active" || !u.emailVerifiedAt) return null;

  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return actorFromUser(u, row.id, await getRequestContext());
}

/** The signed-in actor of this request (memoised per request), or null. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const sid = (session as { sid?: string } | null)?.sid;
  return sid ? loadActor(sid) : null;
});

export function can(actor: Actor, permission: Permission): boolean {
  return hasPermission(actor.permissions, permission);
}

export function auditContext(actor: Pick<Actor, "userId" | "email" | "ip" | "userAgent" | "requestId">): AuditContext {
  return {
    actorId: actor.userId,
    actorEmail: actor.email,
    ip: actor.ip,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
  };
}
