// COD cash custody on the embedded PostgreSQL: cash outstanding per courier and company,
// courier handovers (exact differences, one winner when two finance users record the same
// cash), company remittance statements matched line by line, and who may do any of it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getCourierCash } from "@/lib/finance/cod/get-courier-cash";
import { getHandover } from "@/lib/finance/cod/get-handover";
import { getRemittance } from "@/lib/finance/cod/get-remittance";
import { listHandovers } from "@/lib/finance/cod/list-handovers";
import { listOutstanding } from "@/lib/finance/cod/list-outstanding";
import { listRemittances } from "@/lib/finance/cod/list-remittances";
import { recordHandover } from "@/lib/finance/cod/record-handover";
import { recordRemittance } from "@/lib/finance/cod/record-remittance";
import { resolveHandover } from "@/lib/finance/cod/resolve-handover";
import * as actions from "@/lib/finance/cod/actions";
import {
  actorFor,
  createCourier,
  createOrder,
  createSeller,
  seedSystemRoles,
  userWithActor,
} from "../support/factories";
import { outcomeOf, rejects } from "../support/expect";

const current = vi.hoisted(() => ({ actor: null as null | import("@/lib/auth/actor").Actor }));
vi.mock("@/lib/auth/actor", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/actor")>();
  return { ...real, getActor: vi.fn(async () => current.actor) };
});

let finance: Actor;
let finance2: Actor;
let sellerActor: Actor;
let courierActor: Actor;
let dmanager: Actor;
let sellerId: string;
let sellerUserId: string;
let companyA: { id: string };
let companyB: { id: string };

async function newCourier(name?: string) {
  const { user } = await userWithActor({ role: "delivery_agent", name });
  return createCourier(user.id);
}

/** A delivered order and the COD collection its confirmed delivery created. */
async function delivered(opts: {
  courierId?: string | null;
  companyId?: string | null;
  amountFils: number;
  hoursAgo?: number;
}) {
  const o = await createOrder(sellerId, sellerUserId, {
    state: "delivery_completed",
    totalFils: opts.amountFils,
    assignedCourierId: opts.courierId ?? null,
  });
  const at = new Date(Date.now() - (opts.hoursAgo ?? 1) * 3_600_000);
  await db.order.update({ where: { id: o.id }, data: { deliveredAt: at, deliveryCompanyId: opts.companyId ?? null } });
  const c = await db.codCollection.create({
    data: {
      orderId: o.id,
      courierId: opts.courierId ?? null,
      companyId: opts.companyId ?? null,
      amountFils: opts.amountFils,
      collectedAt: at,
    },
  });
  return { order: o, collection: c };
}

beforeAll(async () => {
  await seedSystemRoles();
  const s = await createSeller();
  sellerId = s.profile.id;
  sellerUserId = s.user.id;
  sellerActor = await actorFor(s.user);
  finance = (await userWithActor({ role: "finance", name: "Priya" })).actor;
  finance2 = (await userWithActor({ role: "finance", name: "Khalid" })).actor;
  courierActor = (await userWithActor({ role: "delivery_agent" })).actor;
  dmanager = (await userWithActor({ role: "delivery_manager" })).actor;
  companyA = await db.deliveryCompany.create({ data: { code: "COA", name: "Company A" } });
  companyB = await db.deliveryCompany.create({ data: { code: "COB", name: "Company B" } });
});

