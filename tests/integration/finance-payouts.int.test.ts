// Payouts on the embedded PostgreSQL: one live payout per invoice, four-eyes approval, two
// finance users approving / paying at once (paid exactly once), proof of payment required and
// readable by its own seller only, and sellers seeing only their own invoices and payouts.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { readFile } from "@/lib/files/read-file";
import { generateInvoice } from "@/lib/finance/invoices/generate-invoice";
import { getInvoice } from "@/lib/finance/invoices/get-invoice";
import { listInvoices } from "@/lib/finance/invoices/list-invoices";
import { voidInvoice } from "@/lib/finance/invoices/void-invoice";
import { createPayout } from "@/lib/finance/payouts/create-payout";
import { getPayout } from "@/lib/finance/payouts/get-payout";
import { listPayouts } from "@/lib/finance/payouts/list-payouts";
import { payPayout } from "@/lib/finance/payouts/pay-payout";
import { approvePayout, cancelPayout } from "@/lib/finance/payouts/step-payout";
import { uaeYear } from "@/lib/finance/statements/period";
import { getStatement } from "@/lib/finance/statements/get-statement";
import * as payoutActions from "@/lib/finance/payouts/actions";
import {
  actorFor,
  createOrder,
  createSeller,
  createRole,
  createUser,
  seedSystemRoles,
  userWithActor,
} from "../support/factories";
import { outcomeOf, rejects } from "../support/expect";

const current = vi.hoisted(() => ({ actor: null as null | import("@/lib/auth/actor").Actor }));
vi.mock("@/lib/auth/actor", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/actor")>();
  return { ...real, getActor: vi.fn(async () => current.actor) };
});

const OCT = { from: "2026-10-01", to: "2026-10-31" };
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25, 0x25, 0x45, 0x4f, 0x46]);
const proof = (name = "transfer.pdf", bytes: Uint8Array = PDF) => ({ name, file: new Blob([bytes as BlobPart]) });

let creator: Actor; // finance user who requests payouts
let approverA: Actor;
let approverB: Actor;
let seller1: { actor: Actor; sellerId: string };
let seller2: { actor: Actor; sellerId: string };
let courier: Actor;
let creatorId: string;

async function deliveredOrder(sellerId: string, day: number, codFils: number, fee = 2_000) {
  const o = await createOrder(sellerId, creatorId, { state: "delivery_completed", totalFils: codFils });
  const at = new Date(`2026-10-${String(day).padStart(2, "0")}T10:00:00Z`);
  await db.order.update({ where: { id: o.id }, data: { deliveredAt: at } });
  await db.codCollection.create({ data: { orderId: o.id, amountFils: codFils, collectedAt: at } });
  await db.orderFee.create({
    data: {
      orderId: o.id,
      serviceFils: fee,
      fulfillmentFils: 0,
      deliveryFils: 0,
      codFeeFils: 0,
      returnFeeFils: 0,
      totalFils: fee,
    },
  });
  return o;
}

/** An issued invoice for a fresh set of October orders of `sellerId`. */
async function issuedInvoice(sellerId: string, codFils = 50_000, fee = 2_000) {
  await deliveredOrder(sellerId, 5, codFils, fee);
  const st = await getStatement(creator, { sellerId, ...OCT });
  const inv = await generateInvoice(creator, { sellerId, ...OCT, fingerprint: st.fingerprint });
  return db.invoice.findUniqueOrThrow({ where: { id: inv.id } });
}

async function newSeller() {
  const s = await createSeller();
  return { actor: await actorFor(s.user), sellerId: s.profile.id };
}

beforeAll(async () => {
  await seedSystemRoles();
  const c = await userWithActor({ role: "finance", name: "Priya Sharma" });
  creator = c.actor;
  creatorId = c.user.id;
  approverA = (await userWithActor({ role: "finance", name: "Khalid Al Mansoori" })).actor;
  approverB = (await userWithActor({ role: "finance", name: "Third Finance" })).actor;
  seller1 = await newSeller();
  seller2 = await newSeller();
  courier = (await userWithActor({ role: "delivery_agent" })).actor;
});

