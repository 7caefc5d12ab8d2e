import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { ensureOrderFee } from "@/lib/finance/fees/order-fee";
import { applyTransition, type OrderVersion } from "@/lib/orders/transition";
import type { OrderState } from "@/lib/orders/workflow";
import { createReturn } from "@/lib/returns/create-return";
import { getSettings } from "@/lib/settings/get-settings";
import {
  ZBulkConfirmInput,
  ZConfirmAttemptInput,
  ZCorrectAttemptInput,
  type BulkConfirmInput,
  type ConfirmAttemptInput,
  type CorrectAttemptInput,
  type Outcome,
} from "./confirm.schema";
import { notifyOrderSeller } from "@/lib/notifications/notify-order-seller";

export type ConfirmResult = { orderState: OrderState; returnCode: string | null };

type Decision = { outcome: Outcome; codFils: number; note: string | null; corrected: boolean };

/**
 * Applies the manager's decision on one pending report, in the caller's transaction:
 * 1. the attempt, conditional on `status = pending AND version` (a second manager finds it
 *    decided and gets `conflict`: nothing is written twice);
 * 2. the order, by the confirmed outcome — delivered → confirm_delivered + the COD collection
 *    owed by the courier; failed → confirm_failed_attempt while attempts are left, else
 *    confirm_failed_final + start_return; refused → start_return — each conditional on the
 *    order's version (order_changed if it moved).
 */
async function decide(
  tx: Tx,
  actor: Actor,
  attemptId: string,
  version: number,
  decision: (a: { outcome: Outcome; codCollectedFils: number }) => Decision,
  maxAttempts: number,
  now: Date,
): Promise<ConfirmResult & { before: unknown; after: unknown }> {
  const attempt = await tx.deliveryAttempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true,
      orderId: true,
      courierId: true,
      attemptNo: true,
      outcome: true,
      codCollectedFils: true,
      reason: true,
      status: true,
      version: true,
      createdAt: true,
      order: {
        select: {
          id: true,
          state: true,
          version: true,
          sellerId: true,
          deliveryCompanyId: true,
          deliveryAttempts: true,
          archivedAt: true,
        },
      },
    },
  });
  if (!attempt || attempt.order.archivedAt) throw new AppError("not_found");
  if (attempt.status !== "pending" || attempt.version !== version) throw new AppError("conflict");
  const d = decision({ outcome: attempt.outcome, codCollectedFils: attempt.codCollectedFils });
  const { count } = await tx.deliveryAttempt.updateMany({
    where: { id: attempt.id, status: "pending", version },
    data: {
      status: d.corrected ? "corrected" : "confirmed",
      confirmedOutcome: d.outcome,
      confirmedCodFils: d.outcome === "delivered" ? d.codFils : 0,
      confirmedById: actor.userId,
      confirmedAt: now,
      managerNote: d.note,
      version: { increment: 1 },
    },
  });
  if (count !== 1) throw new AppError("conflict");

  const o = attempt.order;
  let order: OrderVersion = { id: o.id, state: o.state as OrderState, version: o.version };
  // The courier may or may not have counted the attempt on the order already: the confirmed
  // attempt number is the count either way.
  const attempts = Math.max(o.deliveryAttempts, attempt.attemptNo);
  const data = {
    attemptId: attempt.id,
    attemptNo: attempt.attemptNo,
    outcome: d.outcome,
    ...(d.corrected ? { corrected: true } : {}),
  };
  let returnCode: string | null = null;
  const startReturn = async (source: "refused" | "failed_delivery") => {
    order = {
      ...order,
      ...(await applyTransition(tx, {
        order,
        transition: "start_return",
        actor,
        patch: { deliveryAttempts: attempts },
        data,
        now,
      })),
    };
    returnCode = (
      await createReturn(tx, {
        orderId: o.id,
        sellerId: o.sellerId,
        source,
        reason: attempt.reason?.trim() || source,
        actorId: actor.userId,
        now,
      })
    ).code;
    await notifyOrderSeller(tx, o.id, "order_return_started");
  };

  if (d.outcome === "delivered") {
    order = {
      ...order,
      ...(await applyTransition(tx, {
        order,
        transition: "confirm_delivered",
        actor,
        patch: { deliveredAt: now, deliveryAttempts: attempts },
        data,
        now,
      })),
    };
    await tx.codCollection.create({
      data: {
        orderId: o.id,
        deliveryAttemptId: attempt.id,
        courierId: attempt.courierId,
        companyId: o.deliveryCompanyId,
        amountFils: d.codFils,
        collectedAt: attempt.createdAt,
      },
    });
    await ensureOrderFee(tx, o.id, now);
    await notifyOrderSeller(tx, o.id, "order_delivered");
  } else if (d.outcome === "failed" && attempts < maxAttempts) {
    order = {
      ...order,
      ...(await applyTransition(tx, {
        order,
        transition: "confirm_failed_attempt",
        actor,
        patch: { deliveryAttempts: attempts },
        data: { ...data, of: maxAttempts },
        now,
      })),
    };
  } else if (d.outcome === "failed") {
    order = {
      ...order,
      ...(await applyTransition(tx, {
        order,
        transition: "confirm_failed_final",
        actor,
        patch: { deliveryAttempts: attempts },
        data: { ...data, of: maxAttempts },
        now,
      })),
    };
    await startReturn("failed_delivery");
  } else {
    await startReturn("refused");
  }
  return {
    orderState: order.state,
    returnCode,
    before: { outcome: attempt.outcome, codFils: attempt.codCollectedFils },
    after: { outcome: d.outcome, codFils: d.outcome === "delivered" ? d.codFils : 0, note: d.note },
  };
}

