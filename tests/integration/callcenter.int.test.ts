// The call center on the embedded PostgreSQL: atomic claiming, outcomes, callbacks,
// escalations, stock reservation under concurrency, and who may do what.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createOrder as createRealOrder } from "@/lib/orders/create-order";
import { getOrder } from "@/lib/orders/get-order";
import { assignOrders } from "@/lib/callcenter/assign-orders";
import { autoAssign } from "@/lib/callcenter/auto-assign";
import { claimUnassignedOrder, nextOrder } from "@/lib/callcenter/claim-next";
import { getCallOrder } from "@/lib/callcenter/get-call-order";
import { listAgentQueue } from "@/lib/callcenter/list-agent-queue";
import { listQueue } from "@/lib/callcenter/list-queue";
import { recordOutcome } from "@/lib/callcenter/record-outcome";
import { releaseDueCallbacks } from "@/lib/callcenter/release-due-callbacks";
import { resolveEscalation } from "@/lib/callcenter/resolve-escalation";
import { retryReservations } from "@/lib/callcenter/retry-reservations";
import { startCall } from "@/lib/callcenter/start-call";
import { startShift } from "@/lib/callcenter/start-shift";
import { endShift } from "@/lib/callcenter/end-shift";
import { clearSettingsCache } from "@/lib/settings/get-settings";
import { instantToUaeLocal } from "@/lib/time/uae-day";
import * as actions from "@/lib/callcenter/actions";
import { actorFor, createProduct, createSeller, seedSystemRoles, userWithActor } from "../support/factories";
import { outcomeOf } from "../support/expect";
import { balanceOf, createBin, createWarehouse, receiveStock } from "../support/stock";

const current = vi.hoisted(() => ({ actor: null as null | import("@/lib/auth/actor").Actor }));
vi.mock("@/lib/auth/actor", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/actor")>();
  return { ...real, getActor: vi.fn(async () => current.actor) };
});

let sellerActor: Actor;
let otherSellerActor: Actor;
let manager: Actor;
let agentA: Actor;
let agentB: Actor;
let packer: Actor;
let productId: string;
let binId: string;

async function setSetting(key: string, value: unknown) {
  await db.setting.upsert({
    where: { key },
    update: { value: value as never },
    create: { key, value: value as never },
  });
  clearSettingsCache();
}

/** A real order (encrypted PII, lines) through the seller's createOrder. */
async function newOrder(quantity = 1, opts: { product?: string; phone?: string } = {}) {
  return createRealOrder(sellerActor, {
    customerName: "Mariam Saeed",
    customerPhone: opts.phone ?? `050${Math.floor(1_000_000 + Math.random() * 8_999_999)}`,
    emirate: "dubai",
    city: "Dubai",
    area: "Al Barsha",
    street: "Street 12",
    building: "Villa 4",
    landmark: "",
    lines: [{ productId: opts.product ?? productId, quantity }],
  });
}

async function assignedOrder(agent: Actor, quantity = 1, opts: { product?: string } = {}) {
  const o = await newOrder(quantity, opts);
  await assignOrders(manager, { orderIds: [o.id], agentId: agent.userId });
  return db.order.findUniqueOrThrow({ where: { id: o.id } });
}

beforeAll(async () => {
  await seedSystemRoles();
  const s = await createSeller();
  sellerActor = await actorFor(s.user);
  const s2 = await createSeller();
  otherSellerActor = await actorFor(s2.user);
  manager = (await userWithActor({ role: "callcenter_manager" })).actor;
  agentA = (await userWithActor({ role: "callcenter_agent", name: "Agent A" })).actor;
  agentB = (await userWithActor({ role: "callcenter_agent", name: "Agent B" })).actor;
  packer = (await userWithActor({ role: "packaging_agent" })).actor;
  productId = (await createProduct(s.profile.id)).id;
  const wh = await createWarehouse({ emirate: "dubai" });
  binId = (await createBin(wh.id, { kind: "storage" })).id;
  await receiveStock(productId, binId, 1_000);
});

beforeEach(async () => {
  current.actor = null;
  await db.setting.deleteMany({});
  clearSettingsCache();
});

