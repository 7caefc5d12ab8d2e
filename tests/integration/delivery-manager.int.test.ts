// The delivery manager on the embedded PostgreSQL: dispatch (one, bulk, by area; runs, OTP,
// SMS), concurrent dispatch, courier-report confirmation and correction with their effects
// (COD collection, returns, attempt counting), concurrent confirmation, customer returns,
// performance figures, and who may do what.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { DeliveryOutcome } from "@/generated/prisma/enums";
import { applyTransition } from "@/lib/orders/transition";
import { dispatchArea, dispatchOrders, reassignOrder } from "@/lib/delivery/dispatch-orders";
import { bulkConfirmAttempts, confirmAttempt, correctAttempt } from "@/lib/delivery/confirm-attempts";
import { couriersOverview, getCourierRun } from "@/lib/delivery/courier-overview";
import { findOrderForReturn, startCustomerReturn } from "@/lib/delivery/customer-return";
import { listDispatchTargets, listReadyOrders } from "@/lib/delivery/list-ready";
import { listPendingAttempts } from "@/lib/delivery/list-confirmations";
import {
  listCourierUserChoices,
  listPartners,
  saveCompany,
  saveCourier,
  setCompanyArchived,
  setCourierActive,
} from "@/lib/delivery/manage-partners";
import { deliveryPerformance } from "@/lib/delivery/performance";
import { runDate } from "@/lib/delivery/targets";
import { clearSettingsCache } from "@/lib/settings/get-settings";
import { uaeIsoDay } from "@/lib/time/uae-day";
import { actorFor, createOrder, createSeller, seedSystemRoles, userWithActor } from "../support/factories";
import { outcomeOf, rejects } from "../support/expect";

let manager: Actor;
let manager2: Actor;
let courierActor: Actor;
let packer: Actor;
let sellerActor: Actor;
let seller: Awaited<ReturnType<typeof createSeller>>;
let courierA: { id: string };
let courierB: { id: string };
let company: { id: string };
let driver: { id: string };

async function setSetting(key: string, value: unknown) {
  await db.setting.upsert({
    where: { key },
    update: { value: value as never },
    create: { key, value: value as never },
  });
  clearSettingsCache();
}

async function readyOrder(opts: { emirate?: "dubai" | "sharjah" | "ajman"; area?: string; totalFils?: number } = {}) {
  const o = await createOrder(seller.profile.id, seller.user.id, {
    state: "ready_for_delivery",
    totalFils: opts.totalFils ?? 25_000,
  });
  return db.order.update({ where: { id: o.id }, data: { emirate: opts.emirate ?? "dubai", area: opts.area ?? null } });
}

const order = (id: string) => db.order.findUniqueOrThrow({ where: { id } });
const to = (c: { id: string }) => `courier:${c.id}`;

/** What the courier's screen does: a pending report + courier_report, in one transaction. */
async function courierReport(
  orderId: string,
  outcome: DeliveryOutcome,
  opts: { codFils?: number; reason?: string } = {},
) {
  return db.$transaction(async (tx) => {
    const o = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
    // As lib/delivery/courier/report-delivery.ts: the report counts the attempt on the order.
    const attemptNo = o.deliveryAttempts + 1;
    const a = await tx.deliveryAttempt.create({
      data: {
        orderId,
        courierId: o.assignedCourierId!,
        runId: o.deliveryRunId,
        attemptNo,
        outcome,
        reason: opts.reason ?? (outcome === "delivered" ? null : "Customer not reachable"),
        codCollectedFils: outcome === "delivered" ? (opts.codFils ?? o.totalFils) : 0,
        proofKind: outcome === "delivered" ? "otp" : null,
        otpVerified: outcome === "delivered",
      },
    });
    await applyTransition(tx, {
      order: { id: o.id, state: "delivery_in_progress", version: o.version },
      transition: "courier_report",
      actor: courierActor,
      patch: { deliveryAttempts: { increment: 1 } },
      data: { attemptId: a.id },
    });
    return a;
  });
}

