// The courier's pages on the embedded PostgreSQL: only their own stops (everyone else gets
// not_found), pick-up scans, delivery reports with OTP / photo / signature proof, failed
// attempts and refusals, OTP lock-out, and one report per stop under concurrency.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { issueDeliveryOtp, OTP_MAX_FAILURES } from "@/lib/delivery/otp";
import { getCourierRun } from "@/lib/delivery/courier/get-courier-run";
import { getCourierStop, mapsLink } from "@/lib/delivery/courier/get-courier-stop";
import { pickUpOrder } from "@/lib/delivery/courier/pick-up-order";
import { reportDelivery } from "@/lib/delivery/courier/report-delivery";
import type { ReportDeliveryInput } from "@/lib/delivery/courier/report-delivery.schema";
import { createOrder as createRealOrder } from "@/lib/orders/create-order";
import { instantToUaeLocal } from "@/lib/time/uae-day";
import {
  actorFor,
  createCourier,
  createProduct,
  createSeller,
  seedSystemRoles,
  userWithActor,
} from "../support/factories";
import { outcomeOf, rejects } from "../support/expect";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

let sellerActor: Actor;
let productId: string;
let c1: { actor: Actor; courierId: string };
let c2: { actor: Actor; courierId: string };

async function courier(): Promise<{ actor: Actor; courierId: string }> {
  const { user, actor } = await userWithActor({ role: "delivery_agent" });
  return { actor, courierId: (await createCourier(user.id)).id };
}

/** A real order (encrypted PII, lines) handed to a courier as dispatch would: out for delivery, OTP texted. */
async function dispatched(to: { courierId: string }, opts: { pickedUp?: boolean; otp?: boolean } = {}) {
  const o = await createRealOrder(sellerActor, {
    customerName: "Khalid Rahman",
    customerPhone: `050${Math.floor(1_000_000 + Math.random() * 8_999_999)}`,
    emirate: "dubai",
    city: "Dubai",
    area: "Al Barsha",
    street: "Street 12",
    building: "Villa 4",
    landmark: "",
    lines: [{ productId, quantity: 2 }],
  });
  await db.order.update({
    where: { id: o.id },
    data: {
      state: "delivery_in_progress",
      assignedCourierId: to.courierId,
      pickedUpAt: opts.pickedUp === false ? null : new Date(),
    },
  });
  const otp =
    opts.otp === false
      ? null
      : await db.$transaction((tx) => issueDeliveryOtp(tx, { orderId: o.id, orderCode: o.code }));
  const row = await db.order.findUniqueOrThrow({ where: { id: o.id } });
  return { ...row, otp: otp ?? "" };
}

const delivered = (
  o: { id: string; version: number; totalFils: number },
  extra: Partial<Extract<ReportDeliveryInput, { outcome: "delivered" }>> = {},
): ReportDeliveryInput => ({
  orderId: o.id,
  version: o.version,
  outcome: "delivered",
  cod: (o.totalFils / 100).toFixed(2),
  proofKind: "otp",
  ...extra,
});
const wrongOtp = (otp: string) => String((Number(otp) + 1) % 1_000_000).padStart(6, "0");
const uaeLocal = (ms: number) => instantToUaeLocal(new Date(Date.now() + ms));
const orderRow = (id: string) => db.order.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  await seedSystemRoles();
  const s = await createSeller();
  sellerActor = await actorFor(s.user);
  productId = (await createProduct(s.profile.id, { priceFils: 7_500 })).id;
  c1 = await courier();
  c2 = await courier();
});

