// Fees on the embedded PostgreSQL: which schedule applies (seller override over the default,
// by effective date), new schedules (audited, future UAE days, stale forms refused), one
// OrderFee per order under concurrency, audited per-order edits that stop at invoicing, the
// delivery-confirmation and return-inspection hooks, and who may do any of it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { confirmAttempt } from "@/lib/delivery/confirm-attempts";
import { createFeeSchedule } from "@/lib/finance/fees/create-fee-schedule";
import { calculateOrderFee, editOrderFee } from "@/lib/finance/fees/edit-order-fee";
import type { CreateScheduleInput } from "@/lib/finance/fees/fees.schema";
import { feesOverview } from "@/lib/finance/fees/list-fee-schedules";
import { orderFeeDetail } from "@/lib/finance/fees/order-fee-detail";
import { applyReturnFee, ensureOrderFee } from "@/lib/finance/fees/order-fee";
import { resolveSchedule } from "@/lib/finance/fees/resolve-schedule";
import { consumeOrderReservation } from "@/lib/inventory/ledger";
import { createReturn } from "@/lib/returns/create-return";
import { inspectReturn } from "@/lib/returns/inspect-return";
import { receiveReturns } from "@/lib/returns/receive-returns";
import { uaeDayStart, uaeIsoDay } from "@/lib/time/uae-day";
import {
  actorFor,
  createCourier,
  createOrder,
  createProduct,
  createSeller,
  seedSystemRoles,
  userWithActor,
} from "../support/factories";
import { outcomeOf, rejects } from "../support/expect";
import { TX_OPTIONS, createBin, createOrderWithLines, createWarehouse, receiveStock, reserve } from "../support/stock";

const DAY = 86_400_000;
const JAN = new Date("2026-01-01T00:00:00Z");
/** Default: AED 5 service, 7 fulfillment, 15 delivery, 1 % COD, AED 10 return. */
const DEFAULT = { serviceFils: 500, fulfillmentFils: 700, deliveryFils: 1500, codFeeBps: 100, returnFeeFils: 1000 };

let finance: Actor;
let finance2: Actor;
let manager: Actor;
let keeper: Actor;
let sellerA: Awaited<ReturnType<typeof createSeller>>;
let sellerB: Awaited<ReturnType<typeof createSeller>>;
let sellerActor: Actor;
let defaultId: string;
let courierId: string;
let product: string;
let stockBin: string;

const form = (over: Partial<CreateScheduleInput> = {}): CreateScheduleInput => ({
  serviceAed: "5",
  servicePct: "0",
  fulfillmentAed: "7",
  fulfillmentPct: "0",
  deliveryAed: "15",
  deliveryPct: "0",
  codFeeAed: "0",
  codFeePct: "1",
  returnFeeAed: "10",
  returnFeePct: "0",
  effectiveDate: "",
  sellerId: null,
  basedOnId: null,
  ...over,
});