describe("creating payouts", () => {
  it("numbers a payout of the invoice's payable and refuses a second live one", async () => {
    const inv = await issuedInvoice(seller1.sellerId);
    const p = await createPayout(creator, { invoiceId: inv.id });
    expect(p.number).toMatch(new RegExp(`^PAY-${uaeYear(new Date())}-\\d{5}$`));
    const row = await db.payout.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({
      status: "requested",
      amountFils: 48_000n,
      sellerId: seller1.sellerId,
      createdById: creator.userId,
    });
    await rejects(createPayout(approverA, { invoiceId: inv.id }), "payout_exists");
    expect(await db.auditLog.count({ where: { action: "finance.payout.create", targetId: p.id } })).toBe(1);

    // Cancelled, the invoice may get a new one.
    await rejects(cancelPayout(creator, { payoutId: p.id, version: 0, reason: "" }), "validation");
    await cancelPayout(creator, { payoutId: p.id, version: 0, reason: "wrong bank account" });
    const again = await createPayout(creator, { invoiceId: inv.id });
    expect(again.number).not.toBe(p.number);
    // And the invoice cannot be voided while it has a live payout.
    await rejects(voidInvoice(creator, { invoiceId: inv.id, version: inv.version, reason: "mistake" }), "conflict");
  });

  it("lets only one of two concurrent creations through", async () => {
    const inv = await issuedInvoice(seller2.sellerId);
    const outcomes = await Promise.all(
      [createPayout(creator, { invoiceId: inv.id }), createPayout(approverA, { invoiceId: inv.id })].map(outcomeOf),
    );
    expect(outcomes.sort()).toEqual(["ok", "payout_exists"]);
    expect(await db.payout.count({ where: { invoiceId: inv.id } })).toBe(1);
  });

  it("refuses an invoice where the seller owes, a void one, and non-finance users", async () => {
    const s = await newSeller();
    const owes = await issuedInvoice(s.sellerId, 1_000, 5_000);
    expect(owes.payableFils).toBe(-4_000n);
    await rejects(createPayout(creator, { invoiceId: owes.id }), "invoice_not_payable");
    await voidInvoice(creator, { invoiceId: owes.id, version: owes.version, reason: "re-issue" });
    await rejects(createPayout(creator, { invoiceId: owes.id }), "conflict");
    await rejects(createPayout(s.actor, { invoiceId: owes.id }), "not_found");
    await rejects(createPayout(courier, { invoiceId: owes.id }), "not_found");
  });
});

describe("approving and paying", () => {
  it("keeps four eyes, approves once, pays once with proof, and marks the invoice paid", async () => {
    const s = await newSeller();
    const inv = await issuedInvoice(s.sellerId);
    const p = await createPayout(creator, { invoiceId: inv.id });

    await rejects(approvePayout(creator, { payoutId: p.id, version: 0 }), "payout_self_approval");
    // Not approved yet: cannot be paid.
    await rejects(
      payPayout(approverA, { payoutId: p.id, version: 0, method: "bank_transfer", reference: "TRX-1", proof: proof() }),
      "conflict",
    );

    const approvals = await Promise.all(
      [
        approvePayout(approverA, { payoutId: p.id, version: 0 }),
        approvePayout(approverB, { payoutId: p.id, version: 0 }),
      ].map(outcomeOf),
    );
    expect(approvals.sort()).toEqual(["conflict", "ok"]);
    const approved = await db.payout.findUniqueOrThrow({ where: { id: p.id } });
    expect(approved.status).toBe("approved");
    expect([approverA.userId, approverB.userId]).toContain(approved.approvedById);

    // Proof required, and checked.
    const noProof = await rejects(
      payPayout(approverA, { payoutId: p.id, version: 1, method: "bank_transfer", reference: "TRX-1" } as never),
      "validation",
    );
    expect(noProof.fields).toHaveProperty("proof");
    const badProof = await rejects(
      payPayout(approverA, {
        payoutId: p.id,
        version: 1,
        method: "bank_transfer",
        reference: "TRX-1",
        proof: proof("slip.exe", new Uint8Array([1, 2, 3])),
      }),
      "validation",
    );
    expect(badProof.fields).toHaveProperty("proof");
    await rejects(
      payPayout(approverA, { payoutId: p.id, version: 1, method: "bank_transfer", reference: "", proof: proof() }),
      "validation",
    );

    const pays = await Promise.all(
      [
        payPayout(approverA, {
          payoutId: p.id,
          version: 1,
          method: "bank_transfer",
          reference: "TRX-A",
          proof: proof(),
        }),
        payPayout(approverB, {
          payoutId: p.id,
          version: 1,
          method: "bank_transfer",
          reference: "TRX-B",
          proof: proof(),
        }),
      ].map(outcomeOf),
    );
    expect(pays.sort()).toEqual(["conflict", "ok"]);
    const paid = await db.payout.findUniqueOrThrow({ where: { id: p.id } });
    expect(paid.status).toBe("paid");
    expect(paid.proofFileId).not.toBeNull();
    expect(paid.paidAt).not.toBeNull();
    // The loser's proof was never recorded.
    expect(await db.storedFile.count({ where: { purpose: "payout_proof", sellerId: s.sellerId } })).toBe(1);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: inv.id } })).status).toBe("paid");
    expect(await db.auditLog.count({ where: { action: "finance.payout.pay", targetId: p.id } })).toBe(1);
    // The seller is told once (the losing payment wrote nothing).
    const sellerUserId = (await db.sellerProfile.findUniqueOrThrow({ where: { id: s.sellerId } })).userId;
    const told = await db.notification.findMany({ where: { userId: sellerUserId, type: "payout_paid" } });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ params: { number: paid.number }, link: `/seller/finance/payouts/${p.id}` });
    expect(await db.auditLog.count({ where: { action: "finance.payout.approve", targetId: p.id } })).toBe(1);

    // Paid is final.
    await rejects(
      payPayout(approverA, { payoutId: p.id, version: 2, method: "cash", reference: "again", proof: proof() }),
      "conflict",
    );
    await rejects(cancelPayout(creator, { payoutId: p.id, version: 2, reason: "too late" }), "conflict");
    await rejects(voidInvoice(creator, { invoiceId: inv.id, version: 1, reason: "too late" }), "conflict");
  });

  it("lets only finance roles pay, through the action too", async () => {
    const s = await newSeller();
    const inv = await issuedInvoice(s.sellerId);
    const p = await createPayout(creator, { invoiceId: inv.id });
    await approvePayout(approverA, { payoutId: p.id, version: 0 });
    const args = { payoutId: p.id, version: 1, method: "bank_transfer" as const, reference: "TRX", proof: proof() };
    await rejects(payPayout(s.actor, args), "not_found");
    await rejects(payPayout(courier, args), "not_found");
    // A custom role that may create and approve but not pay.
    const role = await createRole({
      permissions: ["finance.payout.create", "finance.payout.approve", "finance.statements.view_all"],
    });
    const clerk = await actorFor(await createUser({ role }));
    await rejects(payPayout(clerk, args), "not_found");
    current.actor = s.actor;
    expect(await payoutActions.payPayoutAction(args)).toMatchObject({ ok: false, error: "not_found" });
    current.actor = approverB;
    expect(await payoutActions.payPayoutAction(args)).toMatchObject({ ok: true });
    current.actor = null;
    expect((await db.payout.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("paid");
  });
});

