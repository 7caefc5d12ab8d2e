// Seller statements, invoices and seller credit on the embedded PostgreSQL: document numbering
// under concurrency, statement totals from real rows (UAE day bounds, returns, refunds, fee
// backfill), one order on one invoice even when two generations race, void releases, and
// credit entries that never lose an update.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { addCreditEntry } from "@/lib/finance/credit/add-credit-entry";
import { getCredit } from "@/lib/finance/credit/get-credit";
import { generateInvoice } from "@/lib/finance/invoices/generate-invoice";
import { getInvoice } from "@/lib/finance/invoices/get-invoice";
import { listInvoices } from "@/lib/finance/invoices/list-invoices";
import { voidInvoice } from "@/lib/finance/invoices/void-invoice";
import { nextNumber } from "@/lib/finance/number-sequence";
import { uaeYear } from "@/lib/finance/statements/period";
import { getStatement } from "@/lib/finance/statements/get-statement";
import { actorFor, createOrder, createSeller, seedSystemRoles, userWithActor } from "../support/factories";
import { outcomeOf, rejects } from "../support/expect";

const OCT = { from: "2026-10-01", to: "2026-10-31" };
let finance: Actor;
let sellerActor: Actor;
let courier: Actor;
let creatorId: string;
let seq = 0;

type FeeParts = {
  serviceFils?: number;
  fulfillmentFils?: number;
  deliveryFils?: number;
  codFeeFils?: number;
  returnFeeFils?: number;
};
const FEES = { serviceFils: 500, fulfillmentFils: 300, deliveryFils: 1500, codFeeFils: 250, returnFeeFils: 0 };

async function insertFee(
  orderId: string,
  parts: FeeParts = {},
  extra: { invoiceId?: string; isEdited?: boolean; editedById?: string; editNote?: string } = {},
) {
  const f = { ...FEES, ...parts };
  return db.orderFee.create({
    data: {
      orderId,
      ...f,
      totalFils: f.serviceFils + f.fulfillmentFils + f.deliveryFils + f.codFeeFils + f.returnFeeFils,
      ...extra,
    },
  });
}

/** A delivered order: deliveredAt, the delivery manager's CodCollection, and (unless `fee: false`) its OrderFee. */
async function delivered(sellerId: string, at: string, codFils: number, opts: { fee?: FeeParts | false } = {}) {
  const o = await createOrder(sellerId, creatorId, { state: "delivery_completed", totalFils: codFils });
  await db.order.update({ where: { id: o.id }, data: { deliveredAt: new Date(at) } });
  await db.codCollection.create({ data: { orderId: o.id, amountFils: codFils, collectedAt: new Date(at) } });
  if (opts.fee !== false) await insertFee(o.id, opts.fee || {});
  return o;
}

/** A refused order that came back (never delivered) in the period, with its return fee. */
async function returned(sellerId: string, at: string) {
  const o = await createOrder(sellerId, creatorId, { state: "returned", totalFils: 15_000 });
  await db.order.update({ where: { id: o.id }, data: { stateChangedAt: new Date(at) } });
  await insertFee(o.id, { codFeeFils: 0, returnFeeFils: 1000 });
  return o;
}

async function refund(
  orderId: string,
  sellerId: string,
  amountFils: number,
  status: "pending" | "approved" | "paid",
  at = "2026-10-20T08:00:00Z",
) {
  // One return per order (unique); several refunds may hang off it.
  const ret =
    (await db.return.findFirst({ where: { orderId } })) ??
    (await db.return.create({
      data: { code: `RET2610${String(++seq).padStart(6, "0")}`, orderId, sellerId, reason: "customer_changed_mind" },
    }));
  return db.refund.create({
    data: { returnId: ret.id, orderId, sellerId, amountFils, status, createdAt: new Date(at) },
  });
}