const newestId = async (sellerId: string | null) =>
  (await db.feeSchedule.findFirst({ where: { sellerId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }))?.id ??
  null;

/** A delivered order of `seller` (delivered `deliveredAt`, COD collected = total). */
async function deliveredOrder(seller: typeof sellerA, totalFils: number, deliveredAt = new Date()) {
  const o = await createOrder(seller.profile.id, seller.user.id, { state: "delivery_completed", totalFils });
  return db.order.update({ where: { id: o.id }, data: { deliveredAt } });
}

const fee = (orderId: string) => db.orderFee.findUniqueOrThrow({ where: { orderId } });

beforeAll(async () => {
  await seedSystemRoles();
  finance = (await userWithActor({ role: "finance", name: "Priya Sharma" })).actor;
  finance2 = (await userWithActor({ role: "finance" })).actor;
  manager = (await userWithActor({ role: "delivery_manager" })).actor;
  sellerA = await createSeller();
  sellerB = await createSeller();
  sellerActor = await actorFor(sellerA.user);
  defaultId = (
    await db.feeSchedule.create({ data: { sellerId: null, ...DEFAULT, effectiveFrom: JAN, createdAt: JAN } })
  ).id;

  const k = await userWithActor({ role: "stock_keeper" });
  const c = await userWithActor({ role: "delivery_agent" });
  courierId = (await createCourier(c.user.id)).id;
  const w = await createWarehouse();
  stockBin = (await createBin(w.id, { kind: "storage" })).id;
  await db.userWarehouse.create({ data: { userId: k.user.id, warehouseId: w.id } });
  keeper = await actorFor(k.user);
  product = (await createProduct(sellerA.profile.id)).id;
  await receiveStock(product, stockBin, 100);
});

describe("schedule resolution", () => {
  it("the seller's override wins from its effective date; before it, and for others, the default; planned rows wait", async () => {
    const s = await createSeller();
    const overrideFrom = new Date("2026-03-01T00:00:00Z");
    const override = await db.feeSchedule.create({
      data: { sellerId: s.profile.id, ...DEFAULT, serviceFils: 300, effectiveFrom: overrideFrom },
    });
    const later = await db.feeSchedule.create({
      data: { sellerId: s.profile.id, ...DEFAULT, serviceFils: 200, effectiveFrom: new Date(Date.now() + 30 * DAY) },
    });

    expect((await resolveSchedule(db, s.profile.id, new Date()))?.id).toBe(override.id);
    expect((await resolveSchedule(db, s.profile.id, new Date(overrideFrom.getTime() - 1)))?.id).toBe(defaultId);
    expect((await resolveSchedule(db, s.profile.id, overrideFrom))?.id).toBe(override.id);
    expect((await resolveSchedule(db, s.profile.id, new Date(Date.now() + 31 * DAY)))?.id).toBe(later.id);
    expect((await resolveSchedule(db, sellerB.profile.id, new Date()))?.id).toBe(defaultId);
    expect(await resolveSchedule(db, sellerB.profile.id, new Date("2025-12-31T23:59:59Z"))).toBeNull();
    // Same effective moment: the row created last supersedes.
    const again = await db.feeSchedule.create({
      data: {
        sellerId: s.profile.id,
        ...DEFAULT,
        serviceFils: 333,
        effectiveFrom: overrideFrom,
        createdAt: new Date(),
      },
    });
    expect((await resolveSchedule(db, s.profile.id, new Date()))?.id).toBe(again.id);
  });
});

describe("changing fees", () => {
  it("a new default from now: a new row (the old one untouched), audited with before and after", async () => {
    const basedOnId = await newestId(null);
    const res = await createFeeSchedule(finance, form({ deliveryAed: "16.50", codFeePct: "1.25", basedOnId }));
    const row = await db.feeSchedule.findUniqueOrThrow({ where: { id: res.id } });
    expect(row).toMatchObject({
      sellerId: null,
      serviceFils: 500,
      deliveryFils: 1650,
      codFeeBps: 125,
      returnFeeFils: 1000,
      createdById: finance.userId,
      currency: "AED",
    });
    expect(await db.feeSchedule.findUniqueOrThrow({ where: { id: defaultId } })).toMatchObject(DEFAULT);
    expect((await resolveSchedule(db, sellerB.profile.id, new Date()))?.id).toBe(res.id);
    // Orders delivered before the change keep the old schedule.
    expect((await resolveSchedule(db, sellerB.profile.id, new Date(res.effectiveFrom.getTime() - 1)))?.id).toBe(
      defaultId,
    );
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "finance.fees.default_changed", targetId: res.id },
    });
    expect(audit.actorId).toBe(finance.userId);
    expect(audit.before).toMatchObject({ scheduleId: defaultId, deliveryFils: 1500, codFeeBps: 100 });
    expect(audit.after).toMatchObject({ scheduleId: res.id, deliveryFils: 1650, codFeeBps: 125 });
    // Restore the seeded rates for the tests below.
    await createFeeSchedule(finance, form({ basedOnId: res.id }));
  });

  it("a future UAE day starts at its midnight in Dubai; today or a past day is refused", async () => {
    const tomorrow = uaeIsoDay(new Date(Date.now() + DAY));
    const res = await createFeeSchedule(
      finance,
      form({ serviceAed: "6", effectiveDate: tomorrow, basedOnId: await newestId(null) }),
    );
    expect(res.effectiveFrom.toISOString()).toBe(uaeDayStart(tomorrow).toISOString());
    expect(res.effectiveFrom.toISOString()).toBe(new Date(`${tomorrow}T00:00:00+04:00`).toISOString());
    expect((await resolveSchedule(db, sellerB.profile.id, new Date()))?.serviceFils).toBe(500);
    expect((await resolveSchedule(db, sellerB.profile.id, res.effectiveFrom))?.serviceFils).toBe(600);
    const overview = await feesOverview(finance, {});
    expect(overview.defaultUpcoming.map((r) => r.id)).toContain(res.id);
    expect(overview.defaultCurrent?.serviceFils).toBe(500);
    expect(overview.defaultNewestId).toBe(res.id);
    await db.feeSchedule.delete({ where: { id: res.id } }); // keep the rest of the file on today's rates

    const basedOnId = await newestId(null);
    expect(
      (
        await rejects(
          createFeeSchedule(finance, form({ effectiveDate: uaeIsoDay(new Date()), basedOnId })),
          "validation",
        )
      ).fields,
    ).toEqual({ effectiveDate: "fees.date_not_future" });
    expect(
      (await rejects(createFeeSchedule(finance, form({ effectiveDate: "2026-02-30", basedOnId })), "validation"))
        .fields,
    ).toEqual({ effectiveDate: "fees.date_invalid" });
  });

  it("bad amounts and percentages are field errors; nothing is written", async () => {
    const count = await db.feeSchedule.count();
    const e = await rejects(
      createFeeSchedule(
        finance,
        form({ servicePct: "150", deliveryAed: "-1", codFeePct: "1.234", basedOnId: await newestId(null) }),
      ),
      "validation",
    );
    expect(e.fields).toMatchObject({
      servicePct: "fees.percent_invalid",
      deliveryAed: "fees.amount_invalid",
      codFeePct: "fees.percent_invalid",
    });
    expect(await db.feeSchedule.count()).toBe(count);
  });

  it("two people changing the defaults from the same page: one wins, the other gets conflict", async () => {
    const basedOnId = await newestId(null);
    const results = await Promise.all([
      outcomeOf(createFeeSchedule(finance, form({ basedOnId }))),
      outcomeOf(createFeeSchedule(finance2, form({ basedOnId }))),
    ]);
    expect(results.sort()).toEqual(["conflict", "ok"]);
    await rejects(createFeeSchedule(finance, form({ basedOnId })), "conflict");
  });

  it("an override for one seller: percentages to basis points, listed, only for approved sellers", async () => {
    const res = await createFeeSchedule(
      finance,
      form({ sellerId: sellerB.profile.id, serviceAed: "3", servicePct: "0.5", codFeePct: "2.5", basedOnId: null }),
    );
    expect(await db.feeSchedule.findUniqueOrThrow({ where: { id: res.id } })).toMatchObject({
      sellerId: sellerB.profile.id,
      serviceFils: 300,
      servicePctBps: 50,
      codFeeBps: 250,
    });
    expect((await resolveSchedule(db, sellerB.profile.id, new Date()))?.id).toBe(res.id);
    expect((await resolveSchedule(db, sellerA.profile.id, new Date()))?.sellerId).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "finance.fees.override_created", targetId: res.id },
    });
    expect(audit.before).toMatchObject({ sellerId: null }); // the default it replaces for this seller
    expect(audit.after).toMatchObject({
      sellerId: sellerB.profile.id,
      sellerCode: sellerB.profile.code,
      codFeeBps: 250,
    });
    const overview = await feesOverview(finance, {});
    const listed = overview.overrides.rows.find((r) => r.seller.id === sellerB.profile.id);
    expect(listed?.current?.id).toBe(res.id);
    expect(overview.sellers.find((s) => s.id === sellerB.profile.id)?.newestOverrideId).toBe(res.id);
    // A second override based on "none" is stale now.
    await rejects(createFeeSchedule(finance, form({ sellerId: sellerB.profile.id, basedOnId: null })), "conflict");

    const pending = await db.sellerProfile.create({
      data: {
        userId: (await userWithActor()).user.id,
        code: "PEND01",
        companyName: "P",
        storeName: "P",
        phone: "+971501234567",
        emirate: "dubai",
      },
    });
    expect((await rejects(createFeeSchedule(finance, form({ sellerId: pending.id })), "validation")).fields).toEqual({
      sellerId: "fees.seller_invalid",
    });
  });
});