/** The decision that takes the courier's report as it stands. */
const asReported = (a: { outcome: Outcome; codCollectedFils: number }): Decision => ({
  outcome: a.outcome,
  codFils: a.codCollectedFils,
  note: null,
  corrected: false,
});

/** Confirms a courier report as it was reported. */
export async function confirmAttempt(actor: Actor, raw: ConfirmAttemptInput): Promise<ConfirmResult> {
  assertCan(actor, "delivery.confirm");
  const input = ZConfirmAttemptInput.parse(raw);
  const maxAttempts = (await getSettings())["delivery.maxAttempts"];
  const r = await db.$transaction((tx) =>
    decide(tx, actor, input.attemptId, input.version, asReported, maxAttempts, new Date()),
  );
  return { orderState: r.orderState, returnCode: r.returnCode };
}

/**
 * Corrects a report (another outcome and/or cash amount, with a note) and applies the
 * corrected outcome; audited with the report before and the decision after.
 */
export async function correctAttempt(actor: Actor, raw: CorrectAttemptInput): Promise<ConfirmResult> {
  assertCan(actor, "delivery.confirm");
  const input = ZCorrectAttemptInput.parse(raw);
  const maxAttempts = (await getSettings())["delivery.maxAttempts"];
  const now = new Date();
  return db.$transaction(async (tx) => {
    const r = await decide(
      tx,
      actor,
      input.attemptId,
      input.version,
      () => ({ outcome: input.outcome, codFils: input.codFils, note: input.note, corrected: true }),
      maxAttempts,
      now,
    );
    await writeAudit(tx, auditContext(actor), {
      action: "delivery.attempt_corrected",
      targetType: "DeliveryAttempt",
      targetId: input.attemptId,
      before: r.before,
      after: r.after,
    });
    return { orderState: r.orderState, returnCode: r.returnCode };
  });
}

/** Confirms many reports as reported, each in its own transaction; changed ones are skipped. */
export async function bulkConfirmAttempts(
  actor: Actor,
  raw: BulkConfirmInput,
): Promise<{ confirmed: number; skipped: number }> {
  assertCan(actor, "delivery.confirm");
  const input = ZBulkConfirmInput.parse(raw);
  const maxAttempts = (await getSettings())["delivery.maxAttempts"];
  const now = new Date();
  let confirmed = 0;
  for (const a of input.attempts) {
    try {
      await db.$transaction((tx) => decide(tx, actor, a.attemptId, a.version, asReported, maxAttempts, now));
      confirmed += 1;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  }
  return { confirmed, skipped: input.attempts.length - confirmed };
}