beforeAll(async () => {
  await seedSystemRoles();
  const f = await userWithActor({ role: "finance", name: "Priya Sharma" });
  finance = f.actor;
  creatorId = f.user.id;
  const s = await createSeller();
  sellerActor = await actorFor(s.user); // a seller: never finance
  courier = (await userWithActor({ role: "delivery_agent" })).actor;
  // The system default fee schedule (what ensureOrderFee backfills from).
  await db.feeSchedule.create({
    data: {
      sellerId: null,
      serviceFils: 700,
      fulfillmentFils: 400,
      deliveryFils: 1800,
      codFeeBps: 200,
      returnFeeFils: 900,
      effectiveFrom: new Date("2026-01-01T00:00:00Z"),
    },
  });
});

describe("nextNumber", () => {
  it("gives 10 concurrent callers the numbers 1..10 exactly once", async () => {
    const got = await Promise.all(
      Array.from({ length: 10 }, () => db.$transaction((tx) => nextNumber(tx, "invoice", "2031"))),
    );
    expect([...got].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Another scope and period count on their own.
    expect(await db.$transaction((tx) => nextNumber(tx, "payout", "2031"))).toBe(1);
    expect(await db.$transaction((tx) => nextNumber(tx, "invoice", "2032"))).toBe(1);
  });

  it("rolls a number back with its transaction", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await nextNumber(tx, "handover", "2031");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.$transaction((tx) => nextNumber(tx, "handover", "2031"))).toBe(1);
  });
});

describe("statement", () => {
  it("adds up COD, fees and refunds from the rows of the period, in UAE days", async () => {
    const { profile: seller } = await createSeller();
    const { profile: other } = await createSeller();
    const a = await delivered(seller.id, "2026-09-30T20:30:00Z", 24_900); // 1 Oct 00:30 in the UAE: in
    const b = await delivered(seller.id, "2026-10-15T10:00:00Z", 10_000, {
      fee: { serviceFils: 0, deliveryFils: 800 },
    });
    const zero = await delivered(seller.id, "2026-10-16T10:00:00Z", 0);
    const back = await returned(seller.id, "2026-10-20T10:00:00Z");
    const backfilled = await delivered(seller.id, "2026-10-21T10:00:00Z", 20_000, { fee: false });
    await delivered(seller.id, "2026-10-31T20:30:00Z", 5_000); // 1 Nov in the UAE: out
    await delivered(seller.id, "2026-09-30T19:30:00Z", 5_000); // 30 Sep in the UAE: out
    await delivered(other.id, "2026-10-10T10:00:00Z", 7_000); // another seller: out
    const inv = await db.invoice.create({
      data: {
        number: `INV-OLD-${++seq}`,
        sellerId: seller.id,
        periodStart: new Date("2026-09-01"),
        periodEnd: new Date("2026-09-30"),
        status: "issued",
      },
    });
    const invoiced = await createOrder(seller.id, creatorId, { state: "delivery_completed" });
    await db.order.update({ where: { id: invoiced.id }, data: { deliveredAt: new Date("2026-10-05T10:00:00Z") } });
    await insertFee(invoiced.id, {}, { invoiceId: inv.id }); // already invoiced: out
    await refund(a.id, seller.id, 5_000, "approved");
    await refund(a.id, seller.id, 300, "paid");
    await refund(b.id, seller.id, 999, "pending"); // not approved: out
    await refund(b.id, seller.id, 777, "approved", "2026-11-02T10:00:00Z"); // after the period: out

    const st = await getStatement(finance, { sellerId: seller.id, ...OCT });
    expect(st.orders.map((o) => o.code).sort()).toEqual([a.code, b.code, zero.code, back.code, backfilled.code].sort());
    // The order without fees got them from the default schedule (2.5 % COD fee is 200 bps of 20000 = 400).
    const fee = await db.orderFee.findUniqueOrThrow({ where: { orderId: backfilled.id } });
    expect(fee.feeScheduleId).not.toBeNull();
    const bf = st.orders.find((o) => o.orderId === backfilled.id)!;
    expect(bf.lines.find((l) => l.kind === "service_fee")?.source).toMatchObject({
      kind: "schedule",
      scope: "default",
    });
    expect(bf.netFils).toBe(20_000n - BigInt(fee.totalFils));

    const feesFromRows = (
      await db.orderFee.findMany({ where: { orderId: { in: [a.id, b.id, zero.id, back.id, backfilled.id] } } })
    ).reduce((s, r) => s + BigInt(r.totalFils), 0n);
    expect(st.totals.codFils).toBe(24_900n + 10_000n + 0n + 20_000n);
    expect(st.totals.feesFils).toBe(feesFromRows);
    expect(st.totals.refundsFils).toBe(5_300n);
    expect(st.totals.payableFils).toBe(st.totals.codFils - feesFromRows - 5_300n);
    expect(st.orders.find((o) => o.orderId === back.id)!.lines.some((l) => l.kind === "cod")).toBe(false);
    expect(st.orders.find((o) => o.orderId === zero.id)!.lines[0]).toMatchObject({ kind: "cod", amountFils: 0n });
  });

  it("is for finance only", async () => {
    const { profile: seller } = await createSeller();
    await rejects(getStatement(sellerActor, { sellerId: seller.id, ...OCT }), "not_found");
    await rejects(getStatement(courier, { sellerId: seller.id, ...OCT }), "not_found");
    await rejects(getStatement(finance, { sellerId: "nope", ...OCT }), "not_found");
    await rejects(getStatement(finance, { sellerId: seller.id, from: "2026-10-31", to: "2026-10-01" }), "validation");
  });
});