describe("ensureOrderFee", () => {
  it("two concurrent calls make one row from the schedule at delivery; returns the same row", async () => {
    const o = await deliveredOrder(sellerA, 24_900);
    const [a, b] = await Promise.all([
      db.$transaction((tx) => ensureOrderFee(tx, o.id, new Date()), TX_OPTIONS),
      db.$transaction((tx) => ensureOrderFee(tx, o.id, new Date()), TX_OPTIONS),
    ]);
    expect(a?.id).toBeTruthy();
    expect(b?.id).toBe(a?.id);
    expect(await db.orderFee.count({ where: { orderId: o.id } })).toBe(1);
    expect(await fee(o.id)).toMatchObject({
      serviceFils: 500,
      fulfillmentFils: 700,
      deliveryFils: 1500,
      codFeeFils: 249,
      returnFeeFils: 0,
      totalFils: 2949,
    });
  });

  it("an order delivered before a change keeps the old rates; an unfinished order gets none", async () => {
    const o = await deliveredOrder(sellerA, 10_000, new Date("2026-01-15T10:00:00Z"));
    const row = await db.$transaction((tx) => ensureOrderFee(tx, o.id, new Date()));
    expect(row?.feeScheduleId).toBe(defaultId);
    const open = await createOrder(sellerA.profile.id, sellerA.user.id, { state: "delivery_in_progress" });
    expect(await db.$transaction((tx) => ensureOrderFee(tx, open.id, new Date()))).toBeNull();
    expect(await db.orderFee.count({ where: { orderId: open.id } })).toBe(0);
  });
});

