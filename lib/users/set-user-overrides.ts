import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { assertRoleManagerRemains } from "@/lib/rbac/escalation";
import { ZSetUserOverridesInput } from "./manage-user.schema";

/**
 * Replaces a user's per-user grants and revocations (on top of their role). Part of the
 * permission model, so it needs roles.manage; effective from the user's next request.
 */
export async function setUserOverrides(actor: Actor, raw: z.input<typeof ZSetUserOverridesInput>) {
  assertCan(actor, "roles.manage");
  const input = ZSetUserOverridesInput.parse(raw);
  const wanted = new Map(input.overrides.map((o) => [o.permission, o.effect]));

  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "User" WHERE id = ${input.userId} FOR UPDATE`;
    if (!rows[0]) throw new AppError("not_found");
    const current = await tx.userPermissionOverride.findMany({
      where: { userId: input.userId },
      select: { permission: true, effect: true },
      orderBy: { permission: "asc" },
    });
    await tx.userPermissionOverride.deleteMany({ where: { userId: input.userId } });
    if (wanted.size) {
      await tx.userPermissionOverride.createMany({
        data: [...wanted].map(([permission, effect]) => ({ userId: input.userId, permission, effect })),
      });
    }
    await assertRoleManagerRemains(tx);
    const after = [...wanted]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([permission, effect]) => ({ permission, effect }));
    await writeAudit(tx, auditContext(actor), {
      action: "user.permission_overrides",
      targetType: "user",
      targetId: input.userId,
      before: current,
      after,
    });
    return { count: wanted.size };
  });
}
