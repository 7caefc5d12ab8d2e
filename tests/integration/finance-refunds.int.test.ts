// Refunds on the embedded PostgreSQL: approve / pay / cancel keep Return.refundStatus equal to
// the Refund's status in the same transaction, are audited, lose cleanly under concurrency,
// and are not_found for everyone outside finance.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { approveRefund } from "@/lib/finance/refunds/approve-refund";
import { cancelRefund } from "@/lib/finance/refunds/cancel-refund";
import { listRefunds } from "@/lib/finance/refunds/list-refunds";
import { payRefund } from "@/lib/finance/refunds/pay-refund";
import * as actions from "@/lib/finance/refunds/actions";
import { actorFor, createOrder, createRole, createSeller, seedSystemRoles, userWithActor } from "../support/factories";
import { outcomeOf, rejects } from "../support/expect";

const current = vi.hoisted(() => ({ actor: null as null | import("@/lib/auth/actor").Actor }));
vi.mock("@/lib/auth/actor", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/actor")>();
  return { ...real, getActor: vi.fn(async () => current.actor) };
});

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
]);

let finance: Actor;
let finance2: Actor;
let sellerA: { profileId: string; actor: Actor };
let sellerB: { profileId: string; actor: Actor };
let outsiders: Array<[string, Actor]>;
let seq = 0;

/** What the returns inspection leaves behind: an inspected Return with a pending Refund. */
async function pendingRefund(sellerId: string, amountFils = 4_500) {
  seq += 1;
  const order = await createOrder(sellerId, finance.userId, { state: "returned", totalFils: 10_000 });
  const ret = await db.return.create({
    data: {
      code: `RET2611T${String(seq).padStart(4, "0")}`,
      orderId: order.id,
      sellerId,
      source: "refused",
      reason: "refused",
      status: "inspected",
      inspectionResult: "sellable",
      refundFils: amountFils,
      refundStatus: "pending",
    },
  });
  const refund = await db.refund.create({
    data: { returnId: ret.id, orderId: order.id, sellerId, amountFils, status: "pending" },
  });
  return { refund, ret, order };
}

async function state(refundId: string) {
  const r = await db.refund.findUniqueOrThrow({
    where: { id: refundId },
    include: { return: { select: { refundStatus: true } } },
  });
  return { status: r.status, returnStatus: r.return.refundStatus, version: r.version, r };
}

beforeAll(async () => {
  await seedSystemRoles();
  finance = (await userWithActor({ role: "finance", name: "Priya" })).actor;
  finance2 = (await userWithActor({ role: "finance", name: "Khalid" })).actor;
  const a = await createSeller();
  const b = await createSeller();
  sellerA = { profileId: a.profile.id, actor: await actorFor(a.user) };
  sellerB = { profileId: b.profile.id, actor: await actorFor(b.user) };
  const reportsOnly = await createRole({ permissions: ["finance.reports"] });
  outsiders = [
    ["seller", sellerA.actor],
    ["delivery_agent", (await userWithActor({ role: "delivery_agent" })).actor],
    ["delivery_manager", (await userWithActor({ role: "delivery_manager" })).actor],
    ["stock_keeper", (await userWithActor({ role: "stock_keeper" })).actor],
    ["finance.reports only", (await userWithActor({ role: reportsOnly })).actor],
  ];
});

beforeEach(() => {
  current.actor = null;
});