describe("claiming the next order", () => {
  it("20 agents pressing “next” concurrently over 100 orders: every order claimed exactly once", async () => {
    await db.order.updateMany({ where: { state: "seller_submitted" }, data: { state: "cancelled" } });
    const created: string[] = [];
    for (let i = 0; i < 100; i++) created.push((await newOrder()).id);
    const agents = await Promise.all(
      Array.from({ length: 20 }, (_, i) => userWithActor({ role: "callcenter_agent", name: `Claimer ${i}` })),
    );
    const claims = await Promise.all(
      agents.map(async ({ actor }) => {
        const mine: string[] = [];
        for (;;) {
          const id = await claimUnassignedOrder(actor);
          if (!id) return mine;
          mine.push(id);
        }
      }),
    );
    const all = claims.flat();
    expect(all).toHaveLength(100);
    expect(new Set(all).size).toBe(100);
    expect(new Set(all)).toEqual(new Set(created));
    // Each order belongs to the agent who claimed it, with exactly one claim event.
    for (const [i, ids] of claims.entries()) {
      const rows = await db.order.findMany({
        where: { id: { in: ids } },
        select: { assignedAgentId: true, state: true },
      });
      expect(rows.every((r) => r.assignedAgentId === agents[i].actor.userId && r.state === "callcenter_review")).toBe(
        true,
      );
    }
    const events = await db.orderEvent.groupBy({
      by: ["orderId"],
      where: { orderId: { in: created }, data: { path: ["transition"], equals: "claim_next" } },
      _count: { _all: true },
    });
    expect(events).toHaveLength(100);
    expect(events.every((e) => e._count._all === 1)).toBe(true);
    expect(claims.filter((c) => c.length > 0).length).toBeGreaterThan(1);
  });

  it("“next order” serves the agent's own due work before claiming a new order", async () => {
    const agent = (await userWithActor({ role: "callcenter_agent" })).actor;
    const own = await assignedOrder(agent);
    expect((await nextOrder(agent)).orderId).toBe(own.id);
    // After a no-answer the order waits for its retry time; the next press claims a new one.
    await recordOutcome(agent, { orderId: own.id, version: own.version, outcome: "no_answer" });
    const fresh = await newOrder();
    await db.order.updateMany({
      where: { state: "seller_submitted", id: { not: fresh.id } },
      data: { state: "cancelled" },
    });
    const next = await nextOrder(agent);
    expect(next).toEqual({ orderId: fresh.id, claimed: true });
  });
});