describe("cash outstanding", () => {
  it("per courier equals the sum of their unhanded collections; per company the unremitted ones", async () => {
    const k = await newCourier("Outstanding Courier");
    const a = await delivered({ courierId: k.id, amountFils: 12_345, hoursAgo: 50 });
    await delivered({ courierId: k.id, amountFils: 20_000, hoursAgo: 3 });
    await delivered({ courierId: k.id, amountFils: 1, hoursAgo: 2 });
    // Already handed over: not outstanding.
    const handed = await delivered({ courierId: k.id, amountFils: 99_999 });
    const h = await db.codHandover.create({
      data: { code: `HO-T-${k.id}`, courierId: k.id, expectedFils: 99_999n, status: "reconciled" },
    });
    await db.codCollection.update({ where: { id: handed.collection.id }, data: { handoverId: h.id } });
    // Delivered by the same courier for a partner company: the company remits it.
    await delivered({ courierId: k.id, companyId: companyA.id, amountFils: 7_000 });

    const cash = await getCourierCash(finance, k.id);
    expect(cash.count).toBe(3);
    expect(cash.totalFils).toBe(32_346n);
    expect(cash.collections.map((c) => c.orderCode)[0]).toBe(a.order.code); // oldest first

    const all: Array<{ id: string; count: number; amountFils: bigint; oldestMs: number }> = [];
    for (let page = 1; ; page++) {
      const r = await listOutstanding(finance, { view: "couriers", page });
      all.push(...r.page.rows);
      if (page >= r.page.pageCount) break;
    }
    const row = all.find((r) => r.id === k.id)!;
    expect(row).toMatchObject({ count: 3, amountFils: 32_346n });
    expect(row.oldestMs).toBeGreaterThanOrEqual(50 * 3_600_000 - 60_000);
    // The grand total is the sum of every courier's unhanded collections.
    const sums = await db.$queryRaw<
      Array<{ s: bigint }>
    >`SELECT COALESCE(SUM("amountFils"),0)::bigint AS s FROM "CodCollection" WHERE "handoverId" IS NULL AND "companyId" IS NULL`;
    const r = await listOutstanding(finance, { view: "couriers" });
    expect(r.totals.couriers.amountFils).toBe(sums[0].s);
    expect(all.reduce((s, x) => s + x.amountFils, 0n)).toBe(sums[0].s);

    const companies = await listOutstanding(finance, { view: "companies" });
    const co = companies.page.rows.find((x) => x.id === companyA.id)!;
    const expected = await db.codCollection.aggregate({
      where: { companyId: companyA.id, remittanceId: null },
      _sum: { amountFils: true },
      _count: { _all: true },
    });
    expect(co).toMatchObject({ count: expected._count._all, amountFils: BigInt(expected._sum.amountFils ?? 0) });
  });
});

