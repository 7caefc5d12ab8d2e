// Finance reports on a known data set: fees by type for the orders finished in a period of
// UAE days, COD outstanding per courier and per company, payouts per seller, refunds by
// status; the CSV export route (content, 404 for everyone outside finance.reports), and the
// overview figures.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getFinanceReports } from "@/lib/finance/reports/finance-reports";
import { exportFinanceReport } from "@/lib/finance/reports/export-finance-report";
import { getFinanceOverview } from "@/lib/finance/reports/finance-overview";
import { GET } from "@/app/api/finance/reports/[report]/route";
import {
  actorFor,
  createCourier,
  createOrder,
  createSeller,
  seedSystemRoles,
  userWithActor,
} from "../support/factories";
import { rejects } from "../support/expect";

const current = vi.hoisted(() => ({ actor: null as null | import("@/lib/auth/actor").Actor }));
vi.mock("@/lib/auth/actor", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/actor")>();
  return { ...real, getActor: vi.fn(async () => current.actor) };
});

// October 2026 in UAE days: [2026-09-30T20:00Z, 2026-10-31T20:00Z).
const PERIOD = { from: "2026-10-01", to: "2026-10-31" };
const NOW = new Date("2026-11-05T08:00:00Z");
const IN = new Date("2026-10-10T08:00:00Z");
const FIRST_MINUTE = new Date("2026-09-30T20:00:00Z"); // 00:00 on 1 October in Dubai
const LAST_MINUTE = new Date("2026-10-31T19:59:00Z"); // 23:59 on 31 October in Dubai
const BEFORE = new Date("2026-09-30T19:59:00Z"); // 23:59 on 30 September in Dubai
const AFTER = new Date("2026-10-31T20:00:00Z"); // 00:00 on 1 November in Dubai

let finance: Actor;
let sellerA: { id: string; code: string; actor: Actor };
let sellerB: { id: string; code: string };
let courierActor: Actor;
let dmanager: Actor;
let ownCourierId: string;
let companyId: string;
let seq = 0;

async function feeOrder(
  sellerId: string,
  at: { deliveredAt?: Date; returnAt?: Date },
  fees: [number, number, number, number, number],
) {
  seq += 1;
  const order = await createOrder(sellerId, finance.userId, {
    state: at.deliveredAt ? "delivery_completed" : "returned",
  });
  if (at.deliveredAt) await db.order.update({ where: { id: order.id }, data: { deliveredAt: at.deliveredAt } });
  if (at.returnAt) {
    await db.return.create({
      data: {
        code: `RET2610R${String(seq).padStart(4, "0")}`,
        orderId: order.id,
        sellerId,
        source: "refused",
        reason: "refused",
        status: "inspected",
        inspectedAt: at.returnAt,
        createdAt: BEFORE,
      },
    });
  }
  const [serviceFils, fulfillmentFils, deliveryFils, codFeeFils, returnFeeFils] = fees;
  await db.orderFee.create({
    data: {
      orderId: order.id,
      serviceFils,
      fulfillmentFils,
      deliveryFils,
      codFeeFils,
      returnFeeFils,
      totalFils: fees.reduce((a, b) => a + b, 0),
    },
  });
  return order;
}

async function collection(
  sellerId: string,
  amountFils: number,
  where: { courierId?: string; companyId?: string; handoverId?: string; remittanceId?: string },
) {
  const order = await createOrder(sellerId, finance.userId, { state: "delivery_completed", totalFils: amountFils });
  return db.codCollection.create({ data: { orderId: order.id, amountFils, collectedAt: IN, ...where } });
}

async function payout(
  sellerId: string,
  amountFils: bigint,
  data: { status: "requested" | "approved" | "paid" | "cancelled"; createdAt: Date; approvedAt?: Date; paidAt?: Date },
) {
  seq += 1;
  return db.payout.create({
    data: { number: `PAY-T-${seq}`, sellerId, amountFils, createdById: finance.userId, ...data },
  });
}

