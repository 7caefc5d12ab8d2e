import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { applyOrderChange, applyTransition } from "@/lib/orders/transition";
import type { OrderState } from "@/lib/orders/workflow";
import { permissionHoldersWhere } from "@/lib/rbac/holders";
import { ZAssignOrdersInput, type AssignOrdersInput } from "./assign.schema";

/** States an order can be (re)assigned from by hand. */
const REASSIGNABLE: readonly OrderState[] = ["callcenter_review", "postponed"];

/** The agent must be an active user who can take calls; anything else is "not found". */
export async function assertAgent(tx: Tx, agentId: string): Promise<{ id: string; name: string }> {
  const agent = await tx.user.findFirst({
    where: { AND: [{ id: agentId }, permissionHoldersWhere("callcenter.call")] },
    select: { id: true, name: true },
  });
  if (!agent) throw new AppError("validation", {}, { agentId: "agent_invalid" });
  return agent;
}

/**
 * Manager assigns or reassigns orders to an agent, one or many. An unassigned order moves
 * to callcenter_review (`assign_agent`); one already in review or postponed changes hands
 * (an `assign` event). Each order is its own conditional write: orders that moved on since
 * the list was shown (confirmed, claimed…) are skipped and counted, not overwritten.
 */
export async function assignOrders(
  actor: Actor,
  raw: AssignOrdersInput,
): Promise<{ assigned: number; skipped: number }> {
  assertCan(actor, "callcenter.assign");
  const input = ZAssignOrdersInput.parse(raw);
  const agent = await db.$transaction((tx) => assertAgent(tx, input.agentId));
  const now = new Date();
  let assigned = 0;
  for (const orderId of [...new Set(input.orderIds)].sort()) {
    try {
      await db.$transaction(async (tx) => {
        const o = await tx.order.findUnique({
          where: { id: orderId },
          select: { id: true, state: true, version: true, assignedAgentId: true, archivedAt: true },
        });
        if (!o || o.archivedAt) throw new AppError("not_found");
        const order = { id: o.id, state: o.state as OrderState, version: o.version };
        if (o.state === "seller_submitted") {
          await applyTransition(tx, {
            order,
            transition: "assign_agent",
            actor,
            patch: { assignedAgentId: agent.id, assignedAt: now },
            data: { agentId: agent.id },
            now,
          });
        } else if (REASSIGNABLE.includes(o.state as OrderState) && o.assignedAgentId !== agent.id) {
          await applyOrderChange(tx, {
            order,
            type: "assign",
            actor,
            now,
            patch: { assignedAgentId: agent.id, assignedAt: now, callStartedAt: null },
            data: { agentId: agent.id, fromAgentId: o.assignedAgentId },
          });
        } else {
          throw new AppError("order_changed");
        }
      });
      assigned += 1;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  }
  if (assigned > 0) {
    await db.$transaction((tx) =>
      notify(tx, { userId: agent.id, type: "orders_assigned", params: { count: assigned }, link: "/callcenter/agent" }),
    );
  }
  return { assigned, skipped: input.orderIds.length - assigned };
}
