import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { ZResolveHandoverInput, type ResolveHandoverInput } from "./resolve-handover.schema";

/**
 * Settles a disputed handover (the shortfall was recovered, or written off with a reason): the
 * status becomes reconciled, the difference stays on record, the note goes to the audit row.
 * Conditional on the status and the version finance saw, so two people cannot both settle it.
 */
export async function resolveHandover(actor: Actor, raw: ResolveHandoverInput): Promise<{ status: "reconciled" }> {
  assertCan(actor, "finance.cod.reconcile");
  const input = parseOrThrow(ZResolveHandoverInput, raw);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const h = await tx.codHandover.findUnique({
      where: { id: input.handoverId },
      select: { id: true, code: true, status: true, version: true, differenceFils: true },
    });
    if (!h) throw new AppError("not_found");
    const { count } = await tx.codHandover.updateMany({
      where: { id: h.id, status: "disputed", version: input.version },
      data: { status: "reconciled", reconciledById: actor.userId, reconciledAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("conflict");
    await writeAudit(tx, auditContext(actor), {
      action: "cod.handover_resolved",
      targetType: "CodHandover",
      targetId: h.id,
      before: { status: h.status, differenceFils: h.differenceFils.toString() },
      after: { status: "reconciled", differenceFils: h.differenceFils.toString(), note: input.note },
    });
    return { status: "reconciled" as const };
  });
}