async function refund(
  sellerId: string,
  amountFils: number,
  status: "pending" | "approved" | "paid" | "cancelled",
  createdAt: Date,
) {
  seq += 1;
  const order = await createOrder(sellerId, finance.userId, { state: "returned" });
  const ret = await db.return.create({
    data: {
      code: `RET2610F${String(seq).padStart(4, "0")}`,
      orderId: order.id,
      sellerId,
      reason: "refused",
      status: "inspected",
      refundFils: amountFils,
      refundStatus: status,
    },
  });
  return db.refund.create({ data: { returnId: ret.id, orderId: order.id, sellerId, amountFils, status, createdAt } });
}

beforeAll(async () => {
  await seedSystemRoles();
  finance = (await userWithActor({ role: "finance" })).actor;
  const a = await createSeller({ code: "OASIST" });
  const b = await createSeller({ code: "GULFT" });
  sellerA = { id: a.profile.id, code: a.profile.code, actor: await actorFor(a.user) };
  sellerB = { id: b.profile.id, code: b.profile.code };
  const courierUser = await userWithActor({ role: "delivery_agent" });
  courierActor = courierUser.actor;
  dmanager = (await userWithActor({ role: "delivery_manager" })).actor;
  ownCourierId = (await createCourier(courierUser.user.id)).id;
  await db.courier.update({ where: { id: ownCourierId }, data: { name: "Rashid (own)" } });
  const company = await db.deliveryCompany.create({ data: { code: "EXPT", name: "Express Partner" } });
  companyId = company.id;
  const companyDriver = await db.courier.create({ data: { name: "Partner driver", companyId } });

  // Fees. In the period: delivered at the first and last minute, and one refused (never
  // delivered) whose return was inspected inside (it started before). Outside: a minute before, a minute after.
  await feeOrder(sellerA.id, { deliveredAt: FIRST_MINUTE }, [1_000, 500, 1_500, 250, 0]);
  await feeOrder(sellerA.id, { deliveredAt: LAST_MINUTE }, [1_000, 500, 1_500, 300, 0]);
  await feeOrder(sellerB.id, { returnAt: IN }, [1_000, 500, 1_500, 0, 2_000]);
  // Refused, but its return is not inspected yet: nothing to count.
  const pending = await createOrder(sellerB.id, finance.userId, { state: "returning" });
  await db.return.create({
    data: {
      code: "RET2610PEND",
      orderId: pending.id,
      sellerId: sellerB.id,
      source: "refused",
      reason: "refused",
      status: "received",
      createdAt: IN,
    },
  });
  await db.orderFee.create({
    data: {
      orderId: pending.id,
      serviceFils: 50_000,
      fulfillmentFils: 0,
      deliveryFils: 0,
      codFeeFils: 0,
      returnFeeFils: 0,
      totalFils: 50_000,
    },
  });
  await feeOrder(sellerA.id, { deliveredAt: BEFORE }, [9_000, 9_000, 9_000, 9_000, 9_000]);
  await feeOrder(sellerB.id, { deliveredAt: AFTER }, [7_000, 7_000, 7_000, 7_000, 7_000]);
  // Delivered in the period but returned later: counted on its delivery day.
  await feeOrder(sellerB.id, { deliveredAt: IN, returnAt: AFTER }, [100, 200, 300, 400, 500]);

  // COD: own courier holds 2 (A 300.00, B 150.50); one more was handed over. The company
  // holds 1 (A 99.99, collected by its driver); one more was remitted.
  const handover = await db.codHandover.create({
    data: { code: "HO-T-1", courierId: ownCourierId, expectedFils: 50_000n },
  });
  const remittance = await db.companyRemittance.create({ data: { companyId, expectedFils: 70_000n } });
  await collection(sellerA.id, 30_000, { courierId: ownCourierId });
  await collection(sellerB.id, 15_050, { courierId: ownCourierId });
  await collection(sellerA.id, 50_000, { courierId: ownCourierId, handoverId: handover.id });
  await collection(sellerA.id, 9_999, { courierId: companyDriver.id, companyId });
  await collection(sellerB.id, 70_000, { courierId: companyDriver.id, companyId, remittanceId: remittance.id });

  // Payouts. A: requested 100 + approved-in-period 200 (created before) + paid 300 (created,
  // approved and paid in the period) + a cancelled one; B: paid in the period, requested before.
  await payout(sellerA.id, 10_000n, { status: "requested", createdAt: IN });
  await payout(sellerA.id, 20_000n, { status: "approved", createdAt: BEFORE, approvedAt: IN });
  await payout(sellerA.id, 30_000n, { status: "paid", createdAt: IN, approvedAt: IN, paidAt: IN });
  await payout(sellerA.id, 99_000n, { status: "cancelled", createdAt: IN });
  await payout(sellerB.id, 40_000n, { status: "paid", createdAt: BEFORE, approvedAt: BEFORE, paidAt: LAST_MINUTE });
  await payout(sellerB.id, 55_000n, { status: "requested", createdAt: AFTER });

  // Refunds recorded in the period (and one after it).
  await refund(sellerA.id, 1_000, "pending", IN);
  await refund(sellerA.id, 2_000, "approved", IN);
  await refund(sellerB.id, 3_000, "paid", IN);
  await refund(sellerB.id, 4_000, "cancelled", FIRST_MINUTE);
  await refund(sellerB.id, 8_000, "pending", AFTER);
});