describe("courier handover", () => {
  it("records the exact difference: expected 250.00, received 249.50 → −0.50, disputed; collections linked, audited", async () => {
    const k = await newCourier();
    const c1 = await delivered({ courierId: k.id, amountFils: 15_000 });
    const c2 = await delivered({ courierId: k.id, amountFils: 10_000 });
    const left = await delivered({ courierId: k.id, amountFils: 4_000 });
    const r = await recordHandover(finance, {
      courierId: k.id,
      collectionIds: [c1.collection.id, c2.collection.id],
      receivedAed: "249.50",
      note: "Counted twice",
    });
    expect(r).toMatchObject({ expectedFils: 25_000n, receivedFils: 24_950n, differenceFils: -50n, status: "disputed" });
    expect(r.code).toMatch(new RegExp(`^HO-${new Date(Date.now() + 4 * 3_600_000).getUTCFullYear()}-\\d{5}$`));
    const h = await db.codHandover.findUniqueOrThrow({ where: { id: r.id } });
    expect(h).toMatchObject({
      courierId: k.id,
      expectedFils: 25_000n,
      receivedFils: 24_950n,
      differenceFils: -50n,
      status: "disputed",
      receivedById: finance.userId,
      reconciledById: null,
    });
    expect((await db.codCollection.findMany({ where: { handoverId: r.id } })).map((c) => c.id).sort()).toEqual(
      [c1.collection.id, c2.collection.id].sort(),
    );
    // The unticked collection is still in the courier's hand.
    const cash = await getCourierCash(finance, k.id);
    expect(cash.collections.map((c) => c.id)).toEqual([left.collection.id]);
    expect(cash.totalFils).toBe(4_000n);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "cod.handover_recorded", targetId: r.id } });
    expect(audit.after).toMatchObject({
      expectedFils: "25000",
      receivedFils: "24950",
      differenceFils: "-50",
      status: "disputed",
    });

    const detail = await getHandover(finance, r.id);
    expect(detail.collections.map((c) => c.orderCode).sort()).toEqual([c1.order.code, c2.order.code].sort());
    expect(detail.receivedByName).toBe("Priya");

    // Settled with a note: reconciled, difference kept, audited; a stale version conflicts.
    await rejects(resolveHandover(finance, { handoverId: r.id, version: h.version, note: "" }), "validation");
    await resolveHandover(finance2, {
      handoverId: r.id,
      version: h.version,
      note: "Courier paid the 0.50 the next day",
    });
    await rejects(resolveHandover(finance, { handoverId: r.id, version: h.version, note: "Again" }), "conflict");
    const after = await getHandover(finance, r.id);
    expect(after).toMatchObject({
      status: "reconciled",
      differenceFils: -50n,
      resolutionNote: "Courier paid the 0.50 the next day",
    });
    expect(after.reconciledBy?.name).toBe("Khalid");
    expect((await listHandovers(finance, { courierId: k.id })).rows.map((x) => x.code)).toEqual([r.code]);
  });

  it("an exact handover is reconciled at once and numbers follow each other", async () => {
    const k = await newCourier();
    const c1 = await delivered({ courierId: k.id, amountFils: 31_500 });
    const c2 = await delivered({ courierId: k.id, amountFils: 500 });
    const a = await recordHandover(finance, { courierId: k.id, collectionIds: [c1.collection.id], receivedAed: "315" });
    const b = await recordHandover(finance, {
      courierId: k.id,
      collectionIds: [c2.collection.id],
      receivedAed: "5.00",
    });
    expect(a).toMatchObject({ status: "reconciled", differenceFils: 0n });
    expect(Number(b.code.slice(-5))).toBe(Number(a.code.slice(-5)) + 1);
    expect(await db.codHandover.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      reconciledById: finance.userId,
    });
    // A reconciled handover cannot be "resolved".
    await rejects(resolveHandover(finance, { handoverId: a.id, version: 0, note: "No dispute" }), "conflict");
  });

  it("two finance users handing over the same collections at once: exactly one succeeds, nothing half-written", async () => {
    const k = await newCourier();
    const cs = await Promise.all(
      [8_000, 9_000, 10_000].map((amountFils) => delivered({ courierId: k.id, amountFils })),
    );
    const ids = cs.map((c) => c.collection.id);
    const before = await db.codHandover.count();
    const results = await Promise.all([
      outcomeOf(recordHandover(finance, { courierId: k.id, collectionIds: ids, receivedAed: "270" })),
      outcomeOf(recordHandover(finance2, { courierId: k.id, collectionIds: [ids[2], ids[0]], receivedAed: "180" })),
    ]);
    expect(results.sort()).toEqual(["conflict", "ok"]);
    expect(await db.codHandover.count()).toBe(before + 1);
    const linked = await db.codCollection.findMany({ where: { id: { in: ids } }, select: { handoverId: true } });
    const handovers = new Set(linked.map((c) => c.handoverId).filter(Boolean));
    expect(handovers.size).toBe(1);
    // Whichever won, its expected amount is exactly the collections it holds.
    const h = await db.codHandover.findUniqueOrThrow({
      where: { id: [...handovers][0]! },
      include: { collections: true },
    });
    expect(h.expectedFils).toBe(BigInt(h.collections.reduce((s, c) => s + c.amountFils, 0)));
    // Handing over cash already handed over is a conflict too.
    await rejects(recordHandover(finance, { courierId: k.id, collectionIds: [ids[0]], receivedAed: "80" }), "conflict");
  });

  it("refuses another courier's, a company's, unknown or no collections", async () => {
    const k = await newCourier();
    const other = await newCourier();
    const mine = await delivered({ courierId: k.id, amountFils: 1_000 });
    const theirs = await delivered({ courierId: other.id, amountFils: 1_000 });
    const company = await delivered({ courierId: k.id, companyId: companyA.id, amountFils: 1_000 });
    await rejects(
      recordHandover(finance, {
        courierId: k.id,
        collectionIds: [mine.collection.id, theirs.collection.id],
        receivedAed: "20",
      }),
      "conflict",
    );
    await rejects(
      recordHandover(finance, { courierId: k.id, collectionIds: [company.collection.id], receivedAed: "10" }),
      "conflict",
    );
    await rejects(recordHandover(finance, { courierId: k.id, collectionIds: [], receivedAed: "10" }), "validation");
    const bad = await rejects(
      recordHandover(finance, { courierId: k.id, collectionIds: [mine.collection.id], receivedAed: "10.005" }),
      "validation",
    );
    expect(bad.fields.receivedAed).toBe("amount_invalid");
    await rejects(
      recordHandover(finance, { courierId: "nope", collectionIds: [mine.collection.id], receivedAed: "10" }),
      "not_found",
    );
    expect(await db.codCollection.findUniqueOrThrow({ where: { id: mine.collection.id } })).toMatchObject({
      handoverId: null,
    });
  });
});

