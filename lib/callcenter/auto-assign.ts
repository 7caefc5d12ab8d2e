import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { applyTransition } from "@/lib/orders/transition";
import { permissionHoldersWhere } from "@/lib/rbac/holders";
import { getSettings } from "@/lib/settings/get-settings";
import { ZAutoAssignInput, type AutoAssignInput } from "./assign.schema";
import { planAssignments } from "./pick-agent";
import { AGENT_OPEN_STATES } from "./scope";

/**
 * Hands the oldest unassigned orders to agents on shift, least-loaded or round-robin (the
 * `callcenter.autoAssignMode` setting), never past `callcenter.maxOpenPerAgent`. The orders
 * are taken with FOR UPDATE SKIP LOCKED, so two managers pressing the button at once (or an
 * agent's "next order") never assign the same order twice. Manual: `actor` is the manager.
 */
export async function autoAssign(
  actor: Actor,
  raw: AutoAssignInput = {},
): Promise<{ assigned: number; perAgent: Record<string, number> }> {
  assertCan(actor, "callcenter.assign");
  const input = ZAutoAssignInput.parse(raw);
  const settings = await getSettings();

  const result = await db.$transaction(
    async (tx) => {
      // Runs take turns on the open shifts: a second manager's run starts from the loads and
      // round-robin position the first one left (orders alone would not need it: SKIP LOCKED).
      await tx.$queryRaw`SELECT id FROM "AgentShift" WHERE "endedAt" IS NULL ORDER BY id FOR UPDATE`;
      const shifts = await tx.agentShift.findMany({
        where: { endedAt: null, user: permissionHoldersWhere("callcenter.call") },
        select: { id: true, userId: true, lastAssignedAt: true },
      });
      if (!shifts.length) throw new AppError("no_agents_on_shift");
      // Taken after the lock, and past every recorded turn, so this run's turns come last.
      const now = new Date(Math.max(Date.now(), ...shifts.map((s) => (s.lastAssignedAt?.getTime() ?? 0) + 1)));
      const loads = await tx.order.groupBy({
        by: ["assignedAgentId"],
        where: { assignedAgentId: { in: shifts.map((s) => s.userId) }, state: { in: [...AGENT_OPEN_STATES] } },
        _count: { _all: true },
      });
      const load = new Map(loads.map((l) => [l.assignedAgentId, l._count._all]));
      const orders = await tx.$queryRaw<Array<{ id: string; version: number }>>`
      SELECT id, version FROM "Order"
      WHERE state = 'seller_submitted' AND "archivedAt" IS NULL
      ORDER BY "createdAt", id LIMIT ${input.max} FOR UPDATE SKIP LOCKED`;
      if (!orders.length) return { assigned: 0, perAgent: {} };
      const plan = planAssignments(
        shifts.map((s) => ({
          userId: s.userId,
          open: load.get(s.userId) ?? 0,
          lastAssignedAt: s.lastAssignedAt?.getTime() ?? null,
        })),
        orders.length,
        settings["callcenter.autoAssignMode"],
        settings["callcenter.maxOpenPerAgent"],
        now.getTime(),
      );
      if (!plan.length) throw new AppError("no_agents_on_shift");
      const perAgent: Record<string, number> = {};
      for (const [i, agentId] of plan.entries()) {
        await applyTransition(tx, {
          order: { id: orders[i].id, state: "seller_submitted", version: orders[i].version },
          transition: "assign_agent",
          actor,
          now,
          patch: { assignedAgentId: agentId, assignedAt: now },
          data: { agentId, auto: settings["callcenter.autoAssignMode"] },
        });
        perAgent[agentId] = (perAgent[agentId] ?? 0) + 1;
      }
      // Round-robin resumes after the last agent served in this run.
      let tick = now.getTime();
      for (const agentId of plan.filter((id, i) => plan.lastIndexOf(id) === i)) {
        await tx.agentShift.updateMany({
          where: { userId: agentId, endedAt: null },
          data: { lastAssignedAt: new Date(tick++) },
        });
      }
      for (const [agentId, count] of Object.entries(perAgent)) {
        await notify(tx, { userId: agentId, type: "orders_assigned", params: { count }, link: "/callcenter/agent" });
      }
      return { assigned: plan.length, perAgent };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  return result;
}
