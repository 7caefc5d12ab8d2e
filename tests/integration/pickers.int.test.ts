// Entity picker searches (components/ui/entity-picker.tsx): sellers per desk permission,
// products scoped to the actor, couriers for the desks that dispatch, reconcile or receive.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { searchCouriers } from "@/lib/delivery/search-couriers";
import { searchProducts } from "@/lib/products/search-products";
import { searchSellers } from "@/lib/sellers/search-sellers";
import { rejects } from "../support/expect";
import {
  actorFor,
  createCourier,
  createProduct,
  createSeller,
  createUser,
  seedSystemRoles,
  userWithActor,
} from "../support/factories";

let manager: Actor; // call-center manager
let agent: Actor; // call-center agent: no seller filter
let finance: Actor;
let sellerA: Awaited<ReturnType<typeof createSeller>>;
let sellerActorA: Actor;
let keeper: Actor;
let deliveryManager: Actor;

beforeAll(async () => {
  await seedSystemRoles();
  manager = (await userWithActor({ role: "callcenter_manager" })).actor;
  agent = (await userWithActor({ role: "callcenter_agent" })).actor;
  finance = (await userWithActor({ role: "finance" })).actor;
  keeper = (await userWithActor({ role: "stock_keeper" })).actor;
  deliveryManager = (await userWithActor({ role: "delivery_manager" })).actor;
  sellerA = await createSeller({ code: "ZEBRA" });
  const b = await createSeller({ code: "OKAPI" });
  await db.sellerProfile.update({ where: { id: b.profile.id }, data: { storeName: "Okapi Outlet" } });
  const pending = await createSeller({ code: "WAITS" });
  await db.sellerProfile.update({ where: { id: pending.profile.id }, data: { approvedAt: null } });
  sellerActorA = await actorFor(sellerA.user);
  await createProduct(sellerA.profile.id);
  await createProduct(b.profile.id);
  await createProduct(b.profile.id, { approved: false });
  const courierUser = await createUser({ role: "delivery_agent" });
  const c = await createCourier(courierUser.id);
  await db.courier.update({ where: { id: c.id }, data: { name: "Yousef Runner", phone: "+971500000001" } });
});

describe("searchSellers", () => {
  it("lists approved sellers by store name to the desk that may filter by seller", async () => {
    const all = await searchSellers(manager, { purpose: "orders" });
    expect(all.map((s) => s.label)).toEqual(["Okapi Outlet", "ZEBRA Store"]);
    expect((await searchSellers(manager, { purpose: "orders", q: "zeb" })).map((s) => s.label)).toEqual([
      "ZEBRA Store",
    ]);
    expect((await searchSellers(manager, { purpose: "orders", q: "okapi trad" }))[0].detail).toBe(
      "OKAPI Trading LLC · OKAPI",
    );
    const one = await searchSellers(manager, { purpose: "orders", id: sellerA.profile.id });
    expect(one).toEqual([{ id: sellerA.profile.id, label: "ZEBRA Store", detail: "ZEBRA Trading LLC · ZEBRA" }]);
    expect(await searchSellers(manager, { purpose: "orders", q: "%" })).toEqual([]);
  });

  it("answers not_found to anyone without the purpose's permission", async () => {
    await rejects(searchSellers(agent, { purpose: "orders" }), "not_found");
    await rejects(searchSellers(manager, { purpose: "financeDesk" }), "not_found");
    await rejects(searchSellers(sellerActorA, { purpose: "orders" }), "not_found");
    expect(await searchSellers(finance, { purpose: "financeDesk", q: "zebra" })).toHaveLength(1);
  });
});

describe("searchProducts", () => {
  it("gives a seller only its own catalogue, staff every seller's, the warehouse approved ones", async () => {
    const own = await searchProducts(sellerActorA, {});
    expect(own).toHaveLength(1);
    expect(own[0].detail).toMatch(/^ATL-T-/);
    expect(await searchProducts(keeper, {})).toHaveLength(2);
    expect(await searchProducts(keeper, { q: own[0].detail })).toHaveLength(1);
    expect((await searchProducts(keeper, { id: own[0].id, locale: "ar" }))[0].label).toMatch(/^منتج /);
    await rejects(searchProducts(agent, {}), "not_found");
  });
});

describe("searchCouriers", () => {
  it("lists couriers to delivery managers by name or phone, and to no one else", async () => {
    expect((await searchCouriers(deliveryManager, { purpose: "dispatch", q: "yous" })).map((c) => c.label)).toEqual([
      "Yousef Runner",
    ]);
    expect(await searchCouriers(deliveryManager, { purpose: "dispatch", q: "+97150000" })).toHaveLength(1);
    await rejects(searchCouriers(manager, { purpose: "dispatch" }), "not_found");
    await rejects(searchCouriers(deliveryManager, { purpose: "cod" }), "not_found");
  });
});
