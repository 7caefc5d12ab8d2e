// The harness itself: each file gets its own database, and test users/actors come out right.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/auth/actor";
import { DEFAULT_ROLE_GRANTS } from "@/lib/rbac/permissions";
import { actorFor, buildActor, createRole, createSession, createUser, seedSystemRoles } from "../support/factories";
import { rawSql } from "../support/sql";

describe("test harness", () => {
  it("points DATABASE_URL at this file's own, freshly cloned database", async () => {
    const name = process.env.TEST_DATABASE_NAME;
    expect(name).toMatch(/^t_/);
    expect(new URL(process.env.DATABASE_URL!).pathname).toBe(`/${name}`);
    const res = await db.$queryRawUnsafe<Array<{ db: string }>>(`SELECT current_database()::text AS db`);
    expect(res[0].db).toBe(name);
    expect(await db.user.count()).toBe(0);
  });

  it("seeds the system roles with their default grants", async () => {
    const roles = await seedSystemRoles();
    const perms = await db.rolePermission.findMany({ where: { roleId: roles.seller.id } });
    expect(perms.map((p) => p.permission).sort()).toEqual([...DEFAULT_ROLE_GRANTS.seller].sort());
    // idempotent
    await seedSystemRoles();
    expect(await db.role.count({ where: { isSystem: true } })).toBe(Object.keys(DEFAULT_ROLE_GRANTS).length);
  });

  it("builds an actor through loadActor outside a request (null request context)", async () => {
    const user = await createUser({ role: "seller", grants: ["audit.view"], revokes: ["orders.import"] });
    const actor = await actorFor(user);
    expect(actor).toMatchObject({
      userId: user.id,
      email: user.email,
      roleKey: "seller",
      ip: null,
      userAgent: null,
      requestId: null,
    });
    expect(actor.permissions.has("audit.view")).toBe(true);
    expect(actor.permissions.has("orders.import")).toBe(false);
    expect(actor.permissions.has("orders.create")).toBe(true);
    const direct = await buildActor(user.id);
    expect([...direct.permissions].sort()).toEqual([...actor.permissions].sort());
  });

  it("loadActor refuses revoked sessions, disabled and unverified users", async () => {
    const user = await createUser({ role: "admin" });
    const revoked = await createSession(user.id, { revokedAt: new Date() });
    expect(await loadActor(revoked.id)).toBeNull();
    const idle = await createSession(user.id, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    expect(await loadActor(idle.id)).toBeNull();

    const disabled = await createUser({ role: "admin", status: "disabled" });
    expect(await loadActor((await createSession(disabled.id)).id)).toBeNull();
    const unverified = await createUser({ role: "admin", emailVerified: false });
    expect(await loadActor((await createSession(unverified.id)).id)).toBeNull();
    await expect(actorFor(disabled)).rejects.toThrow(/cannot act/);
  });

  it("custom roles keep unknown permission strings in the DB but never grant them", async () => {
    const role = await createRole({ permissions: ["users.view", "users.delete_everything"] });
    const user = await createUser({ role });
    const actor = await actorFor(user);
    expect([...actor.permissions]).toEqual(["users.view"]);
  });

  it("raw SQL helper reaches the same database", async () => {
    const res = await rawSql<{ n: string }>(`SELECT count(*)::text AS n FROM "User"`);
    expect(Number(res.rows[0].n)).toBe(await db.user.count());
  });
});