describe("approve, pay, cancel", () => {
  it("approve: pending → approved, Return in step, approver recorded, audited with before/after", async () => {
    const { refund, ret } = await pendingRefund(sellerA.profileId);
    await approveRefund(finance, { refundId: refund.id, version: 0 });
    const s = await state(refund.id);
    expect(s).toMatchObject({ status: "approved", returnStatus: "approved", version: 1 });
    expect(s.r.approvedById).toBe(finance.userId);
    const audit = await db.auditLog.findMany({ where: { action: "refunds.approve", targetId: refund.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(finance.userId);
    expect(audit[0].before).toMatchObject({ status: "pending" });
    expect(audit[0].after).toMatchObject({ status: "approved", returnCode: ret.code, amountFils: 4_500 });
  });

  it("pay: only an approved refund, reference required, proof stored for finance only, Return paid", async () => {
    const { refund } = await pendingRefund(sellerA.profileId, 7_000);
    await rejects(payRefund(finance, { refundId: refund.id, version: 0, reference: "TRX-1" }), "conflict");
    expect(await state(refund.id)).toMatchObject({ status: "pending", returnStatus: "pending", version: 0 });

    await approveRefund(finance, { refundId: refund.id, version: 0 });
    const noRef = await rejects(payRefund(finance, { refundId: refund.id, version: 1, reference: "  " }), "validation");
    expect(noRef.fields.reference).toBe("required");
    const badProof = await rejects(
      payRefund(finance, {
        refundId: refund.id,
        version: 1,
        reference: "TRX-1",
        proof: [{ name: "x.png", file: new Blob([new Uint8Array([1, 2, 3])]) }],
      }),
      "validation",
    );
    expect(badProof.fields.proof).toBe("file_type");

    await payRefund(finance2, {
      refundId: refund.id,
      version: 1,
      reference: "TRX-7781",
      proof: [{ name: "transfer.png", file: new Blob([PNG]) }],
    });
    const s = await state(refund.id);
    expect(s).toMatchObject({ status: "paid", returnStatus: "paid", version: 2 });
    expect(s.r.reference).toBe("TRX-7781");
    expect(s.r.paidAt).not.toBeNull();
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: s.r.proofFileId! } });
    expect(file).toMatchObject({
      purpose: "payout_proof",
      sellerId: null,
      uploadedById: finance2.userId,
      mimeType: "image/png",
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "refunds.pay", targetId: refund.id } });
    expect(audit.after).toMatchObject({ status: "paid", reference: "TRX-7781", proofFileId: file.id });

    // Paid is final: neither cancelled nor paid twice.
    await rejects(cancelRefund(finance, { refundId: refund.id, version: 2, reason: "changed our mind" }), "conflict");
    await rejects(payRefund(finance, { refundId: refund.id, version: 2, reference: "TRX-2" }), "conflict");
    expect(await state(refund.id)).toMatchObject({ status: "paid", returnStatus: "paid" });
  });

  it("cancel: pending or approved, with a reason in the audit row; not once it is on a statement", async () => {
    const one = await pendingRefund(sellerA.profileId);
    const short = await rejects(
      cancelRefund(finance, { refundId: one.refund.id, version: 0, reason: "x" }),
      "validation",
    );
    expect(short.fields.reason).toBe("reason_required");
    await cancelRefund(finance, { refundId: one.refund.id, version: 0, reason: "Customer kept the goods" });
    expect(await state(one.refund.id)).toMatchObject({ status: "cancelled", returnStatus: "cancelled", version: 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "refunds.cancel", targetId: one.refund.id } });
    expect(audit.after).toMatchObject({ status: "cancelled", reason: "Customer kept the goods" });
    await rejects(approveRefund(finance, { refundId: one.refund.id, version: 1 }), "conflict");

    const two = await pendingRefund(sellerA.profileId);
    await approveRefund(finance, { refundId: two.refund.id, version: 0 });
    const invoice = await db.invoice.create({
      data: {
        number: `INV-T-${seq}`,
        sellerId: sellerA.profileId,
        periodStart: new Date("2026-11-01"),
        periodEnd: new Date("2026-11-30"),
      },
    });
    await db.refund.update({ where: { id: two.refund.id }, data: { invoiceId: invoice.id } });
    await rejects(
      cancelRefund(finance, { refundId: two.refund.id, version: 1, reason: "duplicate refund" }),
      "conflict",
    );
    expect(await state(two.refund.id)).toMatchObject({ status: "approved", returnStatus: "approved" });
  });

  it("a stale version is a conflict and changes nothing; an unknown id is not_found", async () => {
    const { refund } = await pendingRefund(sellerB.profileId);
    await rejects(approveRefund(finance, { refundId: refund.id, version: 3 }), "conflict");
    expect(await state(refund.id)).toMatchObject({ status: "pending", returnStatus: "pending", version: 0 });
    await rejects(approveRefund(finance, { refundId: "nope", version: 0 }), "not_found");
    expect(await db.auditLog.count({ where: { targetId: refund.id } })).toBe(0);
  });
});

