import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { permissionHoldersWhere } from "@/lib/rbac/holders";
import { uaeDayStart, uaeIsoDay } from "@/lib/time/uae-day";
import { callableNowWhere } from "./scope";

const MAX_AGENTS = 200;
/** Active users who can take calls, by name. */
const AGENTS = {
  where: permissionHoldersWhere("callcenter.call"),
  orderBy: [{ name: "asc" as const }, { id: "asc" as const }],
  take: MAX_AGENTS,
};

function assertManager(actor: Actor): void {
  if (!actor.permissions.has("callcenter.escalations")) assertCan(actor, "callcenter.assign");
}

/** Agents to choose from when assigning or returning an order (names only, no load figures). */
export async function listAgentChoices(actor: Actor): Promise<Array<{ id: string; name: string }>> {
  assertManager(actor);
  return db.user.findMany({ ...AGENTS, select: { id: true, name: true } });
}

/**
 * Live load per agent for the manager (and the agent choices of the assign form): on shift
 * since, open orders (in review / postponed), calls that are due now, orders waiting for
 * stock, and today's calls and confirmations. Grouped counts, no rows loaded.
 */
export async function agentLoad(actor: Actor) {
  assertManager(actor);
  const now = new Date();
  const dayStart = uaeDayStart(uaeIsoDay(now));
  const agents = await db.user.findMany({
    ...AGENTS,
    select: { id: true, name: true, agentShifts: { where: { endedAt: null }, select: { startedAt: true }, take: 1 } },
  });
  const ids = agents.map((a) => a.id);
  const [byState, due, waiting, calls] = await Promise.all([
    db.order.groupBy({
      by: ["assignedAgentId", "state"],
      where: { assignedAgentId: { in: ids }, state: { in: ["callcenter_review", "postponed"] } },
      _count: { _all: true },
    }),
    db.order.groupBy({
      by: ["assignedAgentId"],
      where: { assignedAgentId: { in: ids }, ...callableNowWhere(now) },
      _count: { _all: true },
    }),
    db.order.groupBy({
      by: ["assignedAgentId"],
      where: { assignedAgentId: { in: ids }, state: "callcenter_review", backorderedAt: { not: null } },
      _count: { _all: true },
    }),
    db.callLog.groupBy({
      by: ["agentId", "outcome"],
      where: { agentId: { in: ids }, startedAt: { gte: dayStart } },
      _count: { _all: true },
    }),
  ]);
  const count = <T extends { _count: { _all: number } }>(rows: T[], pred: (r: T) => boolean) =>
    rows.filter(pred).reduce((n, r) => n + r._count._all, 0);
  return agents.map((a) => ({
    id: a.id,
    name: a.name,
    onShiftSince: a.agentShifts[0]?.startedAt ?? null,
    inReview: count(byState, (r) => r.assignedAgentId === a.id && r.state === "callcenter_review"),
    postponed: count(byState, (r) => r.assignedAgentId === a.id && r.state === "postponed"),
    dueNow: count(due, (r) => r.assignedAgentId === a.id),
    waitingForStock: count(waiting, (r) => r.assignedAgentId === a.id),
    callsToday: count(calls, (r) => r.agentId === a.id),
    confirmedToday: count(calls, (r) => r.agentId === a.id && r.outcome === "confirmed"),
  }));
}
export type AgentLoadRow = Awaited<ReturnType<typeof agentLoad>>[number];
