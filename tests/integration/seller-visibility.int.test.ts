// SPEC §9 security control layer: a courier's report is raw input. Until the delivery manager
// confirms it, the seller's order page, list, REST API and CSV export show "shipped" and
// nothing of the report (outcome, reason, cash, proof, attempt); after the confirmation,
// "delivered" — still without the courier's data.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/api/create-api-token";
import { confirmAttempt } from "@/lib/delivery/confirm-attempts";
import { dispatchOrders } from "@/lib/delivery/dispatch-orders";
import { saveCourier } from "@/lib/delivery/manage-partners";
import { createOrder } from "@/lib/orders/create-order";
import { exportOrders } from "@/lib/orders/export-orders";
import { getOrder } from "@/lib/orders/get-order";
import { listOrders } from "@/lib/orders/list-orders";
import { applyTransition } from "@/lib/orders/transition";
import { GET as listRoute } from "@/app/api/v1/orders/route";
import { GET as oneRoute } from "@/app/api/v1/orders/[code]/route";
import { actorFor, createProduct, createSeller, seedSystemRoles, userWithActor } from "../support/factories";

delete process.env.RATE_LIMIT_MULTIPLIER;

let seller: Actor;
let manager: Actor;
let courierActor: Actor;
let courierId: string;
let token: string;
let productId: string;

const REASON = "Left at the neighbour's door-XYZ";

beforeAll(async () => {
  await seedSystemRoles();
  const s = await createSeller();
  seller = await actorFor(s.user);
  productId = (await createProduct(s.profile.id, { priceFils: 14_250 })).id;
  token = (await createApiToken(seller, { name: "Store" })).token;
  manager = (await userWithActor({ role: "delivery_manager" })).actor;
  const cu = await userWithActor({ role: "delivery_agent" });
  courierActor = cu.actor;
  courierId = (await saveCourier(manager, { kind: "staff", userId: cu.user.id, name: "Visible Courier" })).id;
});

/** Everything the seller can read about one order, as text. */
async function sellerViews(id: string, code: string) {
  const detail = await getOrder(seller, { id });
  const list = await listOrders(seller, { q: code.slice(1) });
  const auth = { headers: { Authorization: `Bearer ${token}` } };
  const one = await oneRoute(new Request("http://x", auth), { params: Promise.resolve({ code: code.slice(1) }) });
  const many = await listRoute(new Request(`http://x/api/v1/orders?q=${encodeURIComponent(code.slice(1))}`, auth));
  const { csv } = await exportOrders(seller, { q: code.slice(1) });
  expect(one.status).toBe(200);
  expect(many.status).toBe(200);
  const oneJson = await one.json();
  const manyJson = await many.json();
  return { detail, list, oneJson, manyJson, csv, all: JSON.stringify([detail, list, oneJson, manyJson]) + csv };
}

describe("sellers see only confirmed delivery updates", () => {
  it("a pending courier report shows as “shipped”, without any of the report; the confirmation shows “delivered”", async () => {
    const created = await createOrder(seller, {
      customerName: "Huda Ali",
      customerPhone: "0501112233",
      emirate: "dubai",
      city: "Dubai",
      area: "JLT",
      street: "Cluster X",
      building: "Tower 2",
      landmark: "",
      lines: [{ productId, quantity: 2 }],
    });
    await db.order.update({ where: { id: created.id }, data: { state: "ready_for_delivery" } });
    await dispatchOrders(manager, { orderIds: [created.id], target: `courier:${courierId}` });

    // The courier reports: delivered, with a note, cash, an OTP proof.
    const attempt = await db.$transaction(async (tx) => {
      const o = await tx.order.findUniqueOrThrow({ where: { id: created.id } });
      const a = await tx.deliveryAttempt.create({
        data: {
          orderId: o.id,
          courierId,
          runId: o.deliveryRunId,
          attemptNo: 1,
          outcome: "delivered",
          reason: REASON,
          codCollectedFils: 12_345,
          proofKind: "otp",
          otpVerified: true,
        },
      });
      await applyTransition(tx, {
        order: { id: o.id, state: "delivery_in_progress", version: o.version },
        transition: "courier_report",
        actor: courierActor,
        note: REASON,
        patch: { deliveryAttempts: { increment: 1 } },
        data: { attemptId: a.id, outcome: "delivered" },
      });
      return a;
    });

    const pending = await sellerViews(created.id, created.code);
    expect(pending.detail.sellerStatus).toBe("shipped");
    expect(pending.detail.state).toBeNull();
    expect(pending.list.rows.map((r) => r.sellerStatus)).toEqual(["shipped"]);
    expect(pending.oneJson.status).toBe("shipped");
    expect(pending.manyJson.data.map((o: { status: string }) => o.status)).toEqual(["shipped"]);
    expect(pending.csv.split("\r\n")[1]).toContain(",shipped,");
    // The history shows the status changes only: processing → shipped, no second "shipped".
    expect(pending.detail.events.map((e) => e.sellerStatus)).toEqual(["pending", "shipped"]);
    for (const leak of [
      REASON,
      attempt.id,
      "12345",
      "123.45",
      "pending_manager_confirmation",
      "courier_report",
      "otp",
      "Visible Courier",
      "delivered",
    ]) {
      expect(pending.all).not.toContain(leak);
    }

    await confirmAttempt(manager, { attemptId: attempt.id, version: attempt.version });
    const done = await sellerViews(created.id, created.code);
    expect(done.detail.sellerStatus).toBe("delivered");
    expect(done.list.rows.map((r) => r.sellerStatus)).toEqual(["delivered"]);
    expect(done.oneJson.status).toBe("delivered");
    expect(done.csv.split("\r\n")[1]).toContain(",delivered,");
    expect(done.detail.events.map((e) => e.sellerStatus)).toEqual(["pending", "shipped", "delivered"]);
    for (const leak of [REASON, attempt.id, "12345", "123.45", "courier_report", "Visible Courier"]) {
      expect(done.all).not.toContain(leak);
    }
  });
});
