import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { INCOMING_STATUSES } from "./list-returns";
import { ZReceiveReturnsInput, type ReceiveReturnsInput } from "./receive-returns.schema";
import { warehouseReturnScope } from "./scope";

/**
 * The stock keeper confirms that parcels physically arrived: requested / in-transit returns
 * of the actor's warehouses become `received` (receivedAt/By). One conditional update, so a
 * return received meanwhile by someone else, already further on, or outside the actor's
 * warehouses is skipped (and counted), never received twice.
 */
export async function receiveReturns(
  actor: Actor,
  raw: ReceiveReturnsInput,
): Promise<{ received: number; skipped: number }> {
  assertCan(actor, "returns.inspect");
  const input = parseOrThrow(ZReceiveReturnsInput, raw);
  const ids = [...new Set(input.returnIds)];
  const now = new Date();
  return db.$transaction(async (tx) => {
    const mine = await tx.return.findMany({
      where: { AND: [{ id: { in: ids } }, warehouseReturnScope(actor)] },
      select: { id: true },
    });
    // Scalar columns only in the update, so a parcel received meanwhile is re-checked and skipped.
    const received = await tx.return.updateManyAndReturn({
      where: { id: { in: mine.map((r) => r.id) }, status: { in: [...INCOMING_STATUSES] } },
      data: { status: "received", receivedAt: now, receivedById: actor.userId, version: { increment: 1 } },
      select: { code: true },
    });
    if (!received.length) return { received: 0, skipped: ids.length };
    await writeAudit(tx, auditContext(actor), {
      action: "returns.receive",
      targetType: "Return",
      after: { codes: received.map((r) => r.code).sort() },
    });
    return { received: received.length, skipped: ids.length - received.length };
  });
}