async function dispatched(target = courierA, opts: Parameters<typeof readyOrder>[0] = {}) {
  const o = await readyOrder(opts);
  expect((await dispatchOrders(manager, { orderIds: [o.id], target: to(target) })).dispatched).toBe(1);
  return order(o.id);
}

beforeAll(async () => {
  await seedSystemRoles();
  seller = await createSeller();
  sellerActor = await actorFor(seller.user);
  manager = (await userWithActor({ role: "delivery_manager" })).actor;
  manager2 = (await userWithActor({ role: "delivery_manager" })).actor;
  packer = (await userWithActor({ role: "packaging_agent" })).actor;
  const cu = await userWithActor({ role: "delivery_agent", name: "Courier A" });
  courierActor = cu.actor;
  const cu2 = await userWithActor({ role: "delivery_agent", name: "Courier B" });
  company = await saveCompany(manager, { code: "EEC", name: "Emirates Express Couriers" });
  courierA = await saveCourier(manager, { kind: "staff", userId: cu.user.id, name: "Courier A" });
  courierB = await saveCourier(manager, { kind: "staff", userId: cu2.user.id, name: "Courier B" });
  driver = await saveCourier(manager, { kind: "driver", companyId: company.id, name: "EEC Driver" });
});

beforeEach(async () => {
  await db.setting.deleteMany({});
  clearSettingsCache();
});

describe("partners", () => {
  it("companies are created, archived (not deleted) and audited; codes are unique", async () => {
    const c = await saveCompany(manager, { code: "fast-1", name: "Fast Courier", phone: "04 123 4567" });
    const row = await db.deliveryCompany.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ code: "FAST-1", phone: "041234567", isActive: true, archivedAt: null });
    const dup = await rejects(saveCompany(manager, { code: "FAST-1", name: "Other" }), "validation");
    expect(dup.fields).toEqual({ code: "company_code_taken" });
    await setCompanyArchived(manager, { id: c.id, active: false });
    expect((await db.deliveryCompany.findUniqueOrThrow({ where: { id: c.id } })).archivedAt).not.toBeNull();
    // An archived company gets no orders.
    const o = await readyOrder();
    const e = await rejects(dispatchOrders(manager, { orderIds: [o.id], target: `company:${c.id}` }), "validation");
    expect(e.fields).toEqual({ target: "target_invalid" });
    const audits = await db.auditLog.findMany({
      where: { targetId: c.id },
      orderBy: { seq: "asc" },
      select: { action: true },
    });
    expect(audits.map((a) => a.action)).toEqual(["delivery.company_created", "delivery.company_archived"]);
  });

  it("own-staff couriers must hold delivery.update_own and be linked once; drivers need a company", async () => {
    const notCourier = (await userWithActor({ role: "packaging_agent" })).user;
    expect(
      (await rejects(saveCourier(manager, { kind: "staff", userId: notCourier.id, name: "Packer" }), "validation"))
        .fields,
    ).toEqual({ userId: "courier_user_invalid" });
    const linked = await db.courier.findUniqueOrThrow({ where: { id: courierA.id } });
    expect(
      (await rejects(saveCourier(manager, { kind: "staff", userId: linked.userId!, name: "Again" }), "validation"))
        .fields,
    ).toEqual({ userId: "courier_user_invalid" });
    expect((await listCourierUserChoices(manager)).map((u) => u.id)).not.toContain(linked.userId);
    await expect(saveCourier(manager, { kind: "driver", name: "No company" })).rejects.toThrow();
    const { couriers } = await listPartners(manager);
    expect(couriers.find((c) => c.id === driver.id)).toMatchObject({ userId: null, companyId: company.id });
  });

  it("a deactivated courier gets no orders", async () => {
    const d2 = await saveCourier(manager, { kind: "driver", companyId: company.id, name: "Temp" });
    await setCourierActive(manager, { id: d2.id, active: false });
    const o = await readyOrder();
    await rejects(dispatchOrders(manager, { orderIds: [o.id], target: to(d2) }), "validation");
    expect((await listDispatchTargets(manager)).couriers.map((c) => c.value)).not.toContain(to(d2));
    expect(await db.auditLog.count({ where: { targetId: d2.id, action: "delivery.courier_deactivated" } })).toBe(1);
  });
});

