import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import { releaseOrderStock, reserveOrderStock, type Shortage } from "@/lib/inventory/ledger";
import { notifyHolders } from "@/lib/notifications/notify";
import { decryptOrderAddress, encryptOrderAddress, toOrderAddress } from "@/lib/orders/order-pii";
import { notifyOrderSeller } from "@/lib/notifications/notify-order-seller";
import { applyOrderChange, applyTransition, lockOrderVersion, type OrderVersion } from "@/lib/orders/transition";
import type { OrderState } from "@/lib/orders/workflow";
import { getSettings } from "@/lib/settings/get-settings";
import type { Settings } from "@/lib/settings/catalogue";
import { uaeLocalToInstant } from "@/lib/time/uae-day";
import { ZRecordOutcomeInput, type RecordOutcomeData, type RecordOutcomeInput } from "./record-outcome.schema";

/** A call started more than this long ago was left open: its duration would be meaningless. */
const MAX_CALL_MS = 3 * 60 * 60 * 1000;

export type OutcomeResult = {
  outcome: RecordOutcomeData["outcome"];
  state: OrderState;
  /** Confirmed by the customer but not enough stock: the order waits (not oversold). */
  shortages?: Shortage[];
};

/**
 * Records one call on an order assigned to this agent and applies its outcome (SPEC §5):
 * confirmed (optionally correcting the address and quantities) → stock reserved and
 * callcenter_approved, or — when stock is short — the order waits in review flagged as
 * back-ordered; no answer → retry later, and after the final attempt escalate or cancel (a
 * setting); postponed → callback time within the allowed window; cancelled → reason from the
 * list, reservation released; escalated → note, managers notified. Every call is logged.
 * The order row is locked and checked against the version the agent saw: a second submit,
 * a reassignment or a manager's decision in between is "order changed", and nothing is written.
 */
