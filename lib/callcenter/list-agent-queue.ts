import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { pageArgs, toPage, ZPage } from "@/lib/pagination";
import type { OrderState } from "@/lib/orders/workflow";
import { releaseDueCallbacks } from "./release-due-callbacks";

const PAGE_SIZE = 25;

/**
 * "My queue": the agent's own orders in priority order — callbacks and retries that are due
 * (earliest first), then orders not called yet (oldest first), then retries not due yet,
 * then postponed orders by callback time. Orders the customer confirmed but that wait for
 * stock are listed apart. Due callbacks are released first, so they show up here on time.
 */
export async function listAgentQueue(actor: Actor, raw: { page?: unknown }) {
  assertCan(actor, "callcenter.call");
  const page = ZPage.parse(raw.page);
  const now = new Date();
  await releaseDueCallbacks(now);
  const { skip, take } = pageArgs(page, PAGE_SIZE);
  const [ranked, totalRows, waiting, shift] = await Promise.all([
    // Served by Order_assignedAgentId_state_idx; the CASE only orders the agent's own rows.
    db.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Order"
      WHERE "assignedAgentId" = ${actor.userId}
        AND ((state = 'callcenter_review' AND "backorderedAt" IS NULL) OR state = 'postponed')
      ORDER BY
        CASE
          WHEN state = 'callcenter_review' AND "callbackAt" <= ${now} THEN 0
          WHEN state = 'callcenter_review' AND "callbackAt" IS NULL THEN 1
          WHEN state = 'callcenter_review' THEN 2
          ELSE 3
        END,
        CASE WHEN state = 'callcenter_review' AND "callbackAt" IS NULL THEN "createdAt" ELSE "callbackAt" END,
        id
      LIMIT ${take} OFFSET ${skip}`,
    db.order.count({
      where: {
        assignedAgentId: actor.userId,
        OR: [{ state: "callcenter_review", backorderedAt: null }, { state: "postponed" }],
      },
    }),
    db.order.findMany({
      where: { assignedAgentId: actor.userId, state: "callcenter_review", backorderedAt: { not: null } },
      orderBy: { backorderedAt: "asc" },
      take: 50,
      select: { id: true, code: true, customerName: true, backorderedAt: true, totalFils: true, currency: true },
    }),
    db.agentShift.findFirst({ where: { userId: actor.userId, endedAt: null }, select: { startedAt: true } }),
  ]);
  const ids = ranked.map((r) => r.id);
  const details = await db.order.findMany({
    where: { id: { in: ids }, assignedAgentId: actor.userId },
    select: {
      id: true,
      code: true,
      state: true,
      customerName: true,
      emirate: true,
      city: true,
      totalFils: true,
      currency: true,
      createdAt: true,
      callAttempts: true,
      callbackAt: true,
      isLikelyDuplicate: true,
      seller: { select: { storeName: true } },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const rows = ids.flatMap((id) => {
    const d = byId.get(id);
    if (!d) return [];
    const state = d.state as OrderState;
    const due = state === "callcenter_review" && (!d.callbackAt || d.callbackAt <= now);
    return [{ ...d, state, due, isCallback: !!d.callbackAt, ageMs: now.getTime() - d.createdAt.getTime() }];
  });
  return {
    queue: toPage(rows, totalRows, page, PAGE_SIZE),
    waitingForStock: waiting,
    shiftStartedAt: shift?.startedAt ?? null,
  };
}
export type AgentQueue = Awaited<ReturnType<typeof listAgentQueue>>;