describe("who sees which stop", () => {
  it("a courier cannot see, pick up or report another courier's order: not_found, nothing written", async () => {
    const theirs = await dispatched(c2, { pickedUp: false });
    await rejects(getCourierStop(c1.actor, { id: theirs.id }), "not_found");
    await rejects(pickUpOrder(c1.actor, { code: theirs.code }), "not_found");
    await rejects(reportDelivery(c1.actor, delivered(theirs, { otp: theirs.otp })), "not_found");
    await rejects(
      reportDelivery(c1.actor, {
        orderId: theirs.id,
        version: theirs.version,
        outcome: "refused",
        reasonText: "Not mine",
      }),
      "not_found",
    );
    const run = await getCourierRun(c1.actor);
    expect(run.stops.map((s) => s.id)).not.toContain(theirs.id);
    const after = await orderRow(theirs.id);
    expect(after).toMatchObject({
      version: theirs.version,
      state: "delivery_in_progress",
      pickedUpAt: null,
      deliveryOtpFailures: 0,
    });
    expect(await db.deliveryAttempt.count({ where: { orderId: theirs.id } })).toBe(0);
    // Its own courier sees it.
    expect((await getCourierStop(c2.actor, { id: theirs.id })).code).toBe(theirs.code);
    expect((await getCourierRun(c2.actor)).stops.map((s) => s.id)).toContain(theirs.id);
  });

  it("packer, seller, delivery manager (no delivery.update_own) and a courier login without an active courier row get not_found", async () => {
    const o = await dispatched(c1);
    const packer = (await userWithActor({ role: "packaging_agent" })).actor;
    const manager = (await userWithActor({ role: "delivery_manager" })).actor;
    const noRow = (await userWithActor({ role: "delivery_agent" })).actor;
    const inactive = await courier();
    await db.courier.update({ where: { id: inactive.courierId }, data: { isActive: false } });
    const inactiveOrder = await dispatched(inactive);
    for (const actor of [packer, sellerActor, manager, noRow]) {
      await rejects(getCourierStop(actor, { id: o.id }), "not_found");
      await rejects(pickUpOrder(actor, { code: o.code }), "not_found");
      await rejects(reportDelivery(actor, delivered(o, { otp: o.otp })), "not_found");
    }
    for (const actor of [packer, sellerActor, manager]) await rejects(getCourierRun(actor), "not_found");
    expect((await getCourierRun(noRow)).stops).toEqual([]);
    expect((await getCourierRun(noRow)).hasCourier).toBe(false);
    await rejects(getCourierStop(inactive.actor, { id: inactiveOrder.id }), "not_found");
    await rejects(reportDelivery(inactive.actor, delivered(inactiveOrder, { otp: inactiveOrder.otp })), "not_found");
    expect((await orderRow(o.id)).state).toBe("delivery_in_progress");
    expect(await db.deliveryAttempt.count({ where: { orderId: { in: [o.id, inactiveOrder.id] } } })).toBe(0);
  });

  it("the stop decrypts the customer for its courier: tel in E.164, map link from the address or the pin", async () => {
    const o = await dispatched(c1);
    const stop = await getCourierStop(c1.actor, { id: o.id });
    expect(stop.customerPhone).toMatch(/^\+9715\d{8}$/);
    expect(stop.street).toBe("Street 12");
    expect(stop.mapUrl).toBe(
      `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent("Street 12, Villa 4, Al Barsha, Dubai, dubai")}`,
    );
    expect(stop.totalFils).toBe(15_000);
    expect(stop.lines).toHaveLength(1);
    expect(mapsLink({ lat: 25.1, lng: 55.2, text: "ignored" })).toBe(
      "https://www.google.com/maps/search/?api=1&query=25.1%2C55.2",
    );
  });
});

describe("pick-up scan", () => {
  it("marks the courier's own out-for-delivery order picked up (with or without the '#'), once", async () => {
    const o = await dispatched(c1, { pickedUp: false });
    const res = await pickUpOrder(c1.actor, { code: ` ${o.code.slice(1)} ` });
    expect(res).toEqual({ orderId: o.id, code: o.code, alreadyPickedUp: false });
    const after = await orderRow(o.id);
    expect(after.pickedUpAt).not.toBeNull();
    expect(after.version).toBe(o.version + 1);
    expect(
      await db.orderEvent.count({ where: { orderId: o.id, type: "courier_pickup", actorId: c1.actor.userId } }),
    ).toBe(1);
    // Scanning the same parcel again changes nothing.
    expect((await pickUpOrder(c1.actor, { code: o.code })).alreadyPickedUp).toBe(true);
    expect((await orderRow(o.id)).version).toBe(after.version);
  });

  it("an unknown code, or the courier's own order that is not out for delivery, is not_found", async () => {
    await rejects(pickUpOrder(c1.actor, { code: "#000000000" }), "not_found");
    const o = await dispatched(c1, { pickedUp: false });
    await db.order.update({ where: { id: o.id }, data: { state: "ready_for_delivery" } });
    await rejects(pickUpOrder(c1.actor, { code: o.code }), "not_found");
    expect((await orderRow(o.id)).pickedUpAt).toBeNull();
  });
});