describe("call outcomes", () => {
  it("confirmed: stock reserved, order approved, call logged with server times; the seller sees “confirmed” without notes", async () => {
    const o = await assignedOrder(agentA, 2);
    const before = await balanceOf(productId, binId);
    await startCall(agentA, { orderId: o.id });
    const res = await recordOutcome(agentA, {
      orderId: o.id,
      version: o.version,
      outcome: "confirmed",
      note: "Customer wants delivery after 5pm",
    });
    expect(res).toEqual({ outcome: "confirmed", state: "callcenter_approved" });
    const after = await balanceOf(productId, binId);
    expect(after.reserved - before.reserved).toBe(2);
    const call = await db.callLog.findFirstOrThrow({ where: { orderId: o.id } });
    expect(call).toMatchObject({
      agentId: agentA.userId,
      outcome: "confirmed",
      attemptNo: 1,
      note: "Customer wants delivery after 5pm",
    });
    expect(call.endedAt!.getTime()).toBeGreaterThanOrEqual(call.startedAt.getTime());
    expect(call.durationSec).toBeGreaterThanOrEqual(0);
    const detail = await getOrder(sellerActor, { id: o.id });
    expect(detail.sellerStatus).toBe("confirmed");
    expect(JSON.stringify(detail.events)).not.toContain("5pm");
    expect(detail.state).toBeNull();
  });

  it("confirmed with corrections: quantities and address change, totals follow, the reservation uses the new quantity", async () => {
    const o = await assignedOrder(agentA, 1);
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: o.id } });
    const before = await balanceOf(productId, binId);
    await recordOutcome(agentA, {
      orderId: o.id,
      version: o.version,
      outcome: "confirmed",
      corrections: {
        city: "Dubai",
        area: "JLT",
        street: "Cluster D",
        building: "Tower 3, flat 1204",
        landmark: "Near the metro",
        lines: [{ lineId: line.id, quantity: 3 }],
      },
    });
    const updated = await db.order.findUniqueOrThrow({ where: { id: o.id }, include: { lines: true } });
    expect(updated.lines[0].quantity).toBe(3);
    expect(updated.totalFils).toBe(line.unitPriceFils * 3);
    expect(updated.area).toBe("JLT");
    expect((await balanceOf(productId, binId)).reserved - before.reserved).toBe(3);
    const detail = await getCallOrder(agentA, { id: o.id });
    expect(detail.building).toBe("Tower 3, flat 1204");
    // The event records which lines changed, never the address itself (PII).
    const ev = await db.orderEvent.findFirstOrThrow({ where: { orderId: o.id, type: "corrected" } });
    expect(JSON.stringify(ev.data)).not.toContain("Cluster D");
  });

  it("a correction naming another order's line is refused and changes nothing", async () => {
    const o = await assignedOrder(agentA, 1);
    const other = await newOrder(1);
    const foreignLine = await db.orderLine.findFirstOrThrow({ where: { orderId: other.id } });
    const err = await recordOutcome(agentA, {
      orderId: o.id,
      version: o.version,
      outcome: "confirmed",
      corrections: { city: "Dubai", street: "Street 12", lines: [{ lineId: foreignLine.id, quantity: 5 }] },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fields).toEqual({ "corrections.lines.0.quantity": "line_invalid" });
    const after = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    expect(after.version).toBe(o.version);
    expect(await db.callLog.count({ where: { orderId: o.id } })).toBe(0);
    expect((await db.orderLine.findFirstOrThrow({ where: { id: foreignLine.id } })).quantity).toBe(1);
  });

  it("no answer: retries, and after the final attempt the manager is notified (setting: escalate)", async () => {
    await setSetting("callcenter.maxAttempts", 3);
    const o = await assignedOrder(agentA);
    let v = o.version;
    for (const expected of ["callcenter_review", "callcenter_review", "no_answer"]) {
      const r = await recordOutcome(agentA, { orderId: o.id, version: v, outcome: "no_answer" });
      expect(r.state).toBe(expected);
      v = (await db.order.findUniqueOrThrow({ where: { id: o.id } })).version;
    }
    const row = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    expect(row.callAttempts).toBe(3);
    expect(await db.callLog.count({ where: { orderId: o.id, outcome: "no_answer" } })).toBe(3);
    const notes = await db.notification.findMany({ where: { userId: manager.userId, type: "no_answer_final" } });
    expect(notes.some((n) => (n.params as { code: string }).code === o.code)).toBe(true);
  });

  it("no answer after the final attempt cancels the order when the setting says so", async () => {
    await setSetting("callcenter.maxAttempts", 1);
    await setSetting("callcenter.afterFinalNoAnswer", "cancel");
    const o = await assignedOrder(agentA);
    const r = await recordOutcome(agentA, { orderId: o.id, version: o.version, outcome: "no_answer" });
    expect(r.state).toBe("cancelled");
    expect((await db.order.findUniqueOrThrow({ where: { id: o.id } })).cancelReason).toBe("no_answer_final");
    expect((await getOrder(sellerActor, { id: o.id })).sellerStatus).toBe("cancelled");
  });

  it("postponed: the callback must be in the future and within the limit; when due the order returns to the agent, who is notified once", async () => {
    const o = await assignedOrder(agentA);
    const now = Date.now();
    for (const [callbackAt, field] of [
      ["not a date", "callback_invalid"],
      [instantToUaeLocal(new Date(now - 3_600_000)), "callback_past"],
      [instantToUaeLocal(new Date(now + 30 * 86_400_000)), "callback_too_far"],
    ] as const) {
      const err = await recordOutcome(agentA, {
        orderId: o.id,
        version: o.version,
        outcome: "postponed",
        callbackAt,
      }).catch((e) => e);
      expect(err.fields?.callbackAt, callbackAt).toBe(field);
    }
    expect(await db.callLog.count({ where: { orderId: o.id } })).toBe(0);

    const at = instantToUaeLocal(new Date(now + 2 * 3_600_000));
    expect(
      (await recordOutcome(agentA, { orderId: o.id, version: o.version, outcome: "postponed", callbackAt: at })).state,
    ).toBe("postponed");
    const postponed = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    expect(instantToUaeLocal(postponed.callbackAt!)).toBe(at);

    // Not yet due: nothing moves.
    await releaseDueCallbacks(new Date(now + 3_600_000));
    expect((await db.order.findUniqueOrThrow({ where: { id: o.id } })).state).toBe("postponed");
    // Due: two sweeps at once move it (and notify) exactly once.
    const later = new Date(now + 3 * 3_600_000);
    await Promise.all([releaseDueCallbacks(later), releaseDueCallbacks(later)]);
    const back = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    expect(back.state).toBe("callcenter_review");
    expect(back.assignedAgentId).toBe(agentA.userId);
    const notes = await db.notification.findMany({ where: { userId: agentA.userId, type: "callback_due" } });
    expect(notes.filter((n) => (n.params as { code: string }).code === o.code)).toHaveLength(1);
  });

  it("an order cannot be postponed more often than the setting allows", async () => {
    await setSetting("callcenter.maxPostpones", 1);
    const o = await assignedOrder(agentA);
    const at = () => instantToUaeLocal(new Date(Date.now() + 3_600_000));
    await recordOutcome(agentA, { orderId: o.id, version: o.version, outcome: "postponed", callbackAt: at() });
    await releaseDueCallbacks(new Date(Date.now() + 2 * 3_600_000));
    const back = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    expect(
      await outcomeOf(
        recordOutcome(agentA, { orderId: o.id, version: back.version, outcome: "postponed", callbackAt: at() }),
      ),
    ).toBe("postpone_limit");
  });

  it("cancelled needs a reason from the list (and a note for “other”)", async () => {
    const o = await assignedOrder(agentA);
    const bad = await recordOutcome(agentA, {
      orderId: o.id,
      version: o.version,
      outcome: "cancelled",
      cancelReason: "made_up" as never,
    }).catch((e) => e);
    expect(bad.fields?.cancelReason).toBe("required");
    const other = await recordOutcome(agentA, {
      orderId: o.id,
      version: o.version,
      outcome: "cancelled",
      cancelReason: "other",
    }).catch((e) => e);
    expect(other.fields?.note).toBe("note_required");
    expect(
      (
        await recordOutcome(agentA, {
          orderId: o.id,
          version: o.version,
          outcome: "cancelled",
          cancelReason: "wrong_number",
        })
      ).state,
    ).toBe("cancelled");
    expect((await db.callLog.findFirstOrThrow({ where: { orderId: o.id } })).cancelReason).toBe("wrong_number");
    // The seller is told (in-app), with a link to its own order page.
    const note = await db.notification.findFirstOrThrow({
      where: { userId: sellerActor.userId, type: "order_cancelled", link: `/seller/orders/${o.id}` },
    });
    expect(note.params).toEqual({ code: o.code });
  });

  it("escalate needs a note; the manager is notified and decides: back to an agent, approve (reserves) or cancel", async () => {
    const o = await assignedOrder(agentA);
    expect(
      (
        await recordOutcome(agentA, { orderId: o.id, version: o.version, outcome: "escalated", note: "" }).catch(
          (e) => e,
        )
      ).fields?.note,
    ).toBe("note_required");
    await recordOutcome(agentA, {
      orderId: o.id,
      version: o.version,
      outcome: "escalated",
      note: "Customer asks for a discount",
    });
    expect(await db.notification.count({ where: { userId: manager.userId, type: "order_escalated" } })).toBeGreaterThan(
      0,
    );

    let row = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    await resolveEscalation(manager, {
      orderId: o.id,
      version: row.version,
      decision: "return",
      agentId: agentB.userId,
    });
    row = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    expect(row).toMatchObject({ state: "callcenter_review", assignedAgentId: agentB.userId, callAttempts: 0 });
    await recordOutcome(agentB, {
      orderId: o.id,
      version: row.version,
      outcome: "escalated",
      note: "Still wants a discount",
    });
    row = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    const before = await balanceOf(productId, binId);
    expect((await resolveEscalation(manager, { orderId: o.id, version: row.version, decision: "approve" })).state).toBe(
      "callcenter_approved",
    );
    expect((await balanceOf(productId, binId)).reserved - before.reserved).toBe(1);

    const o2 = await assignedOrder(agentA);
    await recordOutcome(agentA, { orderId: o2.id, version: o2.version, outcome: "escalated", note: "Fake address" });
    const r2 = await db.order.findUniqueOrThrow({ where: { id: o2.id } });
    expect(
      (
        await resolveEscalation(manager, {
          orderId: o2.id,
          version: r2.version,
          decision: "cancel",
          cancelReason: "fake_order",
        })
      ).state,
    ).toBe("cancelled");
    // An agent cannot decide escalations.
    expect(
      await outcomeOf(resolveEscalation(agentA, { orderId: o2.id, version: r2.version + 1, decision: "return" })),
    ).toBe("not_found");
  });
});