describe("editing one order's fees", () => {
  it("finance edits with a reason: amounts, total, edited marks and an audit row with before/after", async () => {
    const o = await deliveredOrder(sellerA, 30_000);
    await db.$transaction((tx) => ensureOrderFee(tx, o.id, new Date()));
    const detail = await orderFeeDetail(finance, o.code);
    expect(detail.schedule).toMatchObject({ isOverride: false });
    expect(detail.computed?.explanation.codFee).toMatchObject({
      applies: true,
      pctBps: 100,
      baseFils: 30_000,
      pctFils: 300,
    });
    const f = detail.fee!;
    expect(f.totalFils).toBe(500 + 700 + 1500 + 300);

    const res = await editOrderFee(finance, {
      orderFeeId: f.id,
      seenUpdatedAt: f.updatedAt.toISOString(),
      serviceAed: "5",
      fulfillmentAed: "7",
      deliveryAed: "0",
      codFeeAed: "3",
      returnFeeAed: "0",
      reason: "Courier delivered with our own van",
    });
    expect(res.totalFils).toBe(1500);
    const row = await fee(o.id);
    expect(row).toMatchObject({
      deliveryFils: 0,
      totalFils: 1500,
      isEdited: true,
      editedById: finance.userId,
      editNote: "Courier delivered with our own van",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "finance.fees.order_fee_edited", targetId: f.id },
    });
    expect(audit.before).toMatchObject({ orderCode: o.code, deliveryFils: 1500, totalFils: 3000 });
    expect(audit.after).toMatchObject({
      deliveryFils: 0,
      totalFils: 1500,
      reason: "Courier delivered with our own van",
    });

    // The form the other person still has open is stale.
    await rejects(
      editOrderFee(finance2, {
        orderFeeId: f.id,
        seenUpdatedAt: f.updatedAt.toISOString(),
        serviceAed: "1",
        fulfillmentAed: "1",
        deliveryAed: "1",
        codFeeAed: "1",
        returnFeeAed: "1",
        reason: "Another correction",
      }),
      "conflict",
    );
    expect((await fee(o.id)).totalFils).toBe(1500);
    // A reason is required.
    expect(
      (
        await rejects(
          editOrderFee(finance, {
            orderFeeId: f.id,
            seenUpdatedAt: row.updatedAt.toISOString(),
            serviceAed: "1",
            fulfillmentAed: "1",
            deliveryAed: "1",
            codFeeAed: "1",
            returnFeeAed: "1",
            reason: " ",
          }),
          "validation",
        )
      ).fields,
    ).toMatchObject({ reason: "reason_required" });
  });

  it("an invoiced fee is read-only", async () => {
    const o = await deliveredOrder(sellerA, 20_000);
    const f = (await db.$transaction((tx) => ensureOrderFee(tx, o.id, new Date())))!;
    const invoice = await db.invoice.create({
      data: {
        number: `INV-TEST-${Date.now()}`,
        sellerId: sellerA.profile.id,
        periodStart: new Date("2026-01-01"),
        periodEnd: new Date("2026-01-31"),
      },
    });
    await db.orderFee.update({ where: { id: f.id }, data: { invoiceId: invoice.id } });
    const fresh = await fee(o.id);
    await rejects(
      editOrderFee(finance, {
        orderFeeId: f.id,
        seenUpdatedAt: fresh.updatedAt.toISOString(),
        serviceAed: "0",
        fulfillmentAed: "0",
        deliveryAed: "0",
        codFeeAed: "0",
        returnFeeAed: "0",
        reason: "Waive everything",
      }),
      "fee_invoiced",
    );
    expect((await fee(o.id)).totalFils).toBe(f.totalFils);
    expect((await orderFeeDetail(finance, o.code)).fee?.invoice?.id).toBe(invoice.id);
  });

  it("the seller's override is named in the explanation; unknown or undelivered codes are not found", async () => {
    const o = await deliveredOrder(sellerB, 10_000);
    await db.$transaction((tx) => ensureOrderFee(tx, o.id, new Date()));
    const d = await orderFeeDetail(finance, o.code.slice(1)); // without the '#'
    expect(d.schedule).toMatchObject({ isOverride: true, sellerId: sellerB.profile.id });
    expect(d.fee).toMatchObject({ serviceFils: 300 + 50, codFeeFils: 250 });
    const open = await createOrder(sellerA.profile.id, sellerA.user.id, { state: "delivery_in_progress" });
    await rejects(orderFeeDetail(finance, open.code), "not_found");
    await rejects(orderFeeDetail(finance, "#000000000"), "not_found");
  });

  it("calculates the missing fee of an order delivered before fees existed, once", async () => {
    const o = await deliveredOrder(sellerA, 5_000);
    expect((await orderFeeDetail(finance, o.code)).fee).toBeNull();
    expect(await calculateOrderFee(finance, { orderId: o.id })).toEqual({ created: true });
    expect(await calculateOrderFee(finance, { orderId: o.id })).toEqual({ created: false });
    expect(await db.orderFee.count({ where: { orderId: o.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "finance.fees.order_fee_calculated" } })).toBe(1);
  });
});