export async function recordOutcome(actor: Actor, raw: RecordOutcomeInput): Promise<OutcomeResult> {
  assertCan(actor, "callcenter.call");
  const input = parseOrThrow(ZRecordOutcomeInput, raw);
  const settings = await getSettings();
  const now = new Date();

  return db.$transaction(
    async (tx) => {
      // Visible only to the agent it is assigned to; someone else's order does not exist.
      const found = await tx.order.findFirst({
        where: { id: input.orderId, assignedAgentId: actor.userId },
        select: { id: true, code: true, callAttempts: true, callStartedAt: true, _count: { select: { calls: true } } },
      });
      if (!found) throw new AppError("not_found");
      // Every change that matters here (reassignment, another outcome, a manager's decision)
      // bumps the version, so an unchanged version under the lock means the row read above
      // still holds: still this agent's order, same attempts.
      let order = await lockOrderVersion(tx, input.orderId, input.version);
      if (order.state !== "callcenter_review") throw new AppError("order_changed");

      const startedAt =
        found.callStartedAt && now.getTime() - found.callStartedAt.getTime() < MAX_CALL_MS ? found.callStartedAt : now;
      const call = {
        orderId: order.id,
        agentId: actor.userId,
        note: input.note || null,
        attemptNo: found._count.calls + 1,
        startedAt,
        endedAt: now,
        durationSec: Math.round((now.getTime() - startedAt.getTime()) / 1000),
      };
      const callColumns = { callStartedAt: null, lastCallAt: now };
      const where = { assignedAgentId: actor.userId };

      switch (input.outcome) {
        case "confirmed": {
          if (input.corrections) order = await applyCorrections(tx, actor, order, input.corrections, now);
          const reserved = await reserveOrderStock(tx, { orderId: order.id, actorId: actor.userId });
          await tx.callLog.create({ data: { ...call, outcome: "confirmed" } });
          if (!reserved.ok) {
            await applyOrderChange(tx, {
              order,
              type: "backordered",
              actor,
              where,
              now,
              note: input.note || null,
              patch: { ...callColumns, backorderedAt: now, callbackAt: null },
              data: {
                shortages: reserved.shortages.map((s) => ({
                  sku: s.sku,
                  requested: s.requested,
                  available: s.available,
                })),
              },
            });
            return { outcome: "confirmed", state: order.state, shortages: reserved.shortages };
          }
          const t = await applyTransition(tx, {
            order,
            transition: "confirm",
            actor,
            where,
            now,
            note: input.note || null,
            patch: { ...callColumns, backorderedAt: null, callbackAt: null },
            data: { warehouseId: reserved.warehouseId },
          });
          return { outcome: "confirmed", state: t.state };
        }

        case "no_answer": {
          const noAnswers = found.callAttempts + 1;
          await tx.callLog.create({ data: { ...call, outcome: "no_answer" } });
          if (noAnswers < settings["callcenter.maxAttempts"]) {
            const t = await applyTransition(tx, {
              order,
              transition: "no_answer",
              actor,
              where,
              now,
              note: input.note || null,
              patch: {
                ...callColumns,
                callAttempts: noAnswers,
                callbackAt: new Date(now.getTime() + settings["callcenter.retryMinutes"] * 60_000),
              },
              data: { attempt: noAnswers, of: settings["callcenter.maxAttempts"] },
            });
            return { outcome: "no_answer", state: t.state };
          }
          return finalNoAnswer(tx, actor, order, found.code, noAnswers, settings, input.note || null, now);
        }

        case "postponed": {
          const callbackAt = uaeLocalToInstant(input.callbackAt);
          if (!callbackAt) throw new AppError("validation", {}, { callbackAt: "callback_invalid" });
          if (callbackAt.getTime() <= now.getTime() + 60_000)
            throw new AppError("validation", {}, { callbackAt: "callback_past" });
          if (callbackAt.getTime() > now.getTime() + settings["callcenter.callbackMaxDays"] * 86_400_000) {
            throw new AppError(
              "validation",
              { days: settings["callcenter.callbackMaxDays"] },
              { callbackAt: "callback_too_far" },
            );
          }
          const postpones = await tx.callLog.count({ where: { orderId: order.id, outcome: "postponed" } });
          if (postpones >= settings["callcenter.maxPostpones"])
            throw new AppError("postpone_limit", { max: settings["callcenter.maxPostpones"] });
          await tx.callLog.create({ data: { ...call, outcome: "postponed", callbackAt } });
          const t = await applyTransition(tx, {
            order,
            transition: "postpone",
            actor,
            where,
            now,
            note: input.note || null,
            patch: { ...callColumns, callbackAt },
            data: { callbackAt: callbackAt.toISOString() },
          });
          return { outcome: "postponed", state: t.state };
        }

        case "cancelled": {
          await tx.callLog.create({ data: { ...call, outcome: "cancelled", cancelReason: input.cancelReason } });
          await releaseOrderStock(tx, {
            orderId: order.id,
            actorId: actor.userId,
            reason: `cancelled:${input.cancelReason}`,
          });
          const t = await applyTransition(tx, {
            order,
            transition: "agent_cancel",
            actor,
            where,
            now,
            note: input.note || null,
            patch: { ...callColumns, cancelReason: input.cancelReason, cancelledAt: now, callbackAt: null },
            data: { reason: input.cancelReason },
          });
          await notifyOrderSeller(tx, order.id, "order_cancelled");
          return { outcome: "cancelled", state: t.state };
        }

        case "escalated": {
          await tx.callLog.create({ data: { ...call, outcome: "escalated" } });
          const t = await applyTransition(tx, {
            order,
            transition: "escalate",
            actor,
            where,
            now,
            note: input.note,
            patch: { ...callColumns, callbackAt: null },
          });
          await notifyHolders(tx, "callcenter.escalations", {
            type: "order_escalated",
            params: { code: found.code, agent: actor.name },
            link: `/callcenter/orders/${order.id}`,
          });
          return { outcome: "escalated", state: t.state };
        }
      }
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}

/** The last unanswered attempt: to the manager's inbox, or cancelled by the rule (a setting). */
async function finalNoAnswer(
  tx: Tx,
  actor: Actor,
  order: OrderVersion,
  code: string,
  noAnswers: number,
  settings: Settings,
  note: string | null,
  now: Date,
): Promise<OutcomeResult> {
  const where = { assignedAgentId: actor.userId };
  const patch = { callStartedAt: null, lastCallAt: now, callAttempts: noAnswers, callbackAt: null };
  if (settings["callcenter.afterFinalNoAnswer"] === "cancel") {
    await releaseOrderStock(tx, { orderId: order.id, actorId: actor.userId, reason: "cancelled:no_answer_final" });
    const t = await applyTransition(tx, {
      order,
      transition: "agent_cancel",
      actor,
      where,
      now,
      note,
      patch: { ...patch, cancelReason: "no_answer_final", cancelledAt: now },
      data: { reason: "no_answer_final", rule: "callcenter.afterFinalNoAnswer" },
    });
    await notifyOrderSeller(tx, order.id, "order_cancelled");
    return { outcome: "no_answer", state: t.state };
  }
  const t = await applyTransition(tx, {
    order,
    transition: "no_answer_final",
    actor,
    where,
    now,
    note,
    patch,
    data: { attempt: noAnswers },
  });
  await notifyHolders(tx, "callcenter.escalations", {
    type: "no_answer_final",
    params: { code },
    link: `/callcenter/orders/${order.id}`,
  });
  return { outcome: "no_answer", state: t.state };
}

/**
 * The agent corrects what the customer said on the phone: the address (re-encrypted), and
 * quantities of the seller's own lines (no new products, no price changes); totals follow.
 */
async function applyCorrections(
  tx: Tx,
  actor: Actor,
  order: OrderVersion,
  c: NonNullable<Extract<RecordOutcomeData, { outcome: "confirmed" }>["corrections"]>,
  now: Date,
): Promise<OrderVersion> {
  const lines = await tx.orderLine.findMany({
    where: { orderId: order.id },
    select: { id: true, quantity: true, unitPriceFils: true, lineTotalFils: true },
  });
  const byId = new Map(lines.map((l) => [l.id, l]));
  const changedLines: Array<{ lineId: string; from: number; to: number }> = [];
  for (const [i, l] of c.lines.entries()) {
    const line = byId.get(l.lineId);
    if (!line) throw new AppError("validation", {}, { [`corrections.lines.${i}.quantity`]: "line_invalid" });
    if (line.quantity !== l.quantity) changedLines.push({ lineId: line.id, from: line.quantity, to: l.quantity });
  }
  for (const ch of changedLines) {
    const line = byId.get(ch.lineId)!;
    line.quantity = ch.to;
    line.lineTotalFils = line.unitPriceFils * ch.to;
    await tx.orderLine.update({
      where: { id: ch.lineId },
      data: { quantity: ch.to, lineTotalFils: line.lineTotalFils },
    });
  }
  const totalFils = lines.reduce((sum, l) => sum + l.lineTotalFils, 0);
  const address = toOrderAddress(c);
  const current = await tx.order.findUniqueOrThrow({
    where: { id: order.id },
    select: { city: true, area: true, addressEnc: true },
  });
  const addressUpdated =
    current.city !== c.city ||
    (current.area ?? null) !== (c.area || null) ||
    JSON.stringify(decryptOrderAddress(current.addressEnc, order.id)) !== JSON.stringify(address);
  if (!addressUpdated && !changedLines.length) return order;
  const v = await applyOrderChange(tx, {
    order,
    type: "corrected",
    actor,
    now,
    where: { assignedAgentId: actor.userId },
    patch: { city: c.city, area: c.area || null, addressEnc: encryptOrderAddress(address, order.id), totalFils },
    // Which fields changed, not their values (the address is PII and stays encrypted).
    data: { lines: changedLines, addressUpdated },
  });
  return { ...order, version: v.version };
}