beforeEach(() => {
  current.actor = null;
});

describe("figures on a known data set", () => {
  it("fees by type: orders delivered (or, never delivered, returned) in the period, UAE day boundaries exact", async () => {
    const r = await getFinanceReports(finance, PERIOD, { now: NOW });
    expect(r.fees.orders).toBe(4);
    expect(Object.fromEntries(r.fees.byType.map((x) => [x.type, x.fils]))).toEqual({
      service: 3_100n,
      fulfillment: 1_700n,
      delivery: 4_800n,
      cod: 950n,
      return: 2_500n,
    });
    expect(r.fees.totalFils).toBe(13_050n);
  });

  it("COD outstanding: per own courier and per company, handed-over and remitted cash excluded", async () => {
    const r = await getFinanceReports(finance, PERIOD, { now: NOW });
    expect(r.codByCourier.rows).toEqual([
      { id: ownCourierId, name: "Rashid (own)", collections: 2, amountFils: 45_050n, oldestAt: IN },
    ]);
    expect(r.codByCompany.rows).toEqual([
      { id: companyId, name: "Express Partner", collections: 1, amountFils: 9_999n, oldestAt: IN },
    ]);
  });

  it("payouts per seller: requested / approved / paid in the period, cancelled excluded", async () => {
    const r = await getFinanceReports(finance, PERIOD, { now: NOW });
    const bySeller = Object.fromEntries(r.payouts.rows.map((x) => [x.sellerCode, x]));
    expect(bySeller[sellerA.code]).toMatchObject({
      requestedCount: 2,
      requestedFils: 40_000n,
      approvedCount: 2,
      approvedFils: 50_000n,
      paidCount: 1,
      paidFils: 30_000n,
    });
    expect(bySeller[sellerB.code]).toMatchObject({
      requestedCount: 0,
      requestedFils: 0n,
      approvedCount: 0,
      approvedFils: 0n,
      paidCount: 1,
      paidFils: 40_000n,
    });
    expect(r.payouts.totals).toEqual({
      requestedCount: 2,
      requestedFils: 40_000n,
      approvedCount: 2,
      approvedFils: 50_000n,
      paidCount: 2,
      paidFils: 70_000n,
    });
  });

  it("refunds by status for the period", async () => {
    const r = await getFinanceReports(finance, PERIOD, { now: NOW });
    expect(r.refunds.rows).toEqual([
      { status: "pending", count: 1, amountFils: 1_000n },
      { status: "approved", count: 1, amountFils: 2_000n },
      { status: "paid", count: 1, amountFils: 3_000n },
      { status: "cancelled", count: 1, amountFils: 4_000n },
    ]);
  });

  it("one seller: every table narrows to it", async () => {
    const r = await getFinanceReports(finance, { ...PERIOD, sellerId: sellerB.id }, { now: NOW });
    expect(r.seller?.id).toBe(sellerB.id);
    expect(r.fees.totalFils).toBe(1_000n + 500n + 1_500n + 2_000n + 100n + 200n + 300n + 400n + 500n);
    expect(r.codByCourier.amountFils).toBe(15_050n);
    expect(r.codByCompany.rows).toEqual([]);
    expect(r.payouts.rows.map((x) => x.sellerCode)).toEqual([sellerB.code]);
    expect(r.refunds.count).toBe(2);
  });

  it("defaults to this month; a bad period is a validation error", async () => {
    const r = await getFinanceReports(finance, {}, { now: new Date("2026-10-20T21:00:00Z") }); // 21 October 01:00 in Dubai
    expect(r.filter).toMatchObject({ from: "2026-10-01", to: "2026-10-21" });
    const e = await rejects(
      getFinanceReports(finance, { from: "2026-10-31", to: "2026-10-01" }, { now: NOW }),
      "validation",
    );
    expect(e.fields.to).toBe("range_reversed");
  });

  it("the overview: outstanding COD, payouts and refunds waiting, this month's fee revenue", async () => {
    const o = await getFinanceOverview(finance, { now: NOW });
    expect(o.codOutstanding).toEqual({ count: 3, amountFils: 45_050n + 9_999n });
    expect(o.payoutsAwaitingApproval).toEqual({ count: 2, amountFils: 65_000n });
    expect(o.payoutsAwaitingPayment).toEqual({ count: 1, amountFils: 20_000n });
    expect(o.refundsPending).toEqual({ count: 2, amountFils: 9_000n });
    expect(o.refundsAwaitingPayment).toEqual({ count: 1, amountFils: 2_000n });
    // November so far: only the order delivered at 00:00 on 1 November.
    expect(o.revenueThisMonth).toEqual({ orders: 1, amountFils: 35_000n });
  });
});

