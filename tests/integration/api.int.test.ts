// The seller REST API: tokens (created once, stored hashed, revocable, audited), bearer
// authentication, idempotent order creation (sequential and concurrent retries), and the
// route handlers' JSON answers — a token of seller A never reads or creates for seller B.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authenticateToken } from "@/lib/api/authenticate-token";
import { createApiOrder } from "@/lib/api/create-api-order";
import { createApiToken } from "@/lib/api/create-api-token";
import { getApiOrder } from "@/lib/api/get-api-order";
import { listApiTokens } from "@/lib/api/list-api-tokens";
import { revokeApiToken } from "@/lib/api/revoke-api-token";
import { hashApiToken } from "@/lib/api/token";
import { RATE_LIMITS } from "@/lib/security/rate-limits";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/orders/route";
import { GET as oneRoute } from "@/app/api/v1/orders/[code]/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { actorFor, createProduct, createSeller } from "../support/factories";
import { rejects } from "../support/expect";

delete process.env.RATE_LIMIT_MULTIPLIER;

type P = Awaited<ReturnType<typeof createProduct>>;
let a: Awaited<ReturnType<typeof createSeller>>;
let b: Awaited<ReturnType<typeof createSeller>>;
let sellerA: Actor;
let sellerB: Actor;
let pA: P;
let pB: P;
let tokenA: string;
let tokenB: string;

const body = (over: Record<string, unknown> = {}) => ({
  customerName: "Khalid Omar",
  customerPhone: "050 987 6543",
  emirate: "abu_dhabi",
  city: "Abu Dhabi",
  street: "Hamdan Street",
  lines: [{ sku: pA.sku, quantity: 1 }],
  ...over,
});
const headers = (token: string | null, extra: Record<string, string> = {}) => ({
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
  "Content-Type": "application/json",
  ...extra,
});
const post = (token: string | null, json: unknown, key?: string) =>
  createRoute(
    new Request("http://x/api/v1/orders", {
      method: "POST",
      headers: headers(token, key ? { "Idempotency-Key": key } : {}),
      body: JSON.stringify(json),
    }),
  );

beforeAll(async () => {
  a = await createSeller();
  b = await createSeller();
  sellerA = await actorFor(a.user);
  sellerB = await actorFor(b.user);
  pA = await createProduct(a.profile.id, { priceFils: 12_900 });
  pB = await createProduct(b.profile.id);
  tokenA = (await createApiToken(sellerA, { name: "Web store" })).token;
  tokenB = (await createApiToken(sellerB, { name: "B store" })).token;
});

describe("API tokens", () => {
  it("are shown once, stored as a SHA-256 with a display prefix, listed without the secret, and audited", async () => {
    const created = await createApiToken(sellerA, { name: "Shopify sync" });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(row.prefix).toBe(created.token.slice(0, 8));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const listed = await listApiTokens(sellerA);
    expect(listed.map((t) => t.name)).toContain("Shopify sync");
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(await listApiTokens(sellerB)).toHaveLength(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "api_token.create", targetId: created.id } });
    expect(audit).toMatchObject({ actorId: sellerA.userId, after: { name: "Shopify sync", prefix: row.prefix } });
  });

  it("authenticate to the token's seller; revoked, disabled or stripped of the permission → no actor", async () => {
    const ok = await authenticateToken(new Headers(headers(tokenA)));
    expect(ok?.actor).toMatchObject({ userId: a.user.id, sellerId: a.profile.id });
    expect(await authenticateToken(new Headers({ Authorization: `Bearer ${tokenA.slice(0, -1)}x` }))).toBeNull();
    expect(await authenticateToken(new Headers())).toBeNull();

    const extra = await createApiToken(sellerA, { name: "to revoke" });
    await rejects(revokeApiToken(sellerB, { id: extra.id }), "not_found"); // not B's token
    await revokeApiToken(sellerA, { id: extra.id });
    expect(await authenticateToken(new Headers(headers(extra.token)))).toBeNull();
    expect(await db.auditLog.count({ where: { action: "api_token.revoke", targetId: extra.id } })).toBe(1);

    const c = await createSeller();
    const cActor = await actorFor(c.user);
    const cToken = (await createApiToken(cActor, { name: "seller c" })).token;
    expect(await authenticateToken(new Headers(headers(cToken)))).not.toBeNull();
    await db.userPermissionOverride.create({
      data: { userId: c.user.id, permission: "api.tokens.manage_own", effect: "revoke" },
    });
    expect(await authenticateToken(new Headers(headers(cToken)))).toBeNull();
    await db.userPermissionOverride.deleteMany({ where: { userId: c.user.id } });
    await db.user.update({ where: { id: c.user.id }, data: { status: "disabled" } });
    expect(await authenticateToken(new Headers(headers(cToken)))).toBeNull();
  });
});