describe("hooks", () => {
  it("a confirmed delivery gets its OrderFee from the COD collected", async () => {
    const o = await createOrder(sellerA.profile.id, sellerA.user.id, {
      state: "pending_manager_confirmation",
      totalFils: 45_000,
      assignedCourierId: courierId,
    });
    const a = await db.deliveryAttempt.create({
      data: {
        orderId: o.id,
        courierId,
        attemptNo: 1,
        outcome: "delivered",
        codCollectedFils: 45_000,
        proofKind: "otp",
        otpVerified: true,
      },
    });
    await db.order.update({ where: { id: o.id }, data: { deliveryAttempts: 1 } });
    expect((await confirmAttempt(manager, { attemptId: a.id, version: a.version })).orderState).toBe(
      "delivery_completed",
    );
    expect(await fee(o.id)).toMatchObject({
      serviceFils: 500,
      fulfillmentFils: 700,
      deliveryFils: 1500,
      codFeeFils: 450,
      returnFeeFils: 0,
      totalFils: 3150,
      isEdited: false,
    });
  });

  /** An order of sellerA packed from stock and on its way back: a received Return to inspect. */
  async function receivedReturn(opts: { deliveredAt?: Date; source: "refused" | "customer" }) {
    const order = await createOrderWithLines(sellerA.profile.id, sellerA.user.id, [
      { productId: product, quantity: 1 },
    ]);
    expect((await reserve(order.id)).ok).toBe(true);
    await db.$transaction((tx) => consumeOrderReservation(tx, { orderId: order.id, actorId: null }), TX_OPTIONS);
    const ret = await db.$transaction(async (tx) => {
      await tx.order.update({
        where: { id: order.id },
        data: {
          state: "returning",
          version: { increment: 1 },
          assignedCourierId: courierId,
          deliveredAt: opts.deliveredAt ?? null,
        },
      });
      return createReturn(tx, {
        orderId: order.id,
        sellerId: sellerA.profile.id,
        source: opts.source,
        reason: "Customer refused at the door",
        actorId: null,
      });
    }, TX_OPTIONS);
    expect(await receiveReturns(keeper, { returnIds: [ret.id] })).toEqual({ received: 1, skipped: 0 });
    const version = (await db.return.findUniqueOrThrow({ where: { id: ret.id } })).version;
    return { order, ret, version };
  }
  const inspect = (returnId: string, version: number) =>
    inspectReturn(keeper, {
      returnId,
      version,
      result: "sellable",
      notes: "",
      locationId: stockBin,
      refund: "",
      refundStatus: "none",
    });

  it("an inspected refused return that was never delivered: service + fulfillment + delivery + return fee, no COD fee", async () => {
    const { order, ret, version } = await receivedReturn({ source: "refused" });
    expect(await db.orderFee.count({ where: { orderId: order.id } })).toBe(0);
    await inspect(ret.id, version);
    expect(await fee(order.id)).toMatchObject({
      serviceFils: 500,
      fulfillmentFils: 700,
      deliveryFils: 1500,
      codFeeFils: 0,
      returnFeeFils: 1000,
      totalFils: 3700,
    });
  });

  it("a delivered order sent back keeps its fees (COD fee too) and gains the return fee once", async () => {
    const { order, ret, version } = await receivedReturn({
      source: "customer",
      deliveredAt: new Date(Date.now() - DAY),
    });
    await db.$transaction((tx) => ensureOrderFee(tx, order.id, new Date()));
    const charged = await fee(order.id);
    expect(charged).toMatchObject({ codFeeFils: 100, returnFeeFils: 0, totalFils: 2800 });
    await inspect(ret.id, version);
    expect(await fee(order.id)).toMatchObject({
      serviceFils: 500,
      deliveryFils: 1500,
      codFeeFils: 100,
      returnFeeFils: 1000,
      totalFils: 3800,
    });
    // Applying it again (a retried hook) does not charge twice.
    await db.$transaction((tx) => applyReturnFee(tx, order.id, new Date()));
    expect((await fee(order.id)).totalFils).toBe(3800);
  });
});

describe("authorization", () => {
  it("non-finance staff and sellers get not_found on every fees use-case", async () => {
    const o = await deliveredOrder(sellerA, 12_000);
    const f = (await db.$transaction((tx) => ensureOrderFee(tx, o.id, new Date())))!;
    const edit = {
      orderFeeId: f.id,
      seenUpdatedAt: f.updatedAt.toISOString(),
      serviceAed: "0",
      fulfillmentAed: "0",
      deliveryAed: "0",
      codFeeAed: "0",
      returnFeeAed: "0",
      reason: "Not allowed",
    };
    for (const actor of [manager, keeper, sellerActor]) {
      await rejects(editOrderFee(actor, edit), "not_found");
      await rejects(orderFeeDetail(actor, o.code), "not_found");
      await rejects(calculateOrderFee(actor, { orderId: o.id }), "not_found");
      await rejects(createFeeSchedule(actor, form({ basedOnId: await newestId(null) })), "not_found");
      await rejects(createFeeSchedule(actor, form({ sellerId: sellerA.profile.id })), "not_found");
      await rejects(feesOverview(actor, {}), "not_found");
    }
    expect(await fee(o.id)).toMatchObject({ totalFils: f.totalFils, isEdited: false });
  });
});