describe("two finance users at once", () => {
  it("concurrent approvals of the same refund: exactly one wins, one audit row", async () => {
    const { refund } = await pendingRefund(sellerA.profileId);
    const results = await Promise.all([
      outcomeOf(approveRefund(finance, { refundId: refund.id, version: 0 })),
      outcomeOf(approveRefund(finance2, { refundId: refund.id, version: 0 })),
      outcomeOf(approveRefund(finance, { refundId: refund.id, version: 0 })),
    ]);
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "conflict")).toHaveLength(2);
    expect(await state(refund.id)).toMatchObject({ status: "approved", returnStatus: "approved", version: 1 });
    expect(await db.auditLog.count({ where: { action: "refunds.approve", targetId: refund.id } })).toBe(1);
  });

  it("approve racing cancel: one of them wins and the Return matches the winner", async () => {
    const { refund } = await pendingRefund(sellerA.profileId);
    const [a, c] = await Promise.all([
      outcomeOf(approveRefund(finance, { refundId: refund.id, version: 0 })),
      outcomeOf(cancelRefund(finance2, { refundId: refund.id, version: 0, reason: "Duplicate of another refund" })),
    ]);
    expect([a, c].sort()).toEqual(["conflict", "ok"]);
    const s = await state(refund.id);
    expect(s.status).toBe(a === "ok" ? "approved" : "cancelled");
    expect(s.returnStatus).toBe(s.status);
  });
});

describe("who may", () => {
  it("everyone outside finance gets not_found from every use-case and action, and nothing changes", async () => {
    const { refund } = await pendingRefund(sellerA.profileId);
    for (const [who, actor] of outsiders) {
      await rejects(approveRefund(actor, { refundId: refund.id, version: 0 }), "not_found");
      await rejects(payRefund(actor, { refundId: refund.id, version: 0, reference: "X" }), "not_found");
      await rejects(
        cancelRefund(actor, { refundId: refund.id, version: 0, reason: "not mine to cancel" }),
        "not_found",
      );
      await rejects(listRefunds(actor, {}), "not_found");
      current.actor = actor;
      const res = await actions.approveRefundAction({ refundId: refund.id, version: 0 });
      expect(res, who).toEqual({ ok: false, error: "not_found" });
      expect(
        await actions.cancelRefundAction({ refundId: refund.id, version: 0, reason: "not mine to cancel" }),
      ).toEqual({ ok: false, error: "not_found" });
    }
    expect(await state(refund.id)).toMatchObject({ status: "pending", returnStatus: "pending", version: 0 });
  });

  it("the action runs the use-case for finance", async () => {
    const { refund } = await pendingRefund(sellerB.profileId);
    current.actor = finance;
    expect(await actions.approveRefundAction({ refundId: refund.id, version: 0 })).toEqual({
      ok: true,
      data: { status: "approved" },
    });
    expect(await actions.approveRefundAction({ refundId: refund.id, version: 0 })).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect(await actions.payRefundAction({ refundId: refund.id, version: 1, reference: "" })).toMatchObject({
      ok: false,
      error: "validation",
      fields: { reference: "required" },
    });
  });
});

describe("the refund desk list", () => {
  it("filters by status and seller, newest first, with totals per status", async () => {
    const mine = await pendingRefund(sellerB.profileId, 1_234);
    const page = await listRefunds(finance, { status: "pending", sellerId: sellerB.profileId });
    expect(page.rows.every((r) => r.status === "pending" && r.seller.id === sellerB.profileId)).toBe(true);
    expect(page.rows[0].id).toBe(mine.refund.id);
    expect(page.rows[0].return.code).toBe(mine.ret.code);
    const expected = await db.refund.aggregate({
      where: { sellerId: sellerB.profileId, status: "pending" },
      _count: { _all: true },
      _sum: { amountFils: true },
    });
    expect(page.total).toBe(expected._count._all);
    expect(page.byStatus.pending).toEqual({ count: expected._count._all, sumFils: expected._sum.amountFils });
    const all = await listRefunds(finance, { status: "bogus" as never });
    expect(all.filters.status).toBeUndefined();
    expect(all.total).toBe(await db.refund.count());
  });
});