describe("idempotent order creation", () => {
  it("the same key twice creates one order and answers the same JSON", async () => {
    const first = await createApiOrder(sellerA, { idempotencyKey: "key-seq-1", body: body() });
    const again = await createApiOrder(sellerA, {
      idempotencyKey: "key-seq-1",
      body: JSON.parse(JSON.stringify(body())),
    });
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 200, replayed: true });
    expect(again.body).toEqual(first.body);
    expect(first.body).toMatchObject({
      status: "pending",
      totalFils: 12_900,
      source: "api",
      lines: [{ sku: pA.sku, quantity: 1 }],
    });
    expect(await db.order.count({ where: { code: first.body.code } })).toBe(1);
    expect(await db.idempotencyKey.findFirstOrThrow({ where: { key: "key-seq-1" } })).toMatchObject({
      sellerId: a.profile.id,
      responseStatus: 201,
    });
  });

  it("concurrent retries with the same key create exactly one order, all answering it", async () => {
    const before = await db.order.count({ where: { sellerId: a.profile.id } });
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        createApiOrder(sellerA, { idempotencyKey: "key-race", body: body({ customerName: "Race Case" }) }),
      ),
    );
    expect(await db.order.count({ where: { sellerId: a.profile.id } })).toBe(before + 1);
    expect(new Set(results.map((r) => r.body.code)).size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of results) expect(r.body).toEqual(results[0].body);
  });

  it("the same key with a different body is idempotency_conflict and creates nothing", async () => {
    await createApiOrder(sellerA, { idempotencyKey: "key-conflict", body: body() });
    const before = await db.order.count();
    await rejects(
      createApiOrder(sellerA, { idempotencyKey: "key-conflict", body: body({ customerName: "Someone Else" }) }),
      "idempotency_conflict",
    );
    expect(await db.order.count()).toBe(before);
  });

  it("keys are per seller, and a failed request does not use up its key", async () => {
    await rejects(
      createApiOrder(sellerA, { idempotencyKey: "shared-key", body: body({ customerPhone: "123" }) }),
      "validation",
    );
    expect(await db.idempotencyKey.count({ where: { key: "shared-key" } })).toBe(0);
    const ra = await createApiOrder(sellerA, { idempotencyKey: "shared-key", body: body() });
    const rb = await createApiOrder(sellerB, {
      idempotencyKey: "shared-key",
      body: body({ lines: [{ sku: pB.sku, quantity: 1 }] }),
    });
    expect(ra.status).toBe(201);
    expect(rb.status).toBe(201);
    expect(ra.body.code).not.toBe(rb.body.code);
  });
});

describe("seller isolation", () => {
  it("seller A can neither read seller B's order nor order seller B's product", async () => {
    const orderB = await createApiOrder(sellerB, {
      idempotencyKey: "b-1",
      body: body({ lines: [{ sku: pB.sku, quantity: 2 }] }),
    });
    await rejects(getApiOrder(sellerA, { code: orderB.body.code }), "not_found");
    expect((await getApiOrder(sellerB, { code: orderB.body.code.slice(1) })).code).toBe(orderB.body.code);
    const before = await db.order.count();
    const e = await rejects(
      createApiOrder(sellerA, { idempotencyKey: "a-steal", body: body({ lines: [{ sku: pB.sku, quantity: 1 }] }) }),
      "validation",
    );
    expect(e.fields).toEqual({ "lines.0.sku": "product_not_found" });
    expect(await db.order.count()).toBe(before);

    const res = await oneRoute(new Request("http://x", { headers: headers(tokenA) }), {
      params: Promise.resolve({ code: encodeURIComponent(orderB.body.code) }),
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "not_found", message: "Not found." } });
    const own = await oneRoute(new Request("http://x", { headers: headers(tokenB) }), {
      params: Promise.resolve({ code: orderB.body.code.slice(1) }),
    });
    expect(own.status).toBe(200);
    const listA = await (
      await listRoute(new Request("http://x/api/v1/orders?per_page=100", { headers: headers(tokenA) }))
    ).json();
    expect(listA.data.map((o: { code: string }) => o.code)).not.toContain(orderB.body.code);
    expect(listA.total).toBeGreaterThan(0);
  });
});