describe("invoices", () => {
  it("turns the statement into an issued invoice with signed lines, links and an audit row", async () => {
    const { profile: seller } = await createSeller();
    const a = await delivered(seller.id, "2026-10-03T10:00:00Z", 30_000);
    const b = await createOrder(seller.id, creatorId, { state: "delivery_completed", totalFils: 12_000 });
    await db.order.update({ where: { id: b.id }, data: { deliveredAt: new Date("2026-10-04T10:00:00Z") } });
    await db.codCollection.create({
      data: { orderId: b.id, amountFils: 12_000, collectedAt: new Date("2026-10-04T10:00:00Z") },
    });
    await insertFee(b.id, { serviceFils: 0 }, { isEdited: true, editedById: creatorId, editNote: "launch discount" });
    const r = await refund(a.id, seller.id, 2_000, "approved");
    const st = await getStatement(finance, { sellerId: seller.id, ...OCT });

    await rejects(
      generateInvoice(sellerActor, { sellerId: seller.id, ...OCT, fingerprint: st.fingerprint }),
      "not_found",
    );
    const res = await generateInvoice(finance, { sellerId: seller.id, ...OCT, fingerprint: st.fingerprint });
    expect(res.number).toMatch(new RegExp(`^INV-${uaeYear(new Date())}-\\d{5}$`));
    const inv = await db.invoice.findUniqueOrThrow({ where: { id: res.id }, include: { lines: true } });
    expect(inv.status).toBe("issued");
    expect(inv.payableFils).toBe(st.totals.payableFils);
    expect(inv.lines.reduce((s, l) => s + l.amountFils, 0n)).toBe(inv.payableFils);
    expect(inv.codTotalFils - inv.feesTotalFils - inv.refundsTotalFils).toBe(inv.payableFils);
    expect(
      (await db.orderFee.findMany({ where: { orderId: { in: [a.id, b.id] } } })).every((f) => f.invoiceId === inv.id),
    ).toBe(true);
    expect((await db.refund.findUniqueOrThrow({ where: { id: r.id } })).invoiceId).toBe(inv.id);
    expect(await db.auditLog.count({ where: { action: "finance.invoice.generate", targetId: inv.id } })).toBe(1);

    // Nothing left to invoice for the period.
    const after = await getStatement(finance, { sellerId: seller.id, ...OCT });
    expect(after.lines).toHaveLength(0);
    await rejects(
      generateInvoice(finance, { sellerId: seller.id, ...OCT, fingerprint: after.fingerprint }),
      "statement_empty",
    );

    const detail = await getInvoice(finance, inv.id);
    expect(detail.groups.map((g) => g.orderCode).sort()).toEqual([a.code, b.code].sort());
    expect(detail.otherLines).toHaveLength(1);
    expect(detail.otherLines[0].source).toMatchObject({ kind: "refund", status: "approved" });
    expect(
      detail.groups.find((g) => g.orderId === b.id)!.lines.find((l) => l.kind === "delivery_fee")!.source,
    ).toMatchObject({ kind: "edited", by: "Priya Sharma", note: "launch discount" });
    const list = await listInvoices(finance, { sellerId: seller.id });
    expect(list.rows.map((x) => x.id)).toEqual([inv.id]);
  });

  it("refuses a statement that changed since the user saw it", async () => {
    const { profile: seller } = await createSeller();
    await delivered(seller.id, "2026-10-03T10:00:00Z", 30_000);
    const seen = await getStatement(finance, { sellerId: seller.id, ...OCT });
    await delivered(seller.id, "2026-10-09T10:00:00Z", 1_000);
    await rejects(
      generateInvoice(finance, { sellerId: seller.id, ...OCT, fingerprint: seen.fingerprint }),
      "statement_changed",
    );
    expect(await db.invoice.count({ where: { sellerId: seller.id } })).toBe(0);
    expect(await db.orderFee.count({ where: { order: { sellerId: seller.id }, invoiceId: { not: null } } })).toBe(0);
  });

  it("puts an order on one invoice only, even when two generations race", async () => {
    const { profile: seller } = await createSeller();
    const orders = await Promise.all([1, 2, 3].map((d) => delivered(seller.id, `2026-10-0${d}T10:00:00Z`, 10_000 * d)));
    const st = await getStatement(finance, { sellerId: seller.id, ...OCT });
    const finance2 = (await userWithActor({ role: "finance" })).actor;
    const outcomes = await Promise.all([
      outcomeOf(generateInvoice(finance, { sellerId: seller.id, ...OCT, fingerprint: st.fingerprint })),
      outcomeOf(generateInvoice(finance2, { sellerId: seller.id, ...OCT, fingerprint: st.fingerprint })),
    ]);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(["statement_changed", "statement_empty", "conflict"]).toContain(outcomes.find((o) => o !== "ok"));
    const invoices = await db.invoice.findMany({ where: { sellerId: seller.id } });
    expect(invoices).toHaveLength(1);
    const fees = await db.orderFee.findMany({ where: { orderId: { in: orders.map((o) => o.id) } } });
    expect(fees.every((f) => f.invoiceId === invoices[0].id)).toBe(true);
    // COD + service, fulfillment, delivery and COD fee per order, written once.
    expect(await db.invoiceLine.count({ where: { orderId: { in: orders.map((o) => o.id) } } })).toBe(15);
  });

  it("numbers invoices sequentially per year when many are generated at once", async () => {
    const sellers = await Promise.all(Array.from({ length: 6 }, () => createSeller()));
    for (const s of sellers) await delivered(s.profile.id, "2026-10-12T10:00:00Z", 5_000);
    const statements = await Promise.all(sellers.map((s) => getStatement(finance, { sellerId: s.profile.id, ...OCT })));
    const before = await db.numberSequence.findUnique({ where: { key: `invoice:${uaeYear(new Date())}` } });
    const results = await Promise.all(
      statements.map((st) => generateInvoice(finance, { sellerId: st.sellerId, ...OCT, fingerprint: st.fingerprint })),
    );
    const start = (before?.last ?? 0) + 1;
    const numbers = results.map((r) => Number(r.number.slice(-5))).sort((x, y) => x - y);
    expect(numbers).toEqual([0, 1, 2, 3, 4, 5].map((i) => start + i));
    expect(new Set(results.map((r) => r.number)).size).toBe(6);
  });

  it("void releases the orders and refunds for a later invoice", async () => {
    const { profile: seller } = await createSeller();
    const a = await delivered(seller.id, "2026-10-03T10:00:00Z", 30_000);
    const r = await refund(a.id, seller.id, 2_000, "paid");
    const st = await getStatement(finance, { sellerId: seller.id, ...OCT });
    const first = await generateInvoice(finance, { sellerId: seller.id, ...OCT, fingerprint: st.fingerprint });

    await rejects(voidInvoice(finance, { invoiceId: first.id, version: 0, reason: "x" }), "validation");
    await rejects(voidInvoice(sellerActor, { invoiceId: first.id, version: 0, reason: "wrong period" }), "not_found");
    await rejects(voidInvoice(finance, { invoiceId: first.id, version: 7, reason: "wrong period" }), "conflict");
    const v = await voidInvoice(finance, { invoiceId: first.id, version: 0, reason: "wrong period" });
    expect(v).toEqual({ status: "void", releasedOrders: 1, releasedRefunds: 1 });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("void");
    expect((await db.orderFee.findUniqueOrThrow({ where: { orderId: a.id } })).invoiceId).toBeNull();
    expect((await db.refund.findUniqueOrThrow({ where: { id: r.id } })).invoiceId).toBeNull();
    expect(await db.auditLog.count({ where: { action: "finance.invoice.void", targetId: first.id } })).toBe(1);
    await rejects(voidInvoice(finance, { invoiceId: first.id, version: 1, reason: "again" }), "conflict");

    const again = await getStatement(finance, { sellerId: seller.id, ...OCT });
    expect(again.totals).toEqual(st.totals);
    const second = await generateInvoice(finance, { sellerId: seller.id, ...OCT, fingerprint: again.fingerprint });
    expect(second.number).not.toBe(first.number);
    expect((await db.orderFee.findUniqueOrThrow({ where: { orderId: a.id } })).invoiceId).toBe(second.id);
  });
});

