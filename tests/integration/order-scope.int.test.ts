// orderScope(actor): who sees which orders, checked through real queries and the dashboard counts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { orderScope, PACKING_STATES } from "@/lib/orders/scope";
import { countOrdersByState, countOrdersBySellerStatus } from "@/lib/dashboard/order-counts";
import { ORDER_STATES, sellerStatusOf, type OrderState } from "@/lib/orders/workflow";
import { actorFor, createCourier, createOrder, createSeller, createUser, userWithActor } from "../support/factories";

type O = { id: string; state: OrderState };
let sellerA: Actor;
let sellerB: Actor;
let agent: Actor;
let otherAgent: Actor;
let courierActor: Actor;
let ordersA: O[];
let ordersB: O[];
let all: O[];
let assignedToAgent: string[];
let assignedToCourier: string[];

const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();
const visible = async (actor: Actor) =>
  ids(await db.order.findMany({ where: orderScope(actor), select: { id: true } }));
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
function byState(rows: O[]) {
  const out = Object.fromEntries(ORDER_STATES.map((s) => [s, 0])) as Record<OrderState, number>;
  for (const r of rows) out[r.state] += 1;
  return out;
}

beforeAll(async () => {
  const a = await createSeller();
  const b = await createSeller();
  sellerA = await actorFor(a.user);
  sellerB = await actorFor(b.user);
  const agentUser = await createUser({ role: "callcenter_agent" });
  const otherAgentUser = await createUser({ role: "callcenter_agent" });
  agent = await actorFor(agentUser);
  otherAgent = await actorFor(otherAgentUser);
  const courierUser = await createUser({ role: "delivery_agent" });
  courierActor = await actorFor(courierUser);
  const courier = await createCourier(courierUser.id);
  const otherCourier = await createCourier((await createUser({ role: "delivery_agent" })).id);

  const mk = (
    sellerId: string,
    userId: string,
    state: OrderState,
    extra: { assignedAgentId?: string; assignedCourierId?: string } = {},
  ) => createOrder(sellerId, userId, { state, ...extra });
  ordersA = await Promise.all([
    mk(a.profile.id, a.user.id, "seller_submitted"),
    mk(a.profile.id, a.user.id, "callcenter_review", { assignedAgentId: agentUser.id }),
    mk(a.profile.id, a.user.id, "callcenter_approved"),
    mk(a.profile.id, a.user.id, "delivery_in_progress", { assignedCourierId: courier.id }),
    mk(a.profile.id, a.user.id, "cancelled"),
  ]);
  ordersB = await Promise.all([
    mk(b.profile.id, b.user.id, "seller_submitted"),
    mk(b.profile.id, b.user.id, "callcenter_review", { assignedAgentId: agentUser.id }),
    mk(b.profile.id, b.user.id, "no_answer", { assignedAgentId: otherAgentUser.id }),
    mk(b.profile.id, b.user.id, "packaging_in_progress"),
    mk(b.profile.id, b.user.id, "delivery_in_progress", { assignedCourierId: otherCourier.id }),
    mk(b.profile.id, b.user.id, "delivery_completed", { assignedCourierId: courier.id }),
  ]);
  all = [...ordersA, ...ordersB];
  assignedToAgent = [ordersA[1].id, ordersB[1].id].sort();
  assignedToCourier = [ordersA[3].id, ordersB[5].id].sort();
});

describe("orderScope", () => {
  it("a seller sees and counts only its own orders", async () => {
    expect(await visible(sellerA)).toEqual(ids(ordersA));
    expect(await visible(sellerB)).toEqual(ids(ordersB));
    expect(await countOrdersByState(sellerA)).toEqual(byState(ordersA));
    expect(await countOrdersByState(sellerB)).toEqual(byState(ordersB));
    expect(total(await countOrdersByState(sellerA))).toBe(5);
    expect(total(await countOrdersByState(sellerB))).toBe(6);
  });

  it("a seller cannot reach another seller's order by id", async () => {
    const foreign = ordersB[0].id;
    expect(await db.order.findFirst({ where: { AND: [orderScope(sellerA), { id: foreign }] } })).toBeNull();
    // nor by filtering on the other seller's id: the scope is ANDed, not replaced
    expect(await db.order.count({ where: { AND: [orderScope(sellerA), { sellerId: sellerB.sellerId! }] } })).toBe(0);
  });

  it("a seller's view folds states into seller statuses", async () => {
    const expected: Record<string, number> = {
      pending: 0,
      confirmed: 0,
      processing: 0,
      shipped: 0,
      delivered: 0,
      cancelled: 0,
      returned: 0,
    };
    for (const o of ordersA) expected[sellerStatusOf(o.state)] += 1;
    expect(await countOrdersBySellerStatus(sellerA)).toEqual(expected);
    expect(total(await countOrdersBySellerStatus(sellerA))).toBe(5);
  });

  it("a call-center agent sees only the orders assigned to them", async () => {
    expect(await visible(agent)).toEqual(assignedToAgent);
    expect(total(await countOrdersByState(agent))).toBe(2);
    expect(await visible(otherAgent)).toEqual([ordersB[2].id]);
  });

  it("a courier sees only the orders assigned to their courier record", async () => {
    expect(await visible(courierActor)).toEqual(assignedToCourier);
    expect(await countOrdersByState(courierActor)).toEqual(byState([ordersA[3], ordersB[5]]));
  });

  it("a packer sees the orders in packing states, of any seller", async () => {
    const { actor } = await userWithActor({ role: "packaging_agent" });
    expect(await visible(actor)).toEqual(ids(all.filter((o) => PACKING_STATES.includes(o.state))));
    expect(await visible(actor)).toEqual([ordersA[2].id, ordersB[3].id].sort());
  });

  it("a user without any order permission sees none", async () => {
    for (const role of ["finance", "stock_keeper", "sourcing_agent"] as const) {
      const { actor } = await userWithActor({ role });
      expect(await visible(actor), role).toEqual([]);
      expect(total(await countOrdersByState(actor)), role).toBe(0);
    }
  });

  it("a seller account without a seller profile sees none (not everyone's)", async () => {
    const { actor } = await userWithActor({ role: "seller" });
    expect(actor.sellerId).toBeNull();
    expect(actor.permissions.has("orders.view_own")).toBe(true);
    expect(await visible(actor)).toEqual([]);
  });

  it("a manager with orders.view_all sees all orders", async () => {
    for (const role of ["callcenter_manager", "delivery_manager", "admin"] as const) {
      const { actor } = await userWithActor({ role });
      expect(await visible(actor), role).toEqual(ids(all));
      expect(await countOrdersByState(actor), role).toEqual(byState(all));
    }
  });

  it("a per-user revoke of orders.view_all leaves a manager with nothing", async () => {
    const { actor } = await userWithActor({ role: "callcenter_manager", revokes: ["orders.view_all"] });
    expect(await visible(actor)).toEqual([]);
  });

  it("counts only the requested states", async () => {
    const { actor } = await userWithActor({ role: "callcenter_manager" });
    expect(await countOrdersByState(actor, ["seller_submitted", "delivery_in_progress"])).toEqual({
      seller_submitted: 2,
      delivery_in_progress: 2,
    });
    expect(await countOrdersByState(sellerA, ["seller_submitted", "delivery_in_progress"])).toEqual({
      seller_submitted: 1,
      delivery_in_progress: 1,
    });
  });
});