describe("what a seller sees", () => {
  it("its own invoices, payouts and proofs; another seller's are not found", async () => {
    const a = await newSeller();
    const b = await newSeller();
    const invA = await issuedInvoice(a.sellerId);
    const invB = await issuedInvoice(b.sellerId);
    const pA = await createPayout(creator, { invoiceId: invA.id });
    const pB = await createPayout(creator, { invoiceId: invB.id });
    for (const p of [pA, pB]) await approvePayout(approverA, { payoutId: p.id, version: 0 });
    const paidA = await payPayout(approverB, {
      payoutId: pA.id,
      version: 1,
      method: "bank_transfer",
      reference: "A",
      proof: proof(),
    });
    const paidB = await payPayout(approverB, {
      payoutId: pB.id,
      version: 1,
      method: "bank_transfer",
      reference: "B",
      proof: proof(),
    });

    expect((await listInvoices(a.actor, {})).rows.map((r) => r.id)).toEqual([invA.id]);
    // The URL's seller filter cannot widen a seller's scope.
    expect((await listInvoices(a.actor, { sellerId: b.sellerId })).rows).toHaveLength(0);
    expect((await listPayouts(a.actor, {})).rows.map((r) => r.id)).toEqual([pA.id]);
    expect((await getInvoice(a.actor, invA.id)).number).toBe(invA.number);
    expect((await getPayout(a.actor, pA.id)).status).toBe("paid");
    await rejects(getInvoice(a.actor, invB.id), "not_found");
    await rejects(getPayout(a.actor, pB.id), "not_found");

    const own = await readFile(a.actor, paidA.proofFileId);
    expect(own.file).toMatchObject({ purpose: "payout_proof", sellerId: a.sellerId, mimeType: "application/pdf" });
    await rejects(readFile(a.actor, paidB.proofFileId), "not_found");
    await rejects(readFile(courier, paidA.proofFileId), "not_found");
    expect((await readFile(approverA, paidB.proofFileId)).file.id).toBe(paidB.proofFileId);

    // Neither a seller nor a courier sees the finance desk's lists.
    await rejects(listInvoices(courier, {}), "not_found");
    await rejects(listPayouts(courier, {}), "not_found");
    // Finance sees both.
    expect((await listPayouts(creator, { sellerId: b.sellerId })).rows.map((r) => r.id)).toEqual([pB.id]);
  });
});
