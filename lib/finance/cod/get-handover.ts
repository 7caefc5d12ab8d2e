import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";

/** Collections listed on a handover's page (a handover settles at most 500). */
const MAX_LINES = 500;

/**
 * One handover: the orders it covers, expected vs received, the difference, who received the
 * cash and who reconciled it, when, and the resolution note if it was disputed.
 */
export async function getHandover(actor: Actor, id: string) {
  assertCan(actor, "finance.cod.reconcile");
  const h = await db.codHandover.findUnique({
    where: { id: String(id).slice(0, 64) },
    select: {
      id: true,
      code: true,
      status: true,
      expectedFils: true,
      receivedFils: true,
      differenceFils: true,
      note: true,
      version: true,
      submittedAt: true,
      receivedById: true,
      reconciledAt: true,
      createdAt: true,
      courier: { select: { id: true, name: true, phone: true } },
      reconciledBy: { select: { name: true } },
      collections: {
        orderBy: [{ collectedAt: "asc" }, { id: "asc" }],
        take: MAX_LINES,
        select: {
          id: true,
          amountFils: true,
          currency: true,
          collectedAt: true,
          order: { select: { code: true, deliveredAt: true } },
        },
      },
    },
  });
  if (!h) throw new AppError("not_found");
  const [receivedBy, resolution] = await Promise.all([
    h.receivedById ? db.user.findUnique({ where: { id: h.receivedById }, select: { name: true } }) : null,
    db.auditLog.findFirst({
      where: { targetType: "CodHandover", targetId: h.id, action: "cod.handover_resolved" },
      orderBy: { createdAt: "desc" },
      select: { after: true, createdAt: true },
    }),
  ]);
  const resolutionNote = (resolution?.after as { note?: unknown } | null)?.note;
  return {
    ...h,
    receivedByName: receivedBy?.name ?? null,
    resolutionNote: typeof resolutionNote === "string" ? resolutionNote : null,
    collections: h.collections.map((c) => ({
      id: c.id,
      amountFils: c.amountFils,
      currency: c.currency,
      orderCode: c.order.code,
      deliveredAt: c.order.deliveredAt ?? c.collectedAt,
    })),
  };
}
export type HandoverDetail = Awaited<ReturnType<typeof getHandover>>;