describe("a token is a seller's token, whatever its user was granted", () => {
  it("a staff permission granted to the seller user (orders.view_all) does not let its token read other sellers' orders", async () => {
    const orderB = await createApiOrder(sellerB, {
      idempotencyKey: "b-staff-grant",
      body: body({ lines: [{ sku: pB.sku, quantity: 1 }] }),
    });
    await db.userPermissionOverride.create({
      data: { userId: a.user.id, permission: "orders.view_all", effect: "grant" },
    });
    try {
      const auth = await authenticateToken(new Headers(headers(tokenA)));
      expect(auth).not.toBeNull();
      expect([...auth!.actor.permissions].sort()).toEqual([
        "api.tokens.manage_own",
        "orders.create",
        "orders.view_own",
      ]);
      const res = await oneRoute(new Request("http://x", { headers: headers(tokenA) }), {
        params: Promise.resolve({ code: encodeURIComponent(orderB.body.code) }),
      });
      expect(res.status).toBe(404);
      const list = await (
        await listRoute(new Request("http://x/api/v1/orders?per_page=100", { headers: headers(tokenA) }))
      ).json();
      expect(list.data.map((o: { code: string }) => o.code)).not.toContain(orderB.body.code);
    } finally {
      await db.userPermissionOverride.deleteMany({ where: { userId: a.user.id } });
    }
  });
});

describe("route handlers", () => {
  it("POST: 401 without or with a bad token, 400 without Idempotency-Key or with bad fields, 201 then 200 replay, 409 on conflict", async () => {
    const no = await post(null, body(), "k1");
    expect(no.status).toBe(401);
    expect((await no.json()).error.code).toBe("unauthorized");
    expect((await post("atl_nope", body(), "k1")).status).toBe(401);

    const missingKey = await post(tokenA, body());
    expect(missingKey.status).toBe(400);
    expect(await missingKey.json()).toMatchObject({
      error: { code: "validation", fields: { "Idempotency-Key": "required" } },
    });
    expect((await post(tokenA, body(), "x".repeat(101))).status).toBe(400);

    const bad = await post(tokenA, body({ customerPhone: "999", sellerId: b.profile.id }), "route-bad");
    expect(bad.status).toBe(400);
    const badJson = await bad.json();
    expect(badJson.error.code).toBe("validation");
    expect(badJson.error.fields).toMatchObject({ customerPhone: "phone_invalid" });

    const created = await post(tokenA, body({ externalRef: "WEB-42" }), "route-1");
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    const json = await created.json();
    expect(json).toMatchObject({ code: expect.stringMatching(/^#\d{9,}$/), status: "pending", externalRef: "WEB-42" });
    expect(JSON.stringify(json)).not.toContain("987"); // no customer phone in API answers

    const replay = await post(tokenA, JSON.parse(JSON.stringify(body({ externalRef: "WEB-42" }))), "route-1");
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(json);

    const conflict = await post(tokenA, body({ externalRef: "WEB-43" }), "route-1");
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).error.code).toBe("idempotency_conflict");
  });

  it("a revoked token gets 401 JSON at once", async () => {
    const t = await createApiToken(sellerA, { name: "short-lived" });
    expect((await listRoute(new Request("http://x/api/v1/orders", { headers: headers(t.token) }))).status).toBe(200);
    await revokeApiToken(sellerA, { id: t.id });
    const res = await listRoute(new Request("http://x/api/v1/orders", { headers: headers(t.token) }));
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/json");
  });

  it("rate limits per seller with 429 JSON and Retry-After", async () => {
    const c = await createSeller();
    const token = (await createApiToken(await actorFor(c.user), { name: "busy" })).token;
    let last: Response | null = null;
    // The sliding window weights the previous minute by the time left in it, so a run that
    // crosses a minute boundary may be allowed a few requests more than the budget: every
    // request within the budget passes, and the limit must bite within 10 extra requests.
    const budget = RATE_LIMITS["api.orders"].tokens;
    for (let i = 0; i <= budget + 10; i++) {
      const res = await listRoute(new Request("http://x/api/v1/orders?per_page=1", { headers: headers(token) }));
      if (i < budget) expect(res.status).toBe(200);
      if (res.status === 429) {
        last = res;
        break;
      }
    }
    expect(last?.status).toBe(429);
    expect(last!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await last!.json()).error.code).toBe("rate_limited");
  });

  it("serves an OpenAPI 3.1 document covering the endpoints, bearer auth and the Idempotency-Key", async () => {
    const res = openApiRoute(new Request("http://atlas.test/api/v1/openapi.json"));
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/api/v1/orders", "/api/v1/orders/{code}"]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.paths["/api/v1/orders"].post.parameters[0]).toMatchObject({
      name: "Idempotency-Key",
      in: "header",
      required: true,
    });
    expect(Object.keys(doc.paths["/api/v1/orders"].post.responses)).toEqual(
      expect.arrayContaining(["201", "200", "400", "401", "409", "429"]),
    );
    expect(doc.servers[0].url).toBe("http://atlas.test");
  });
});