describe("delivery reports", () => {
  it("delivered with the right OTP: pending manager confirmation, one pending attempt with the cash, today's totals follow", async () => {
    const before = (await getCourierRun(c1.actor)).totals;
    const o = await dispatched(c1);
    const res = await reportDelivery(c1.actor, delivered(o, { otp: o.otp, cod: "150" }));
    expect(res).toEqual({ outcome: "delivered", state: "pending_manager_confirmation", attemptNo: 1 });
    const after = await orderRow(o.id);
    expect(after).toMatchObject({ state: "pending_manager_confirmation", deliveryAttempts: 1, version: o.version + 1 });
    const attempts = await db.deliveryAttempt.findMany({ where: { orderId: o.id } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({
      courierId: c1.courierId,
      attemptNo: 1,
      outcome: "delivered",
      proofKind: "otp",
      otpVerified: true,
      codCollectedFils: 15_000,
      status: "pending",
      confirmedOutcome: null,
      proofPhotoFileId: null,
    });
    const ev = await db.orderEvent.findFirstOrThrow({
      where: { orderId: o.id, type: "transition", toState: "pending_manager_confirmation" },
    });
    expect(ev.actorId).toBe(c1.actor.userId);
    const run = await getCourierRun(c1.actor);
    expect(run.totals.deliveredToday).toBe(before.deliveredToday + 1);
    expect(run.totals.cashTodayFils).toBe(before.cashTodayFils + 15_000);
    expect(run.stops.find((s) => s.id === o.id)?.waitingConfirmation).toBe(true);
    const stop = await getCourierStop(c1.actor, { id: o.id });
    expect(stop).toMatchObject({ canReport: false, waitingConfirmation: true });
  });

  it("a wrong OTP is refused and counted, and nothing else is written", async () => {
    const o = await dispatched(c1);
    const e = await rejects(reportDelivery(c1.actor, delivered(o, { otp: wrongOtp(o.otp) })), "validation");
    expect(e.fields).toEqual({ otp: "otp_wrong" });
    const after = await orderRow(o.id);
    expect(after).toMatchObject({
      state: "delivery_in_progress",
      version: o.version,
      deliveryAttempts: 0,
      deliveryOtpFailures: 1,
    });
    expect(await db.deliveryAttempt.count({ where: { orderId: o.id } })).toBe(0);
    expect(await db.orderEvent.count({ where: { orderId: o.id, toState: "pending_manager_confirmation" } })).toBe(0);
  });

  it(`${OTP_MAX_FAILURES} wrong entries lock the OTP (even the right code is then refused); a photo still proves the delivery`, async () => {
    const o = await dispatched(c1);
    for (let i = 0; i < OTP_MAX_FAILURES; i++) {
      expect(
        (await rejects(reportDelivery(c1.actor, delivered(o, { otp: wrongOtp(o.otp) })), "validation")).fields,
      ).toEqual({ otp: "otp_wrong" });
    }
    expect((await rejects(reportDelivery(c1.actor, delivered(o, { otp: o.otp })), "validation")).fields).toEqual({
      otp: "otp_locked",
    });
    expect((await orderRow(o.id)).deliveryOtpFailures).toBe(OTP_MAX_FAILURES);
    expect(await getCourierStop(c1.actor, { id: o.id })).toMatchObject({ otpAvailable: false, otpLocked: true });
    const res = await reportDelivery(
      c1.actor,
      delivered(o, { proofKind: "photo", photo: { name: "door.png", file: new Blob([PNG]) } }),
    );
    expect(res.state).toBe("pending_manager_confirmation");
  });

  it("photo proof: stored as delivery_proof with no seller (sellers never see raw proof) and linked to the attempt", async () => {
    const o = await dispatched(c1, { otp: false });
    await reportDelivery(
      c1.actor,
      delivered(o, { proofKind: "photo", photo: { name: "door.png", file: new Blob([PNG]) } }),
    );
    const attempt = await db.deliveryAttempt.findFirstOrThrow({ where: { orderId: o.id } });
    expect(attempt).toMatchObject({ proofKind: "photo", otpVerified: false, signatureFileId: null });
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: attempt.proofPhotoFileId! } });
    expect(file).toMatchObject({
      purpose: "delivery_proof",
      sellerId: null,
      uploadedById: c1.actor.userId,
      mimeType: "image/png",
    });
    expect(file.storageKey.startsWith(`delivery/${c1.courierId.toLowerCase()}/`)).toBe(true);
  });

  it("signature proof is stored the same way; a file that is not an image is refused and leaves no row", async () => {
    const o = await dispatched(c1, { otp: false });
    const files = await db.storedFile.count();
    const bad = await rejects(
      reportDelivery(
        c1.actor,
        delivered(o, { proofKind: "signature", signature: { name: "sig.png", file: new Blob(["<svg/>"]) } }),
      ),
      "validation",
    );
    expect(bad.fields.signature).toBe("file_type");
    expect(await db.storedFile.count()).toBe(files);
    expect((await orderRow(o.id)).state).toBe("delivery_in_progress");
    await reportDelivery(
      c1.actor,
      delivered(o, { proofKind: "signature", signature: { name: "signature.png", file: new Blob([PNG]) } }),
    );
    const attempt = await db.deliveryAttempt.findFirstOrThrow({ where: { orderId: o.id } });
    expect(attempt.proofKind).toBe("signature");
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: attempt.signatureFileId! } })).sellerId).toBeNull();
  });

  it("an OTP report on an order that had no OTP texted is refused; so is a missing photo", async () => {
    const o = await dispatched(c1, { otp: false });
    expect((await rejects(reportDelivery(c1.actor, delivered(o, { otp: "123456" })), "validation")).fields).toEqual({
      otp: "otp_none",
    });
    expect(
      (await rejects(reportDelivery(c1.actor, delivered(o, { proofKind: "photo" })), "validation")).fields,
    ).toEqual({ photo: "proof_required" });
    expect(await db.deliveryAttempt.count({ where: { orderId: o.id } })).toBe(0);
  });

  it("cash different from the COD amount needs a note; a negative or malformed amount is refused", async () => {
    const o = await dispatched(c1);
    expect(
      (await rejects(reportDelivery(c1.actor, delivered(o, { otp: o.otp, cod: "100" })), "validation")).fields,
    ).toEqual({ codNote: "cod_note_required" });
    expect(
      (await rejects(reportDelivery(c1.actor, delivered(o, { otp: o.otp, cod: "-5" })), "validation")).fields,
    ).toEqual({ cod: "amount_invalid" });
    // Refused before the OTP was spent: no failure counted.
    expect((await orderRow(o.id)).deliveryOtpFailures).toBe(0);
    await reportDelivery(
      c1.actor,
      delivered(o, { otp: o.otp, cod: "100", codNote: "Customer paid 100, rest by bank transfer" }),
    );
    expect(await db.deliveryAttempt.findFirstOrThrow({ where: { orderId: o.id } })).toMatchObject({
      codCollectedFils: 10_000,
      reason: "Customer paid 100, rest by bank transfer",
    });
  });

  it("delivered without the pick-up scan is refused and writes nothing", async () => {
    const o = await dispatched(c1, { pickedUp: false });
    expect((await rejects(reportDelivery(c1.actor, delivered(o, { otp: o.otp })), "validation")).fields).toEqual({
      outcome: "not_picked_up",
    });
    expect(await orderRow(o.id)).toMatchObject({
      state: "delivery_in_progress",
      version: o.version,
      deliveryOtpFailures: 0,
    });
    expect(await db.deliveryAttempt.count({ where: { orderId: o.id } })).toBe(0);
  });

  it("failed attempt: needs a reason (words for “other”) and a reschedule time in the future", async () => {
    const o = await dispatched(c1);
    const failed = (extra: Partial<Extract<ReportDeliveryInput, { outcome: "failed" }>>): ReportDeliveryInput => ({
      orderId: o.id,
      version: o.version,
      outcome: "failed",
      reason: "no_answer",
      rescheduleAt: uaeLocal(86_400_000),
      ...extra,
    });
    expect(
      (await rejects(reportDelivery(c1.actor, failed({ rescheduleAt: uaeLocal(-3_600_000) })), "validation")).fields,
    ).toEqual({ rescheduleAt: "reschedule_past" });
    expect((await rejects(reportDelivery(c1.actor, failed({ rescheduleAt: "" })), "validation")).fields).toEqual({
      rescheduleAt: "required",
    });
    expect(
      (await rejects(reportDelivery(c1.actor, failed({ rescheduleAt: uaeLocal(30 * 86_400_000) })), "validation"))
        .fields,
    ).toEqual({ rescheduleAt: "reschedule_too_far" });
    expect((await rejects(reportDelivery(c1.actor, failed({ reason: "other" })), "validation")).fields).toEqual({
      reasonText: "reason_required",
    });
    expect((await rejects(reportDelivery(c1.actor, failed({ reason: "bad" as never })), "validation")).fields).toEqual({
      reason: "required",
    });
    expect(await db.deliveryAttempt.count({ where: { orderId: o.id } })).toBe(0);
    const at = uaeLocal(2 * 86_400_000);
    const res = await reportDelivery(
      c1.actor,
      failed({ reason: "other", reasonText: "Gate locked", rescheduleAt: at }),
    );
    expect(res).toEqual({ outcome: "failed", state: "pending_manager_confirmation", attemptNo: 1 });
    const attempt = await db.deliveryAttempt.findFirstOrThrow({ where: { orderId: o.id } });
    expect(attempt).toMatchObject({
      outcome: "failed",
      reason: "other: Gate locked",
      codCollectedFils: 0,
      proofKind: null,
      status: "pending",
    });
    expect(instantToUaeLocal(attempt.rescheduleAt!)).toBe(at);
  });

  it("refused: reason required, then reported for the manager", async () => {
    const o = await dispatched(c1);
    expect(
      (
        await rejects(
          reportDelivery(c1.actor, { orderId: o.id, version: o.version, outcome: "refused", reasonText: "" }),
          "validation",
        )
      ).fields,
    ).toEqual({ reasonText: "reason_required" });
    await reportDelivery(c1.actor, {
      orderId: o.id,
      version: o.version,
      outcome: "refused",
      reasonText: "Ordered by mistake",
    });
    expect(await db.deliveryAttempt.findFirstOrThrow({ where: { orderId: o.id } })).toMatchObject({
      outcome: "refused",
      reason: "Ordered by mistake",
      codCollectedFils: 0,
    });
  });

  it("a re-attempt after the manager sent the order back out counts as attempt 2", async () => {
    const o = await dispatched(c1);
    await reportDelivery(c1.actor, {
      orderId: o.id,
      version: o.version,
      outcome: "failed",
      reason: "no_answer",
      rescheduleAt: uaeLocal(86_400_000),
    });
    // The manager's decision (the other module): back out for delivery.
    await db.order.update({ where: { id: o.id }, data: { state: "delivery_in_progress", version: { increment: 1 } } });
    const again = await orderRow(o.id);
    const res = await reportDelivery(c1.actor, delivered(again, { otp: o.otp }));
    expect(res.attemptNo).toBe(2);
    expect((await orderRow(o.id)).deliveryAttempts).toBe(2);
  });

  it("the same stop reported twice at once (double tap, two tabs): exactly one attempt, the other is order_changed", async () => {
    const o = await dispatched(c1);
    const outcomes = await Promise.all([
      outcomeOf(reportDelivery(c1.actor, delivered(o, { otp: o.otp }))),
      outcomeOf(reportDelivery(c1.actor, delivered(o, { otp: o.otp }))),
      outcomeOf(
        reportDelivery(c1.actor, { orderId: o.id, version: o.version, outcome: "refused", reasonText: "Changed mind" }),
      ),
    ]);
    expect(outcomes.filter((x) => x === "ok")).toHaveLength(1);
    expect(outcomes.filter((x) => x === "order_changed")).toHaveLength(2);
    expect(await db.deliveryAttempt.count({ where: { orderId: o.id } })).toBe(1);
    expect(await orderRow(o.id)).toMatchObject({
      deliveryAttempts: 1,
      state: "pending_manager_confirmation",
      version: o.version + 1,
    });
    // A later resubmit with the old version changes nothing either.
    await rejects(reportDelivery(c1.actor, delivered(o, { otp: o.otp })), "order_changed");
    expect(await db.deliveryAttempt.count({ where: { orderId: o.id } })).toBe(1);
  });
});