describe("seller credit", () => {
  it("appends entries with the running balance and never loses a concurrent one", async () => {
    const { profile: seller } = await createSeller();
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        addCreditEntry(finance, {
          sellerId: seller.id,
          kind: i % 2 ? "adjustment" : "top_up",
          amount: "12.50",
          reason: `prepayment ${i}`,
        }),
      ),
    );
    await addCreditEntry(finance, {
      sellerId: seller.id,
      kind: "adjustment",
      amount: "-20",
      reason: "correction of a double entry",
    });
    const profile = await db.sellerProfile.findUniqueOrThrow({ where: { id: seller.id } });
    expect(profile.creditBalanceFils).toBe(8n * 1250n - 2000n);
    const entries = await db.sellerCreditEntry.findMany({ where: { sellerId: seller.id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.balanceAfterFils)).toEqual([
      1250n,
      2500n,
      3750n,
      5000n,
      6250n,
      7500n,
      8750n,
      10000n,
      8000n,
    ]);
    expect(await db.auditLog.count({ where: { action: "finance.credit.entry", targetId: seller.id } })).toBe(9);

    const credit = await getCredit(finance, { sellerId: seller.id });
    expect(credit.balanceFils).toBe(8000n);
    expect(credit.history.rows[0]).toMatchObject({ amountFils: -2000n, reason: "correction of a double entry" });
  });

  it("requires a reason, a non-zero amount, a positive prepayment and the finance permission", async () => {
    const { profile: seller } = await createSeller();
    expect(
      (
        await rejects(
          addCreditEntry(finance, { sellerId: seller.id, kind: "adjustment", amount: "5", reason: "" }),
          "validation",
        )
      ).fields,
    ).toHaveProperty("reason");
    expect(
      (
        await rejects(
          addCreditEntry(finance, { sellerId: seller.id, kind: "adjustment", amount: "0", reason: "zero" }),
          "validation",
        )
      ).fields,
    ).toHaveProperty("amount");
    expect(
      (
        await rejects(
          addCreditEntry(finance, { sellerId: seller.id, kind: "top_up", amount: "-5", reason: "negative prepayment" }),
          "validation",
        )
      ).fields,
    ).toHaveProperty("amount");
    await rejects(
      addCreditEntry(sellerActor, { sellerId: seller.id, kind: "top_up", amount: "5", reason: "self credit" }),
      "not_found",
    );
    await rejects(
      addCreditEntry(finance, { sellerId: "missing", kind: "top_up", amount: "5", reason: "nobody" }),
      "not_found",
    );
    expect(await db.sellerCreditEntry.count({ where: { sellerId: seller.id } })).toBe(0);
  });

  it("shows a seller its own credit only", async () => {
    const own = await createSeller();
    const a = await actorFor(own.user);
    const { profile: other } = await createSeller();
    expect((await getCredit(a, { sellerId: own.profile.id })).balanceFils).toBe(0n);
    await rejects(getCredit(a, { sellerId: other.id }), "not_found");
    await rejects(getCredit(courier, { sellerId: own.profile.id }), "not_found");
  });
});