describe("company remittance", () => {
  it("matches a statement line by line: matched, mismatched amount, unmatched, duplicate, another company's", async () => {
    const driver = await db.courier.create({ data: { name: "Company A driver", companyId: companyA.id } });
    const ok1 = await delivered({ courierId: driver.id, companyId: companyA.id, amountFils: 25_000 });
    const ok2 = await delivered({ courierId: driver.id, companyId: companyA.id, amountFils: 10_050 });
    const short = await delivered({ courierId: driver.id, companyId: companyA.id, amountFils: 18_000 });
    const otherCo = await delivered({ companyId: companyB.id, amountFils: 5_000 });
    const notDelivered = await createOrder(sellerId, sellerUserId, { state: "delivery_in_progress" });
    const csv = [
      "order_code;amount",
      `${ok1.order.code};250.00`,
      `${ok2.order.code};100,50`,
      `${short.order.code};175.00`,
      "#999999999;12.00",
      `${ok1.order.code};250.00`,
      `${otherCo.order.code};50.00`,
      `${notDelivered.code};20.00`,
      "",
    ].join("\n");
    const r = await recordRemittance(finance, {
      companyId: companyA.id,
      csv,
      receivedAed: "537.00",
      reference: "TRX-778812",
      fileName: "eec.csv",
    });
    expect(r).toMatchObject({ status: "disputed", counts: { matched: 2, mismatched: 3, unmatched: 1, duplicate: 1 } });

    const lines = await db.companyRemittanceLine.findMany({
      where: { remittanceId: r.id },
      orderBy: { lineNo: "asc" },
    });
    expect(lines.map((l) => [l.lineNo, l.match, l.amountFils, l.expectedFils, l.note])).toEqual([
      [2, "matched", 25_000, 25_000, null],
      [3, "matched", 10_050, 10_050, null],
      [4, "mismatched", 17_500, 18_000, "amount_differs"],
      [5, "unmatched", 1_200, null, null],
      [6, "duplicate", 25_000, null, "duplicate_in_file:2"],
      [7, "mismatched", 5_000, null, "other_company"],
      [8, "mismatched", 2_000, null, "not_delivered"],
    ]);
    // Expected = the company's open orders on the statement (matched + amount-mismatched).
    const rem = await db.companyRemittance.findUniqueOrThrow({ where: { id: r.id } });
    expect(rem).toMatchObject({
      companyId: companyA.id,
      reference: "TRX-778812",
      expectedFils: 53_050n,
      receivedFils: 53_700n,
      differenceFils: 650n,
      status: "disputed",
    });
    // Only the matched collections are linked; the short one and the other company's stay open.
    expect(await db.codCollection.findUniqueOrThrow({ where: { id: ok1.collection.id } })).toMatchObject({
      remittanceId: r.id,
    });
    expect(await db.codCollection.findUniqueOrThrow({ where: { id: ok2.collection.id } })).toMatchObject({
      remittanceId: r.id,
    });
    expect(await db.codCollection.findUniqueOrThrow({ where: { id: short.collection.id } })).toMatchObject({
      remittanceId: null,
    });
    expect(await db.codCollection.findUniqueOrThrow({ where: { id: otherCo.collection.id } })).toMatchObject({
      remittanceId: null,
    });

    const detail = await getRemittance(finance, r.id, {});
    expect(detail.view).toBe("problems");
    expect(detail.lines.rows.map((l) => l.lineNo)).toEqual([4, 5, 6, 7, 8]);
    expect(detail.remittance.statementFils).toBe(85_750n);
    expect(detail.remittance.recordedByName).toBe("Priya");
    expect((await getRemittance(finance, r.id, { match: "unmatched" })).lines.rows.map((l) => l.orderCode)).toEqual([
      "#999999999",
    ]);

    // The same order in a later statement is a duplicate (already remitted).
    const again = await recordRemittance(finance, {
      companyId: companyA.id,
      csv: `${ok1.order.code},250.00\n${short.order.code},180.00`,
      receivedAed: "180",
      reference: "TRX-2",
    });
    const againLines = await db.companyRemittanceLine.findMany({
      where: { remittanceId: again.id },
      orderBy: { lineNo: "asc" },
    });
    expect(againLines.map((l) => [l.match, l.note])).toEqual([
      ["duplicate", "already_remitted"],
      ["matched", null],
    ]);
    expect(await db.companyRemittance.findUniqueOrThrow({ where: { id: again.id } })).toMatchObject({
      expectedFils: 18_000n,
      differenceFils: 0n,
      status: "disputed",
    });
    expect((await listRemittances(finance, { companyId: companyA.id })).rows.map((x) => x.id)).toEqual([
      again.id,
      r.id,
    ]);
  });

  it("a clean statement whose money agrees is reconciled", async () => {
    const co = await db.deliveryCompany.create({ data: { code: "COC", name: "Company C" } });
    const a = await delivered({ companyId: co.id, amountFils: 4_000 });
    const b = await delivered({ companyId: co.id, amountFils: 6_000 });
    const r = await recordRemittance(finance, {
      companyId: co.id,
      csv: `order_code,amount\n${a.order.code},40.00\n${b.order.code.slice(1)},60`,
      receivedAed: "100",
      reference: "R-1",
    });
    expect(r).toMatchObject({
      status: "reconciled",
      counts: { matched: 2, mismatched: 0, unmatched: 0, duplicate: 0 },
    });
    expect(await db.companyRemittance.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      expectedFils: 10_000n,
      differenceFils: 0n,
      reconciledById: finance.userId,
    });
    expect(
      (await listOutstanding(finance, { view: "companies" })).page.rows.find((x) => x.id === co.id),
    ).toBeUndefined();
  });

  it("a bad file writes nothing and says why", async () => {
    const before = await db.companyRemittance.count();
    const bad = await rejects(
      recordRemittance(finance, {
        companyId: companyA.id,
        csv: "order_code,amount\n#1,12.50\n#2,abc",
        receivedAed: "10",
        reference: "X",
      }),
      "validation",
    );
    expect(bad.fields.csv).toBe("csv_amount");
    expect(bad.params.line).toBe(3);
    expect(
      (
        await rejects(
          recordRemittance(finance, {
            companyId: companyA.id,
            csv: "order,total\n#1,2",
            receivedAed: "1",
            reference: "X",
          }),
          "validation",
        )
      ).fields.csv,
    ).toBe("csv_columns");
    const big = Array.from({ length: 5_001 }, (_, i) => `#${i},1.00`).join("\n");
    await rejects(
      recordRemittance(finance, { companyId: companyA.id, csv: big, receivedAed: "1", reference: "X" }),
      "import_too_large",
    );
    await rejects(
      recordRemittance(finance, { companyId: "nope", csv: "#1,1.00", receivedAed: "1", reference: "X" }),
      "not_found",
    );
    expect(await db.companyRemittance.count()).toBe(before);
  });
});

