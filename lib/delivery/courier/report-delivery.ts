import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import { checkDeliveryOtp } from "@/lib/delivery/otp";
import { discardUploads, recordUpload, storeUploads, type StoredUpload } from "@/lib/files/store-upload";
import { parseAed } from "@/lib/money/parse-aed";
import { applyTransition, lockOrderVersion } from "@/lib/orders/transition";
import type { OrderState } from "@/lib/orders/workflow";
import { uaeLocalToInstant } from "@/lib/time/uae-day";
import { courierOrderScope, findActorCourier } from "./scope";
import {
  RESCHEDULE_MAX_DAYS,
  ZReportDeliveryInput,
  type ReportDeliveryData,
  type ReportDeliveryInput,
} from "./report-delivery.schema";

export type ReportResult = { outcome: ReportDeliveryData["outcome"]; state: OrderState; attemptNo: number };

const TX = { maxWait: 10_000, timeout: 15_000 } as const;

/**
 * The courier's report of one stop (SPEC §9): delivered (cash collected + proof: the
 * customer's OTP, a photo or a drawn signature; the parcel must have been picked up), failed
 * attempt (reason + a future reschedule time) or refused (reason). In one transaction: the
 * `courier_report` transition (conditional on the version the courier saw and on the order
 * still being assigned to them) → pending_manager_confirmation, a pending DeliveryAttempt and
 * the attempt count. A second report of the same stop is "order changed" and writes nothing.
 * A typed OTP is checked in its own short transaction first, so a wrong entry is counted even
 * though the report is refused; five wrong entries lock it (photo or signature instead).
 * Proof files are stored with sellerId null: sellers never see raw courier proof.
 */
export async function reportDelivery(actor: Actor, raw: ReportDeliveryInput): Promise<ReportResult> {
  assertCan(actor, "delivery.update_own");
  const input = parseOrThrow(ZReportDeliveryInput, raw);
  const now = new Date();
  const courier = await findActorCourier(db, actor);
  if (!courier) throw new AppError("not_found");
  const found = await db.order.findFirst({
    where: { AND: [courierOrderScope(actor), { id: input.orderId }] },
    select: { id: true, code: true, state: true, version: true, totalFils: true, pickedUpAt: true },
  });
  if (!found) throw new AppError("not_found");
  if (found.state !== "delivery_in_progress" || found.version !== input.version) throw new AppError("order_changed");

  // Checks that need no write, before the OTP is spent or any bytes are stored.
  let codFils = 0;
  let rescheduleAt: Date | null = null;
  if (input.outcome === "delivered") {
    if (!found.pickedUpAt) throw new AppError("validation", {}, { outcome: "not_picked_up" });
    codFils = parseAed(input.cod) ?? -1;
    if (codFils < 0) throw new AppError("validation", {}, { cod: "amount_invalid" });
    if (codFils !== found.totalFils && (input.codNote ?? "").length < 3)
      throw new AppError("validation", {}, { codNote: "cod_note_required" });
  } else if (input.outcome === "failed") {
    rescheduleAt = uaeLocalToInstant(input.rescheduleAt);
    if (!rescheduleAt) throw new AppError("validation", {}, { rescheduleAt: "reschedule_invalid" });
    if (rescheduleAt.getTime() <= now.getTime() + 60_000)
      throw new AppError("validation", {}, { rescheduleAt: "reschedule_past" });
    if (rescheduleAt.getTime() > now.getTime() + RESCHEDULE_MAX_DAYS * 86_400_000) {
      throw new AppError("validation", { days: RESCHEDULE_MAX_DAYS }, { rescheduleAt: "reschedule_too_far" });
    }
  }

  let otpVerified = false;
  if (input.outcome === "delivered" && input.proofKind === "otp") {
    // Its own transaction: a wrong entry stays counted although the report is refused.
    const check = await db.$transaction(async (tx) => {
      const order = await lockOrderVersion(tx, found.id, input.version);
      if (order.state !== "delivery_in_progress") throw new AppError("order_changed");
      return checkDeliveryOtp(tx, found.id, input.otp ?? "");
    }, TX);
    if (check === "wrong") throw new AppError("validation", {}, { otp: "otp_wrong" });
    if (check === "locked") throw new AppError("validation", {}, { otp: "otp_locked" });
    if (check === "none") throw new AppError("validation", {}, { otp: "otp_none" });
    otpVerified = true;
  }

  const proof =
    input.outcome === "delivered" && input.proofKind !== "otp"
      ? input.proofKind === "photo"
        ? input.photo
        : input.signature
      : undefined;
  const stored: StoredUpload[] = proof
    ? await storeUploads(
        "delivery_proof",
        `delivery/${courier.id}`,
        [proof],
        input.outcome === "delivered" ? input.proofKind : "photo",
      )
    : [];

  try {
    return await db.$transaction(async (tx) => {
      const order = await lockOrderVersion(tx, found.id, input.version);
      if (order.state !== "delivery_in_progress") throw new AppError("order_changed");
      const current = await tx.order.findUniqueOrThrow({
        where: { id: order.id },
        select: { deliveryAttempts: true, deliveryRunId: true, pickedUpAt: true, assignedCourierId: true },
      });
      if (current.assignedCourierId !== courier.id) throw new AppError("order_changed");
      if (input.outcome === "delivered" && !current.pickedUpAt)
        throw new AppError("validation", {}, { outcome: "not_picked_up" });
      const attemptNo = current.deliveryAttempts + 1;

      const file = stored[0]
        ? await recordUpload(tx, stored[0], { purpose: "delivery_proof", sellerId: null, uploadedById: actor.userId })
        : null;
      // DeliveryAttempt.reason: the failure code (then ": " and the courier's words, if any),
      // the refusal in the courier's words, or the note explaining a cash difference.
      const reason =
        input.outcome === "failed"
          ? input.reasonText
            ? `${input.reason}: ${input.reasonText}`
            : input.reason
          : input.outcome === "refused"
            ? input.reasonText
            : input.codNote || null;
      const note = input.outcome === "failed" ? input.reasonText || null : reason;

      const t = await applyTransition(tx, {
        order,
        transition: "courier_report",
        actor,
        now,
        note,
        where: { assignedCourierId: courier.id },
        patch: { deliveryAttempts: { increment: 1 } },
        data: { outcome: input.outcome, attemptNo, ...(input.outcome === "failed" ? { reason: input.reason } : {}) },
      });
      await tx.deliveryAttempt.create({
        data: {
          orderId: order.id,
          courierId: courier.id,
          runId: current.deliveryRunId,
          attemptNo,
          outcome: input.outcome,
          reason,
          rescheduleAt,
          proofKind: input.outcome === "delivered" ? input.proofKind : null,
          proofPhotoFileId: input.outcome === "delivered" && input.proofKind === "photo" ? (file?.id ?? null) : null,
          signatureFileId: input.outcome === "delivered" && input.proofKind === "signature" ? (file?.id ?? null) : null,
          otpVerified,
          codCollectedFils: codFils,
          status: "pending",
          createdAt: now,
        },
      });
      return { outcome: input.outcome, state: t.state, attemptNo };
    }, TX);
  } catch (e) {
    await discardUploads(stored);
    throw e;
  }
}