describe("concurrency", () => {
  it("two submits of the same confirmation at once: exactly one succeeds, the other gets “order changed”", async () => {
    const o = await assignedOrder(agentA);
    const before = await balanceOf(productId, binId);
    const results = await Promise.all([
      outcomeOf(recordOutcome(agentA, { orderId: o.id, version: o.version, outcome: "confirmed" })),
      outcomeOf(recordOutcome(agentA, { orderId: o.id, version: o.version, outcome: "confirmed" })),
    ]);
    expect(results.sort()).toEqual(["ok", "order_changed"]);
    expect((await balanceOf(productId, binId)).reserved - before.reserved).toBe(1);
    expect(await db.callLog.count({ where: { orderId: o.id } })).toBe(1);
  });

  it("an agent confirming while the manager reassigns the order: one wins, the other is told the order changed", async () => {
    for (let i = 0; i < 5; i++) {
      const o = await assignedOrder(agentA);
      const [confirm, reassign] = await Promise.all([
        outcomeOf(recordOutcome(agentA, { orderId: o.id, version: o.version, outcome: "confirmed" })),
        assignOrders(manager, { orderIds: [o.id], agentId: agentB.userId }),
      ]);
      const row = await db.order.findUniqueOrThrow({ where: { id: o.id } });
      if (confirm === "ok") {
        expect(reassign).toEqual({ assigned: 0, skipped: 1 });
        expect(row).toMatchObject({ state: "callcenter_approved", assignedAgentId: agentA.userId });
      } else {
        expect(confirm).toBe("order_changed");
        expect(reassign).toEqual({ assigned: 1, skipped: 0 });
        expect(row).toMatchObject({ state: "callcenter_review", assignedAgentId: agentB.userId });
        expect(await db.callLog.count({ where: { orderId: o.id } })).toBe(0);
        // Agent B, now assigned, confirms with the new version.
        expect((await recordOutcome(agentB, { orderId: o.id, version: row.version, outcome: "confirmed" })).state).toBe(
          "callcenter_approved",
        );
      }
    }
  });

  it("confirming 25 orders at once for the last 10 units: exactly 10 reservations, the rest wait, stock never negative", async () => {
    const { profile } = await createSeller();
    const sellerB = await actorFor(await db.user.findUniqueOrThrow({ where: { id: profile.userId } }));
    const scarce = (await createProduct(profile.id)).id;
    const bin = (await createBin((await createWarehouse({ emirate: "dubai" })).id, { kind: "storage" })).id;
    await receiveStock(scarce, bin, 10);
    const agents = await Promise.all(Array.from({ length: 5 }, () => userWithActor({ role: "callcenter_agent" })));
    const orders = [];
    for (let i = 0; i < 25; i++) {
      const created = await createRealOrder(sellerB, {
        customerName: `Buyer ${i}`,
        customerPhone: `0501${String(100_000 + i)}`,
        emirate: "dubai",
        city: "Dubai",
        street: "Main street",
        lines: [{ productId: scarce, quantity: 1 }],
      });
      const agent = agents[i % 5].actor;
      await assignOrders(manager, { orderIds: [created.id], agentId: agent.userId });
      orders.push({ agent, row: await db.order.findUniqueOrThrow({ where: { id: created.id } }) });
    }
    const results = await Promise.all(
      orders.map(({ agent, row }) =>
        recordOutcome(agent, { orderId: row.id, version: row.version, outcome: "confirmed" }),
      ),
    );
    expect(results.filter((r) => r.state === "callcenter_approved")).toHaveLength(10);
    const waiting = results.filter((r) => r.shortages);
    expect(waiting).toHaveLength(15);
    expect(waiting[0].shortages![0]).toMatchObject({ productId: scarce, requested: 1, available: 0 });
    expect(await balanceOf(scarce, bin)).toMatchObject({ onHand: 10, reserved: 10 });
    expect(
      await db.order.count({
        where: { id: { in: orders.map((o) => o.row.id) }, state: "callcenter_review", backorderedAt: { not: null } },
      }),
    ).toBe(15);

    // New stock arrives: the manager retries the waiting ones, oldest first; 5 more fit.
    await receiveStock(scarce, bin, 5);
    const retry = await retryReservations(manager, { orderIds: orders.map((o) => o.row.id) });
    expect(retry).toEqual({ reserved: 5, stillShort: 10 });
    expect(await balanceOf(scarce, bin)).toMatchObject({ onHand: 15, reserved: 15 });
    const backordered = await listQueue(manager, { view: "backordered", sellerId: profile.id });
    expect(backordered.total).toBe(10);
  });
});