describe("today's run", () => {
  it("lists stops in stop order with totals, and the returns to bring back (read-only)", async () => {
    const c = await courier();
    const a = await dispatched(c);
    const b = await dispatched(c, { pickedUp: false });
    const r = await dispatched(c);
    await db.order.update({ where: { id: a.id }, data: { runStopNo: 2 } });
    await db.order.update({ where: { id: b.id }, data: { runStopNo: 1 } });
    await db.order.update({ where: { id: r.id }, data: { state: "returning" } });
    await db.return.create({
      data: { code: `RET${Date.now()}`, orderId: r.id, sellerId: r.sellerId, reason: "refused", status: "in_transit" },
    });
    const run = await getCourierRun(c.actor);
    expect(run.stops.map((s) => s.id)).toEqual([b.id, a.id]);
    expect(run.stops[0]).toMatchObject({ pickedUpAt: null, deliveryAttempts: 0, totalFils: 15_000, area: "Al Barsha" });
    expect(run.totals).toEqual({ toDeliver: 2, reported: 0, deliveredToday: 0, cashTodayFils: 0 });
    expect(run.returns).toEqual([
      { orderId: r.id, orderCode: r.code, customerName: r.customerName, returnCode: expect.stringMatching(/^RET/) },
    ]);
  });
});