describe("authorization", () => {
  it("a seller, a courier and a delivery manager get not_found everywhere", async () => {
    const k = await newCourier();
    const c = await delivered({ courierId: k.id, amountFils: 1_000 });
    const h = await recordHandover(finance, { courierId: k.id, collectionIds: [c.collection.id], receivedAed: "9" });
    const rem = await recordRemittance(finance, {
      companyId: companyA.id,
      csv: "#1,1.00",
      receivedAed: "1",
      reference: "X",
    });
    const c2 = await delivered({ courierId: k.id, amountFils: 1_000 });
    for (const actor of [sellerActor, courierActor, dmanager]) {
      await rejects(listOutstanding(actor, {}), "not_found");
      await rejects(getCourierCash(actor, k.id), "not_found");
      await rejects(
        recordHandover(actor, { courierId: k.id, collectionIds: [c2.collection.id], receivedAed: "10" }),
        "not_found",
      );
      await rejects(listHandovers(actor, {}), "not_found");
      await rejects(getHandover(actor, h.id), "not_found");
      await rejects(resolveHandover(actor, { handoverId: h.id, version: 0, note: "mine now" }), "not_found");
      await rejects(
        recordRemittance(actor, { companyId: companyA.id, csv: "#1,1.00", receivedAed: "1", reference: "X" }),
        "not_found",
      );
      await rejects(listRemittances(actor, {}), "not_found");
      await rejects(getRemittance(actor, rem.id, {}), "not_found");
      current.actor = actor;
      expect(
        await actions.recordHandoverAction({ courierId: k.id, collectionIds: [c2.collection.id], receivedAed: "10" }),
      ).toMatchObject({ ok: false, error: "not_found" });
    }
    expect(await db.codCollection.findUniqueOrThrow({ where: { id: c2.collection.id } })).toMatchObject({
      handoverId: null,
    });
    current.actor = finance;
    const ok = await actions.recordHandoverAction({
      courierId: k.id,
      collectionIds: [c2.collection.id],
      receivedAed: "9.99",
    });
    expect(ok).toMatchObject({ ok: true, data: { status: "disputed" } });
  });
});