describe("assignment", () => {
  it("auto-assign spreads the oldest unassigned orders over agents on shift (least-loaded), never to agents off shift", async () => {
    await db.order.updateMany({ where: { state: "seller_submitted" }, data: { state: "cancelled" } });
    await db.agentShift.updateMany({ where: { endedAt: null }, data: { endedAt: new Date() } });
    expect(await outcomeOf(autoAssign(manager, {}))).toBe("no_agents_on_shift");
    const [x, y, off] = await Promise.all([0, 1, 2].map(() => userWithActor({ role: "callcenter_agent" })));
    await startShift(x.actor);
    await startShift(x.actor); // idempotent
    await startShift(y.actor);
    await assignedOrder(x.actor); // x already holds one open order
    for (let i = 0; i < 5; i++) await newOrder();
    const r = await autoAssign(manager, {});
    expect(r.assigned).toBe(5);
    expect(r.perAgent).toEqual({ [y.actor.userId]: 3, [x.actor.userId]: 2 });
    expect(await db.order.count({ where: { assignedAgentId: off.actor.userId } })).toBe(0);
    expect(await db.notification.count({ where: { userId: y.actor.userId, type: "orders_assigned" } })).toBe(1);
    await endShift(x.actor);
    await endShift(y.actor);
  });

  it("round-robin takes turns; two managers auto-assigning at once never assign an order twice", async () => {
    await setSetting("callcenter.autoAssignMode", "round_robin");
    await db.order.updateMany({ where: { state: "seller_submitted" }, data: { state: "cancelled" } });
    await db.agentShift.updateMany({ where: { endedAt: null }, data: { endedAt: new Date() } });
    const agents = await Promise.all([0, 1, 2].map(() => userWithActor({ role: "callcenter_agent" })));
    for (const a of agents) await startShift(a.actor);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await newOrder()).id);
    const manager2 = (await userWithActor({ role: "callcenter_manager" })).actor;
    const [r1, r2] = await Promise.all([autoAssign(manager, { max: 20 }), autoAssign(manager2, { max: 20 })]);
    expect(r1.assigned + r2.assigned).toBe(30);
    const events = await db.orderEvent.count({
      where: { orderId: { in: ids }, data: { path: ["transition"], equals: "assign_agent" } },
    });
    expect(events).toBe(30);
    const counts = await db.order.groupBy({
      by: ["assignedAgentId"],
      where: { id: { in: ids } },
      _count: { _all: true },
    });
    expect(counts.map((c) => c._count._all).sort()).toEqual([10, 10, 10]);
  });

  it("assigning to someone who cannot take calls is refused", async () => {
    const o = await newOrder();
    const err = await assignOrders(manager, { orderIds: [o.id], agentId: packer.userId }).catch((e) => e);
    expect(err.fields).toEqual({ agentId: "agent_invalid" });
    expect((await db.order.findUniqueOrThrow({ where: { id: o.id } })).state).toBe("seller_submitted");
  });
});

