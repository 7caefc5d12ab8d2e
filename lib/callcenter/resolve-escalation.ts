import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import { releaseOrderStock, reserveOrderStock, type Shortage } from "@/lib/inventory/ledger";
import { applyOrderChange, applyTransition, lockOrderVersion } from "@/lib/orders/transition";
import type { OrderState } from "@/lib/orders/workflow";
import { assertAgent } from "./assign-orders";
import { notifyOrderSeller } from "@/lib/notifications/notify-order-seller";
import { ZResolveEscalationInput, type ResolveEscalationInput } from "./resolve-escalation.schema";

/**
 * The manager decides an escalated or finally-unanswered order: return it to an agent's
 * queue, approve it (stock reserved; short stock keeps it in the inbox flagged as waiting),
 * or cancel it with a reason (reservation released). Conditional on the version the manager saw.
 */
export async function resolveEscalation(
  actor: Actor,
  raw: ResolveEscalationInput,
): Promise<{ state: OrderState; shortages?: Shortage[] }> {
  assertCan(actor, "callcenter.escalations");
  const input = parseOrThrow(ZResolveEscalationInput, raw);
  const now = new Date();
  return db.$transaction(
    async (tx) => {
      const order = await lockOrderVersion(tx, input.orderId, input.version);
      if (order.state !== "escalated" && order.state !== "no_answer") throw new AppError("order_changed");
      const note = input.note || null;
      switch (input.decision) {
        case "return": {
          const current = await tx.order.findUniqueOrThrow({
            where: { id: order.id },
            select: { assignedAgentId: true },
          });
          const agentId = input.agentId || current.assignedAgentId;
          if (!agentId) throw new AppError("validation", {}, { agentId: "required" });
          await assertAgent(tx, agentId);
          const t = await applyTransition(tx, {
            order,
            transition: "escalation_return",
            actor,
            now,
            note,
            patch: {
              assignedAgentId: agentId,
              assignedAt: now,
              callAttempts: 0,
              callbackAt: null,
              callStartedAt: null,
            },
            data: { agentId },
          });
          return { state: t.state };
        }
        case "approve": {
          const reserved = await reserveOrderStock(tx, { orderId: order.id, actorId: actor.userId });
          if (!reserved.ok) {
            await applyOrderChange(tx, {
              order,
              type: "backordered",
              actor,
              now,
              note,
              patch: { backorderedAt: now },
              data: {
                shortages: reserved.shortages.map((s) => ({
                  sku: s.sku,
                  requested: s.requested,
                  available: s.available,
                })),
              },
            });
            return { state: order.state, shortages: reserved.shortages };
          }
          const t = await applyTransition(tx, {
            order,
            transition: "escalation_approve",
            actor,
            now,
            note,
            patch: { backorderedAt: null },
            data: { warehouseId: reserved.warehouseId },
          });
          return { state: t.state };
        }
        case "cancel": {
          await releaseOrderStock(tx, {
            orderId: order.id,
            actorId: actor.userId,
            reason: `cancelled:${input.cancelReason}`,
          });
          const t = await applyTransition(tx, {
            order,
            transition: "escalation_cancel",
            actor,
            now,
            note,
            patch: { cancelReason: input.cancelReason, cancelledAt: now, callbackAt: null },
            data: { reason: input.cancelReason },
          });
          await notifyOrderSeller(tx, order.id, "order_cancelled");
          return { state: t.state };
        }
      }
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}
