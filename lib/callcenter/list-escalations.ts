import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { pageArgs, toPage, ZPage } from "@/lib/pagination";
import type { OrderState } from "@/lib/orders/workflow";

const PAGE_SIZE = 25;

/**
 * The escalations inbox: orders an agent escalated and orders that ran out of call attempts,
 * longest waiting first, with the agent's note from the call that sent them here.
 */
export async function listEscalations(actor: Actor, raw: { page?: unknown }) {
  assertCan(actor, "callcenter.escalations");
  const page = ZPage.parse(raw.page);
  const where = { state: { in: ["escalated", "no_answer"] as OrderState[] }, archivedAt: null };
  const now = new Date();
  const [rows, total] = await db.$transaction([
    db.order.findMany({
      where,
      orderBy: [{ stateChangedAt: "asc" }, { id: "asc" }],
      ...pageArgs(page, PAGE_SIZE),
      select: {
        id: true,
        code: true,
        state: true,
        version: true,
        customerName: true,
        emirate: true,
        totalFils: true,
        currency: true,
        stateChangedAt: true,
        createdAt: true,
        callAttempts: true,
        backorderedAt: true,
        seller: { select: { storeName: true } },
        assignedAgent: { select: { id: true, name: true } },
        calls: { orderBy: { startedAt: "desc" }, take: 1, select: { outcome: true, note: true, startedAt: true } },
      },
    }),
    db.order.count({ where }),
  ]);
  return toPage(
    rows.map(({ calls, ...r }) => ({
      ...r,
      state: r.state as OrderState,
      lastCall: calls[0] ?? null,
      waitingMs: now.getTime() - r.stateChangedAt.getTime(),
    })),
    total,
    page,
    PAGE_SIZE,
  );
}
export type EscalationRow = Awaited<ReturnType<typeof listEscalations>>["rows"][number];
