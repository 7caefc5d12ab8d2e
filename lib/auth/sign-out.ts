import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "./actor";

/** Ends this session server-side, so the cookie is worthless even if it was copied. */
export async function signOut(actor: Actor) {
  await db.$transaction(async (tx) => {
    await tx.userSession.updateMany({
      where: { id: actor.sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await writeAudit(tx, auditContext(actor), { action: "auth.logout", targetType: "user", targetId: actor.userId });
  });
}