describe("dispatch", () => {
  it("one order to a courier: in progress, today's run with stop numbers, OTP hash set and SMS queued", async () => {
    const a = await dispatched(courierB);
    const b = await dispatched(courierB);
    expect(a).toMatchObject({ state: "delivery_in_progress", assignedCourierId: courierB.id, deliveryCompanyId: null });
    expect(a.deliveryOtpHash).toMatch(/\S{20,}/);
    expect(b.deliveryRunId).toBe(a.deliveryRunId);
    expect(b.runStopNo).toBe(a.runStopNo! + 1);
    const run = await db.deliveryRun.findUniqueOrThrow({ where: { id: a.deliveryRunId! } });
    expect(run.courierId).toBe(courierB.id);
    expect(run.date.toISOString().slice(0, 10)).toBe(uaeIsoDay(new Date()));
    const sms = await db.outboundSms.findMany({ where: { orderId: a.id } });
    expect(sms).toHaveLength(1);
    expect(sms[0].template).toBe("delivery_otp");
    expect(sms[0].text).toContain(a.code);
    const ev = await db.orderEvent.findFirstOrThrow({ where: { orderId: a.id, toState: "delivery_in_progress" } });
    expect(ev.data).toMatchObject({ transition: "dispatch", courierId: courierB.id });
    const run2 = await getCourierRun(manager, courierB.id);
    expect(run2.stops.map((s) => s.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it("bulk to a company (no run), skipping orders that are no longer ready", async () => {
    const orders = [await readyOrder(), await readyOrder(), await readyOrder()];
    await db.order.update({ where: { id: orders[2].id }, data: { state: "cancelled" } });
    const r = await dispatchOrders(manager, { orderIds: orders.map((o) => o.id), target: `company:${company.id}` });
    expect(r).toEqual({ dispatched: 2, skipped: 1 });
    const rows = await db.order.findMany({
      where: { id: { in: orders.map((o) => o.id) } },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((o) => o.state)).toEqual(["delivery_in_progress", "delivery_in_progress", "cancelled"]);
    expect(rows[0]).toMatchObject({ deliveryCompanyId: company.id, assignedCourierId: null, deliveryRunId: null });
    expect(await db.outboundSms.count({ where: { orderId: orders[2].id } })).toBe(0);
  });

  it("a company driver takes the company along", async () => {
    const o = await dispatched(driver);
    expect(o).toMatchObject({ assignedCourierId: driver.id, deliveryCompanyId: company.id });
  });

  it("all ready orders in an emirate and area (listed and dispatched oldest first)", async () => {
    const x1 = await readyOrder({ emirate: "ajman", area: "Al Nuaimiya" });
    const x2 = await readyOrder({ emirate: "ajman", area: "al nuaimiya" });
    const y = await readyOrder({ emirate: "ajman", area: "Al Rashidiya" });
    const list = await listReadyOrders(manager, { emirate: "ajman", area: "Al Nuaimiya" });
    expect(list.rows.map((r) => r.id)).toEqual([x1.id, x2.id]);
    const r = await dispatchArea(manager, { emirate: "ajman", area: "Al Nuaimiya", target: to(courierA) });
    expect(r).toEqual({ dispatched: 2, skipped: 0, remaining: 0 });
    expect((await order(y.id)).state).toBe("ready_for_delivery");
    const stops = [(await order(x1.id)).runStopNo!, (await order(x2.id)).runStopNo!];
    expect(stops[1]).toBe(stops[0] + 1);
    const all = await dispatchArea(manager, { emirate: "ajman", target: to(courierA) });
    expect(all).toEqual({ dispatched: 1, skipped: 0, remaining: 0 });
  });

  it("two managers dispatching the same order at once: one wins, one SMS, one event", async () => {
    const o = await readyOrder();
    const [r1, r2] = await Promise.all([
      dispatchOrders(manager, { orderIds: [o.id], target: to(courierA) }),
      dispatchOrders(manager2, { orderIds: [o.id], target: to(courierB) }),
    ]);
    expect(r1.dispatched + r2.dispatched).toBe(1);
    expect(r1.skipped + r2.skipped).toBe(1);
    expect(await db.orderEvent.count({ where: { orderId: o.id, toState: "delivery_in_progress" } })).toBe(1);
    expect(await db.outboundSms.count({ where: { orderId: o.id } })).toBe(1);
  });

  it("concurrent dispatches to a courier without a run today make one run and distinct stops", async () => {
    const c = await saveCourier(manager, { kind: "driver", companyId: company.id, name: "Fresh driver" });
    const orders = await Promise.all(Array.from({ length: 6 }, () => readyOrder()));
    await Promise.all(
      orders.map((o, i) => dispatchOrders(i % 2 ? manager : manager2, { orderIds: [o.id], target: to(c) })),
    );
    const runs = await db.deliveryRun.findMany({ where: { courierId: c.id, date: runDate(new Date()) } });
    expect(runs).toHaveLength(1);
    const stops = (await db.order.findMany({ where: { id: { in: orders.map((o) => o.id) } } })).map((o) => o.runStopNo);
    expect(new Set(stops).size).toBe(6);
    expect(stops.every((s) => s! >= 1 && s! <= 6)).toBe(true);
  });

  it("re-assigns an unreported order (new run, pick-up cleared), never a reported one", async () => {
    const o = await dispatched(courierA);
    await db.order.update({ where: { id: o.id }, data: { pickedUpAt: new Date() } });
    const fresh = await order(o.id);
    await reassignOrder(manager, { orderId: o.id, version: fresh.version, target: to(courierB) });
    const after = await order(o.id);
    expect(after).toMatchObject({ assignedCourierId: courierB.id, pickedUpAt: null, state: "delivery_in_progress" });
    expect(after.deliveryRunId).not.toBe(o.deliveryRunId);
    await rejects(
      reassignOrder(manager, { orderId: o.id, version: fresh.version, target: to(courierA) }),
      "order_changed",
    );
    await courierReport(o.id, "delivered");
    await rejects(
      reassignOrder(manager, { orderId: o.id, version: (await order(o.id)).version, target: to(courierA) }),
      "order_changed",
    );
  });
});

describe("confirming courier reports", () => {
  it("delivered: order completed, COD owed by the courier, seller notified; cash in hand follows", async () => {
    const o = await dispatched(courierB, { totalFils: 31_500 });
    const before = (await couriersOverview(manager)).find((c) => c.id === courierB.id)!;
    const a = await courierReport(o.id, "delivered");
    const reported = (await couriersOverview(manager)).find((c) => c.id === courierB.id)!;
    expect(reported.cashInHandFils - before.cashInHandFils).toBe(31_500);
    const pending = await listPendingAttempts(manager, {});
    expect(pending.rows.find((r) => r.id === a.id)).toMatchObject({ codMismatch: false, otpVerified: true });

    expect(await confirmAttempt(manager, { attemptId: a.id, version: a.version })).toEqual({
      orderState: "delivery_completed",
      returnCode: null,
    });
    const after = await order(o.id);
    expect(after).toMatchObject({ state: "delivery_completed", deliveryAttempts: 1 });
    expect(after.deliveredAt).not.toBeNull();
    const cod = await db.codCollection.findUniqueOrThrow({ where: { orderId: o.id } });
    expect(cod).toMatchObject({
      amountFils: 31_500,
      courierId: courierB.id,
      deliveryAttemptId: a.id,
      handoverId: null,
    });
    expect(await db.deliveryAttempt.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "confirmed",
      confirmedOutcome: "delivered",
      confirmedCodFils: 31_500,
      confirmedById: manager.userId,
    });
    expect(await db.notification.count({ where: { userId: seller.user.id, type: "order_delivered" } })).toBeGreaterThan(
      0,
    );
    // Confirmed cash replaces the reported cash: the courier's cash in hand did not double.
    expect((await couriersOverview(manager)).find((c) => c.id === courierB.id)!.cashInHandFils).toBe(
      reported.cashInHandFils,
    );
    // Confirming it again does nothing.
    await rejects(confirmAttempt(manager, { attemptId: a.id, version: a.version }), "conflict");
    expect(await db.codCollection.count({ where: { orderId: o.id } })).toBe(1);
  });

  it("correct: another amount (mismatch flagged), required note, audited before/after", async () => {
    const o = await dispatched(courierA, { totalFils: 20_000 });
    const a = await courierReport(o.id, "delivered", { codFils: 15_000 });
    expect((await listPendingAttempts(manager, {})).rows.find((r) => r.id === a.id)!.codMismatch).toBe(true);
    await expect(
      correctAttempt(manager, { attemptId: a.id, version: a.version, outcome: "delivered", codAed: "200", note: "" }),
    ).rejects.toThrow();
    await correctAttempt(manager, {
      attemptId: a.id,
      version: a.version,
      outcome: "delivered",
      codAed: "200",
      note: "Counted the cash again",
    });
    expect((await db.codCollection.findUniqueOrThrow({ where: { orderId: o.id } })).amountFils).toBe(20_000);
    expect(await db.deliveryAttempt.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "corrected",
      codCollectedFils: 15_000,
      confirmedCodFils: 20_000,
      managerNote: "Counted the cash again",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetId: a.id, action: "delivery.attempt_corrected" },
    });
    expect(audit.before).toEqual({ outcome: "delivered", codFils: 15_000 });
    expect(audit.after).toMatchObject({ outcome: "delivered", codFils: 20_000 });
  });

  it("failed: back out for delivery while attempts are left; the last one fails the order and starts a return", async () => {
    await setSetting("delivery.maxAttempts", 2);
    const o = await dispatched(courierA);
    const a1 = await courierReport(o.id, "failed");
    expect((await confirmAttempt(manager, { attemptId: a1.id, version: a1.version })).orderState).toBe(
      "delivery_in_progress",
    );
    expect(await order(o.id)).toMatchObject({
      state: "delivery_in_progress",
      deliveryAttempts: 1,
      assignedCourierId: courierA.id,
    });
    const a2 = await courierReport(o.id, "failed");
    const r = await confirmAttempt(manager, { attemptId: a2.id, version: a2.version });
    expect(r.orderState).toBe("returning");
    expect(r.returnCode).toMatch(/^RET\d{9}$/);
    expect(await order(o.id)).toMatchObject({ state: "returning", deliveryAttempts: 2 });
    const ret = await db.return.findFirstOrThrow({ where: { orderId: o.id } });
    expect(ret).toMatchObject({ code: r.returnCode, source: "failed_delivery", status: "in_transit" });
    const states = (
      await db.orderEvent.findMany({ where: { orderId: o.id, type: "transition" }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.toState);
    expect(states.slice(-2)).toEqual(["delivery_failed", "returning"]);
    expect(await db.codCollection.count({ where: { orderId: o.id } })).toBe(0);
  });

  it("refused: return created (source refused); a correction can turn a failed report into a refusal", async () => {
    const o = await dispatched(courierA);
    const a = await courierReport(o.id, "refused", { reason: "Customer changed mind" });
    const r = await confirmAttempt(manager, { attemptId: a.id, version: a.version });
    expect(r.orderState).toBe("returning");
    expect(await db.return.findFirstOrThrow({ where: { orderId: o.id } })).toMatchObject({
      source: "refused",
      reason: "Customer changed mind",
    });
    const o2 = await dispatched(courierA);
    const b = await courierReport(o2.id, "failed");
    await correctAttempt(manager, {
      attemptId: b.id,
      version: b.version,
      outcome: "refused",
      note: "Customer refused on the phone",
    });
    expect((await order(o2.id)).state).toBe("returning");
    expect((await db.return.findFirstOrThrow({ where: { orderId: o2.id } })).source).toBe("refused");
  });

  it("bulk confirm: confirms the pending ones, skips a stale one", async () => {
    const o1 = await dispatched(courierA);
    const o2 = await dispatched(courierA);
    const a1 = await courierReport(o1.id, "delivered");
    const a2 = await courierReport(o2.id, "failed");
    const r = await bulkConfirmAttempts(manager, {
      attempts: [
        { attemptId: a1.id, version: a1.version },
        { attemptId: a2.id, version: a2.version },
        { attemptId: a1.id, version: a1.version },
      ],
    });
    expect(r).toEqual({ confirmed: 2, skipped: 1 });
    expect((await order(o1.id)).state).toBe("delivery_completed");
    expect((await order(o2.id)).state).toBe("delivery_in_progress");
  });

  it("two managers deciding the same report at once: one wins, one collection, one return", async () => {
    const o = await dispatched(courierA);
    const a = await courierReport(o.id, "delivered");
    const results = await Promise.all([
      outcomeOf(confirmAttempt(manager, { attemptId: a.id, version: a.version })),
      outcomeOf(confirmAttempt(manager2, { attemptId: a.id, version: a.version })),
    ]);
    expect(results.sort()).toEqual(["conflict", "ok"]);
    expect(await db.codCollection.count({ where: { orderId: o.id } })).toBe(1);
    expect(await db.orderEvent.count({ where: { orderId: o.id, toState: "delivery_completed" } })).toBe(1);

    const p = await dispatched(courierA);
    const b = await courierReport(p.id, "refused");
    const res2 = await Promise.all([
      outcomeOf(confirmAttempt(manager, { attemptId: b.id, version: b.version })),
      outcomeOf(
        correctAttempt(manager2, { attemptId: b.id, version: b.version, outcome: "failed", note: "Not a refusal" }),
      ),
    ]);
    expect(res2.filter((x) => x === "ok")).toHaveLength(1);
    expect(await db.return.count({ where: { orderId: p.id } })).toBeLessThanOrEqual(1);
    expect(await db.orderEvent.count({ where: { orderId: p.id, fromState: "pending_manager_confirmation" } })).toBe(1);
  });
});

describe("customer return", () => {
  it("a delivered order goes back with a reason and an optional refund in AED", async () => {
    const o = await dispatched(courierA, { totalFils: 30_000 });
    const a = await courierReport(o.id, "delivered");
    await confirmAttempt(manager, { attemptId: a.id, version: a.version });
    const found = await findOrderForReturn(manager, o.code.slice(1));
    expect(found).toMatchObject({ id: o.id, returnable: true });
    await expect(
      startCustomerReturn(manager, { orderId: o.id, version: found!.version, reason: "x" }),
    ).rejects.toThrow();
    const tooMuch = await rejects(
      startCustomerReturn(manager, { orderId: o.id, version: found!.version, reason: "Wrong size", refundAed: "301" }),
      "validation",
    );
    expect(tooMuch.fields).toEqual({ refundAed: "refund_too_high" });
    const r = await startCustomerReturn(manager, {
      orderId: o.id,
      version: found!.version,
      reason: "Wrong size",
      refundAed: "25.50",
    });
    expect(r.returnCode).toMatch(/^RET\d{9}$/);
    expect(await db.return.findFirstOrThrow({ where: { orderId: o.id } })).toMatchObject({
      source: "customer",
      status: "requested",
      refundFils: 2_550,
      refundStatus: "pending",
    });
    expect((await order(o.id)).state).toBe("returning");
    await rejects(
      startCustomerReturn(manager, { orderId: o.id, version: found!.version, reason: "Wrong size" }),
      "order_changed",
    );
  });
});

describe("performance", () => {
  it("per courier and company from confirmed data, aggregated in SQL", async () => {
    const c = await saveCourier(manager, { kind: "driver", companyId: company.id, name: "Perf driver" });
    const target = { id: c.id };
    // o1 delivered at the first attempt, o2 at the second, o3 refused, o4 reported but not confirmed.
    const [o1, o2, o3, o4] = [
      await dispatched(target),
      await dispatched(target),
      await dispatched(target),
      await dispatched(target),
    ];
    const confirm = async (id: string, outcome: DeliveryOutcome) => {
      const a = await courierReport(id, outcome);
      await confirmAttempt(manager, { attemptId: a.id, version: a.version });
    };
    await confirm(o1.id, "delivered");
    await confirm(o2.id, "failed");
    await confirm(o2.id, "delivered");
    await confirm(o3.id, "refused");
    await courierReport(o4.id, "delivered");
    // Known durations: dispatched 2 h and 4 h before delivery.
    for (const [id, hours] of [
      [o1.id, 2],
      [o2.id, 4],
    ] as const) {
      const { deliveredAt } = await order(id);
      await db.orderEvent.updateMany({
        where: { orderId: id, toState: "delivery_in_progress", fromState: "ready_for_delivery" },
        data: { createdAt: new Date(deliveredAt!.getTime() - hours * 3_600_000) },
      });
    }
    const perf = await deliveryPerformance(manager, {});
    const row = perf.couriers.find((r) => r.id === c.id)!;
    expect(row).toMatchObject({ dispatched: 4, ordersAttempted: 3, attempts: 4, delivered: 2, failed: 1, refused: 1 });
    expect(row.successRate).toBeCloseTo(2 / 3);
    expect(row.attemptsPerDelivered).toBe(1.5);
    expect(row.avgDeliverMs).toBe(3 * 3_600_000);
    const co = perf.companies.find((r) => r.id === company.id)!;
    expect(co.delivered).toBeGreaterThanOrEqual(2);
    // A range before any of this has nothing.
    const past = await deliveryPerformance(manager, { from: "2025-01-01", to: "2025-01-31" });
    expect(past.couriers).toHaveLength(0);
  });
});

describe("authorization", () => {
  it("a courier, a packer and a seller get not_found on every manager use-case", async () => {
    const o = await readyOrder();
    for (const actor of [courierActor, packer, sellerActor]) {
      await rejects(dispatchOrders(actor, { orderIds: [o.id], target: to(courierA) }), "not_found");
      await rejects(dispatchArea(actor, { emirate: "dubai", target: to(courierA) }), "not_found");
      await rejects(reassignOrder(actor, { orderId: o.id, version: 0, target: to(courierA) }), "not_found");
      await rejects(confirmAttempt(actor, { attemptId: "x", version: 0 }), "not_found");
      await rejects(correctAttempt(actor, { attemptId: "x", version: 0, outcome: "failed", note: "abc" }), "not_found");
      await rejects(bulkConfirmAttempts(actor, { attempts: [{ attemptId: "x", version: 0 }] }), "not_found");
      await rejects(startCustomerReturn(actor, { orderId: o.id, version: 0, reason: "Wrong size" }), "not_found");
      await rejects(findOrderForReturn(actor, o.code), "not_found");
      await rejects(listReadyOrders(actor, {}), "not_found");
      await rejects(listPendingAttempts(actor, {}), "not_found");
      await rejects(couriersOverview(actor), "not_found");
      await rejects(getCourierRun(actor, courierA.id), "not_found");
      await rejects(deliveryPerformance(actor, {}), "not_found");
      await rejects(listPartners(actor), "not_found");
      await rejects(saveCompany(actor, { code: "HACK", name: "Hack Co" }), "not_found");
      await rejects(setCompanyArchived(actor, { id: company.id, active: false }), "not_found");
      await rejects(saveCourier(actor, { kind: "driver", companyId: company.id, name: "Hack" }), "not_found");
      await rejects(setCourierActive(actor, { id: courierA.id, active: false }), "not_found");
    }
    expect((await order(o.id)).state).toBe("ready_for_delivery");
  });
});
