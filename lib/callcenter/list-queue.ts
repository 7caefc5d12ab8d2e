import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { likeLiteral } from "@/lib/db/like";
import { pageArgs, toPage } from "@/lib/pagination";
import type { OrderState } from "@/lib/orders/workflow";
import { ZQueueFilters, type QueueFilters } from "./list-queue.schema";
import { releaseDueCallbacks } from "./release-due-callbacks";

const PAGE_SIZE = 50;

function queueWhere(f: ReturnType<typeof ZQueueFilters.parse>, now: Date): Prisma.OrderWhereInput {
  const and: Prisma.OrderWhereInput[] = [{ archivedAt: null }];
  switch (f.view) {
    case "unassigned":
      and.push({ state: "seller_submitted" });
      break;
    case "in_review":
      and.push({ state: "callcenter_review", backorderedAt: null });
      break;
    case "postponed":
      and.push({ state: "postponed" });
      break;
    case "backordered":
      and.push({ state: "callcenter_review", backorderedAt: { not: null } });
      break;
    default:
      and.push({ state: { in: ["seller_submitted", "callcenter_review", "postponed"] } });
  }
  if (f.sellerId) and.push({ sellerId: f.sellerId });
  if (f.agentId) and.push({ assignedAgentId: f.agentId });
  if (f.emirate) and.push({ emirate: f.emirate });
  if (f.minAgeHours) and.push({ createdAt: { lte: new Date(now.getTime() - f.minAgeHours * 3_600_000) } });
  if (f.minAttempts) and.push({ callAttempts: { gte: f.minAttempts } });
  if (f.callbackDue) and.push({ callbackAt: { lte: now }, state: { in: ["callcenter_review", "postponed"] } });
  if (f.duplicate) and.push({ isLikelyDuplicate: true });
  if (f.q) and.push({ code: { startsWith: likeLiteral(f.q.startsWith("#") ? f.q : `#${f.q}`) } });
  return { AND: and };
}

/**
 * The manager's queue of orders awaiting confirmation, oldest first, filtered and paged on
 * the server (Order_state_createdAt_idx). Postponed orders whose time has come are released
 * to their agents first, so the list shows where they really are.
 */
export async function listQueue(actor: Actor, raw: QueueFilters) {
  assertCan(actor, "callcenter.assign");
  const f = ZQueueFilters.parse(raw);
  const now = new Date();
  await releaseDueCallbacks(now);
  const where = queueWhere(f, now);
  const [rows, total] = await db.$transaction([
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...pageArgs(f.page, PAGE_SIZE),
      select: {
        id: true,
        code: true,
        state: true,
        version: true,
        emirate: true,
        city: true,
        totalFils: true,
        currency: true,
        createdAt: true,
        callAttempts: true,
        callbackAt: true,
        backorderedAt: true,
        isLikelyDuplicate: true,
        seller: { select: { storeName: true } },
        assignedAgent: { select: { id: true, name: true } },
      },
    }),
    db.order.count({ where }),
  ]);
  return toPage(
    rows.map((r) => ({ ...r, state: r.state as OrderState, ageMs: now.getTime() - r.createdAt.getTime() })),
    total,
    f.page,
    PAGE_SIZE,
  );
}
export type QueueRow = Awaited<ReturnType<typeof listQueue>>["rows"][number];