describe("CSV export", () => {
  const get = (report: string, qs = `from=${PERIOD.from}&to=${PERIOD.to}`) =>
    GET(new Request(`http://localhost/api/finance/reports/${report}?${qs}`), { params: Promise.resolve({ report }) });

  it("each table as CSV with the same figures, audited", async () => {
    current.actor = finance;
    const res = await get("cod-couriers");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="finance-cod-couriers-2026-10-01_2026-10-31.csv"`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for Arabic
    const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3));
    expect(body).toBe(
      "courier,collections,amount_aed,oldest_collected_at\r\nRashid (own),2,450.50,2026-10-10T08:00:00.000Z\r\ntotal,2,450.50,\r\n",
    );

    const fees = await (await get("fees")).text();
    expect(fees.split("\r\n")).toEqual(
      expect.arrayContaining(["service,31.00", "return,25.00", "total,130.50", "orders,4"]),
    );
    const payouts = await (await get("payouts", `from=${PERIOD.from}&to=${PERIOD.to}&sellerId=${sellerA.id}`)).text();
    expect(payouts.split("\r\n")[1]).toBe(`${sellerA.code},${sellerA.code} Store,2,400.00,2,500.00,1,300.00`);
    const audit = await db.auditLog.findFirstOrThrow({
      where: {
        action: "financeReports.export",
        actorId: finance.userId,
        after: { path: ["report"], equals: "payouts" },
      },
    });
    expect(audit.after).toMatchObject({ from: PERIOD.from, to: PERIOD.to, sellerId: sellerA.id, rowCount: 2 });
  });

  it("an unknown report or a bad period", async () => {
    current.actor = finance;
    expect((await get("salaries")).status).toBe(404);
    expect((await get("fees", "from=2026-13-01")).status).toBe(400);
  });

  it("404 for a seller, a courier, a delivery manager and no session; the use-case too", async () => {
    for (const actor of [sellerA.actor, courierActor, dmanager, null]) {
      current.actor = actor;
      const res = await get("fees");
      expect(res.status).toBe(404);
      expect(await res.text()).toBe("not_found");
      if (actor) {
        await rejects(exportFinanceReport(actor, "payouts", PERIOD), "not_found");
        await rejects(getFinanceReports(actor, PERIOD), "not_found");
        await rejects(getFinanceOverview(actor), "not_found");
      }
    }
  });
});
