import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { orderContact } from "@/lib/orders/order-pii";
import type { OrderState } from "@/lib/orders/workflow";
import { getSettings } from "@/lib/settings/get-settings";
import { callOrderScope } from "./scope";

const ZInput = z.object({ id: z.string().min(1).max(64) });

/**
 * The call screen: customer (phone and address decrypted — only for the agent the order is
 * assigned to, or a call-center manager), lines with the stock available to sell, every call
 * and the full history with notes. Outside the actor's scope: not_found.
 */
export async function getCallOrder(actor: Actor, raw: { id: string }) {
  if (!can(actor, "callcenter.call") && !can(actor, "callcenter.assign") && !can(actor, "callcenter.escalations"))
    throw new AppError("not_found");
  const parsed = ZInput.safeParse(raw);
  if (!parsed.success) throw new AppError("not_found");
  const settings = await getSettings();
  const order = await db.order.findFirst({
    where: { AND: [callOrderScope(actor), { id: parsed.data.id }] },
    include: {
      seller: { select: { storeName: true, code: true } },
      assignedAgent: { select: { id: true, name: true } },
      duplicateOf: { select: { id: true, code: true } },
      lines: {
        include: { product: { select: { id: true, sku: true, nameEn: true, nameAr: true } } },
        orderBy: { id: "asc" },
      },
      calls: { orderBy: { startedAt: "desc" }, take: 50, include: { agent: { select: { name: true } } } },
      events: { orderBy: { createdAt: "asc" }, take: 200, include: { actor: { select: { name: true } } } },
    },
  });
  if (!order) throw new AppError("not_found");

  const productIds = [...new Set(order.lines.map((l) => l.productId))];
  const stock = await db.stockBalance.groupBy({
    by: ["productId"],
    where: {
      productId: { in: productIds },
      location: { kind: "storage", isActive: true, warehouse: { isActive: true } },
    },
    _sum: { onHand: true, reserved: true },
  });
  const available = new Map(stock.map((s) => [s.productId, (s._sum.onHand ?? 0) - (s._sum.reserved ?? 0)]));
  const postpones = order.calls.filter((c) => c.outcome === "postponed").length;
  const state = order.state as OrderState;
  const isAssignedAgent = order.assignedAgentId === actor.userId && can(actor, "callcenter.call");

  return {
    id: order.id,
    code: order.code,
    state,
    version: order.version,
    seller: order.seller,
    agent: order.assignedAgent,
    ...orderContact(order),
    emirate: order.emirate,
    totalFils: order.totalFils,
    currency: order.currency,
    notes: order.notes,
    isLikelyDuplicate: order.isLikelyDuplicate,
    duplicateOf: order.duplicateOf,
    createdAt: order.createdAt,
    callbackAt: order.callbackAt,
    backorderedAt: order.backorderedAt,
    callStartedAt: order.callStartedAt,
    noAnswers: order.callAttempts,
    maxAttempts: settings["callcenter.maxAttempts"],
    postpones,
    maxPostpones: settings["callcenter.maxPostpones"],
    callbackMaxDays: settings["callcenter.callbackMaxDays"],
    lines: order.lines.map((l) => ({
      id: l.id,
      productId: l.productId,
      sku: l.product.sku,
      nameEn: l.product.nameEn,
      nameAr: l.product.nameAr,
      quantity: l.quantity,
      unitPriceFils: l.unitPriceFils,
      lineTotalFils: l.lineTotalFils,
      available: available.get(l.productId) ?? 0,
    })),
    calls: order.calls.map((c) => ({
      id: c.id,
      outcome: c.outcome,
      note: c.note,
      cancelReason: c.cancelReason,
      callbackAt: c.callbackAt,
      attemptNo: c.attemptNo,
      startedAt: c.startedAt,
      durationSec: c.durationSec,
      agentName: c.agent.name,
    })),
    events: order.events.map((e) => ({
      id: e.id,
      type: e.type,
      fromState: e.fromState as OrderState | null,
      toState: e.toState as OrderState,
      note: e.note,
      createdAt: e.createdAt,
      actorName: e.actor?.name ?? null,
      transition: (e.data as { transition?: string } | null)?.transition ?? null,
    })),
    /** The assigned agent records call outcomes while the order is in review. */
    isAssignedAgent,
    canCall: isAssignedAgent && state === "callcenter_review",
    decidesEscalations: can(actor, "callcenter.escalations"),
    canResolveEscalation: can(actor, "callcenter.escalations") && (state === "escalated" || state === "no_answer"),
    canRetryReservation: can(actor, "callcenter.assign") && state === "callcenter_review" && !!order.backorderedAt,
  };
}
export type CallOrder = Awaited<ReturnType<typeof getCallOrder>>;
