import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/actor";
import type { OrderState } from "@/lib/orders/workflow";

/** Orders the call center still has to decide. */
export const CALL_QUEUE_STATES = [
  "seller_submitted",
  "callcenter_review",
  "postponed",
  "no_answer",
  "escalated",
] as const satisfies readonly OrderState[];
/** Orders an agent is working: in review (incl. waiting for stock) or postponed. */
export const AGENT_OPEN_STATES = ["callcenter_review", "postponed"] as const satisfies readonly OrderState[];

/**
 * Orders the actor may open on the call screen (STYLE.md rule 8): managers (assignment or
 * escalations) any order; an agent only the orders assigned to them; anyone else nothing.
 */
export function callOrderScope(actor: Actor): Prisma.OrderWhereInput {
  if (can(actor, "callcenter.assign") || can(actor, "callcenter.escalations")) return {};
  if (can(actor, "callcenter.call")) return { assignedAgentId: actor.userId };
  return { id: { in: [] } };
}

/** An agent's orders that can be called right now: in review, not waiting for stock, no callback or retry time still ahead. */
export function callableNowWhere(now: Date): Prisma.OrderWhereInput {
  return { state: "callcenter_review", backorderedAt: null, OR: [{ callbackAt: null }, { callbackAt: { lte: now } }] };
}