describe("authorization", () => {
  it("an agent cannot open or act on an order assigned to another agent", async () => {
    const o = await assignedOrder(agentA);
    expect(await outcomeOf(getCallOrder(agentB, { id: o.id }))).toBe("not_found");
    expect(await outcomeOf(recordOutcome(agentB, { orderId: o.id, version: o.version, outcome: "confirmed" }))).toBe(
      "not_found",
    );
    expect(await outcomeOf(startCall(agentB, { orderId: o.id }))).toBe("not_found");
    expect((await listAgentQueue(agentB, {})).queue.rows.map((r) => r.id)).not.toContain(o.id);
    expect((await db.order.findUniqueOrThrow({ where: { id: o.id } })).version).toBe(o.version);
    // The assigned agent and the manager can.
    expect((await getCallOrder(agentA, { id: o.id })).customerName).toBe("Mariam Saeed");
    expect((await getCallOrder(manager, { id: o.id })).canCall).toBe(false);
  });

  it("sellers, packers and agents get not_found from every call-center action they lack, and nothing changes", async () => {
    const o = await assignedOrder(agentA);
    const calls: Array<[string, () => Promise<{ ok: boolean; error?: string }>]> = [
      ["next", () => actions.nextOrderAction({})],
      ["startCall", () => actions.startCallAction({ orderId: o.id })],
      ["outcome", () => actions.recordOutcomeAction({ orderId: o.id, version: o.version, outcome: "confirmed" })],
      ["startShift", () => actions.startShiftAction({})],
      ["endShift", () => actions.endShiftAction({})],
      ["assign", () => actions.assignOrdersAction({ orderIds: [o.id], agentId: agentB.userId })],
      ["auto", () => actions.autoAssignAction({})],
      ["retry", () => actions.retryReservationsAction({ orderIds: [o.id] })],
      ["resolve", () => actions.resolveEscalationAction({ orderId: o.id, version: o.version, decision: "approve" })],
    ];
    for (const who of [sellerActor, otherSellerActor, packer]) {
      current.actor = who;
      for (const [name, call] of calls) expect((await call()).error, `${who.email} ${name}`).toBe("not_found");
    }
    // An agent holds callcenter.call but not the manager's actions.
    current.actor = agentB;
    for (const [name, call] of calls.filter(([n]) =>
      ["assign", "auto", "retry", "resolve", "outcome", "startCall"].includes(n),
    )) {
      expect((await call()).error, `agent ${name}`).toBe("not_found");
    }
    const row = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    expect(row).toMatchObject({
      version: o.version,
      state: "callcenter_review",
      assignedAgentId: agentA.userId,
      callStartedAt: null,
    });
    // The seller's own order page still works for the seller; the call screen does not.
    expect(await outcomeOf(getCallOrder(sellerActor, { id: o.id }))).toBe("not_found");
    expect(await outcomeOf(listQueue(agentA, {}))).toBe("not_found");
  });

  it("the manager's actions work through the same action layer", async () => {
    const o = await newOrder();
    current.actor = manager;
    const res = await actions.assignOrdersAction({ orderIds: [o.id], agentId: agentA.userId });
    expect(res).toEqual({ ok: true, data: { assigned: 1, skipped: 0 } });
    const bad = await actions.assignOrdersAction({ orderIds: [], agentId: agentA.userId });
    expect(bad).toMatchObject({ ok: false, error: "validation", fields: { orderIds: "select_orders" } });
  });
});
