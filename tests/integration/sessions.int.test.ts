// loadActor(): the UserSession row and the account decide, on every request.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/auth/actor";
import { DEFAULT_ROLE_GRANTS } from "@/lib/rbac/permissions";
import { clearSettingsCache } from "@/lib/settings/get-settings";
import type { Role } from "@/generated/prisma/client";
import { createRole, createSeller, createSession, createUser, seedSystemRoles } from "../support/factories";

const MIN = 60_000;
let roles: Awaited<ReturnType<typeof seedSystemRoles>>;

beforeAll(async () => {
  roles = await seedSystemRoles();
});

afterEach(async () => {
  await db.setting.deleteMany({});
  clearSettingsCache();
});

describe("loadActor", () => {
  it("builds the actor of a valid session with the role's resolved permissions", async () => {
    const u = await createUser({ role: "finance", name: "Fatima Finance", locale: "ar" });
    const s = await createSession(u.id);
    const actor = await loadActor(s.id);
    expect(actor).not.toBeNull();
    expect(actor).toMatchObject({
      userId: u.id,
      sessionId: s.id,
      email: u.email,
      name: "Fatima Finance",
      roleId: roles.finance.id,
      roleKey: "finance",
      roleName: { en: "finance", ar: "finance" },
      sellerId: null,
      locale: "ar",
      mustChangePassword: false,
      ip: null,
      userAgent: null,
      requestId: null,
    });
    expect([...actor!.permissions].sort()).toEqual([...DEFAULT_ROLE_GRANTS.finance].sort());
  });

  it("gives a seller its own seller profile id", async () => {
    const { user, profile } = await createSeller();
    const actor = await loadActor((await createSession(user.id)).id);
    expect(actor?.sellerId).toBe(profile.id);
    expect(actor?.permissions.has("orders.view_own")).toBe(true);
  });

  it("returns null for an unknown session id", async () => {
    expect(await loadActor("does-not-exist")).toBeNull();
  });

  it("returns null for a revoked session", async () => {
    const u = await createUser({ role: "finance" });
    const s = await createSession(u.id);
    expect(await loadActor(s.id)).not.toBeNull();
    await db.userSession.update({ where: { id: s.id }, data: { revokedAt: new Date() } });
    expect(await loadActor(s.id)).toBeNull();
  });

  it("ends a session idle beyond session.idleMinutes (default 30), unless remembered", async () => {
    const u = await createUser({ role: "finance" });
    const fresh = await createSession(u.id, { lastSeenAt: new Date(Date.now() - 29 * MIN) });
    const idle = await createSession(u.id, { lastSeenAt: new Date(Date.now() - 31 * MIN) });
    const remembered = await createSession(u.id, {
      remember: true,
      lastSeenAt: new Date(Date.now() - 3 * 24 * 60 * MIN),
    });
    expect(await loadActor(fresh.id)).not.toBeNull();
    expect(await loadActor(idle.id)).toBeNull();
    expect(await loadActor(remembered.id)).not.toBeNull();
  });

  it("follows a stored session.idleMinutes", async () => {
    const u = await createUser({ role: "finance" });
    const s45 = await createSession(u.id, { lastSeenAt: new Date(Date.now() - 45 * MIN) });
    const s61 = await createSession(u.id, { lastSeenAt: new Date(Date.now() - 61 * MIN) });
    expect(await loadActor(s45.id)).toBeNull();
    await db.setting.create({ data: { key: "session.idleMinutes", value: 60 } });
    clearSettingsCache();
    const s45b = await createSession(u.id, { lastSeenAt: new Date(Date.now() - 45 * MIN) });
    expect(await loadActor(s45b.id)).not.toBeNull();
    expect(await loadActor(s61.id)).toBeNull();
  });

  it("keeps an active session alive: lastSeenAt moves forward after a minute", async () => {
    const u = await createUser({ role: "finance" });
    const s = await createSession(u.id, { lastSeenAt: new Date(Date.now() - 20 * MIN) });
    const t0 = Date.now();
    expect(await loadActor(s.id)).not.toBeNull();
    const row = await db.userSession.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.lastSeenAt.getTime()).toBeGreaterThanOrEqual(t0 - 5);
    // and 25 minutes later (45 after the first visit) it is still valid
    expect(await loadActor(s.id, new Date(Date.now() + 25 * MIN))).not.toBeNull();
  });

  it("returns null past expiresAt, remembered or not", async () => {
    const u = await createUser({ role: "finance" });
    const past = new Date(Date.now() - 1_000);
    const a = await createSession(u.id, { expiresAt: past });
    const b = await createSession(u.id, { remember: true, expiresAt: past });
    expect(await loadActor(a.id)).toBeNull();
    expect(await loadActor(b.id)).toBeNull();
    // the absolute limit holds even for a session that is in use
    const c = await createSession(u.id, { remember: true, expiresAt: new Date(Date.now() + 10 * MIN) });
    expect(await loadActor(c.id)).not.toBeNull();
    expect(await loadActor(c.id, new Date(Date.now() + 11 * MIN))).toBeNull();
  });

  it("returns null once the user is disabled, pending, rejected or unverified", async () => {
    for (const data of [
      { status: "disabled" as const },
      { status: "pending_approval" as const },
      { status: "rejected" as const },
      { emailVerifiedAt: null },
    ]) {
      const u = await createUser({ role: "finance" });
      const s = await createSession(u.id);
      expect(await loadActor(s.id)).not.toBeNull();
      await db.user.update({ where: { id: u.id }, data });
      expect(await loadActor(s.id), JSON.stringify(data)).toBeNull();
    }
  });

  it("applies a permission removed from the role on the very next request (no re-login)", async () => {
    const role: Role = await createRole({ permissions: ["audit.view", "analytics.view"] });
    const u = await createUser({ role });
    const s = await createSession(u.id);
    expect((await loadActor(s.id))!.permissions.has("audit.view")).toBe(true);
    await db.rolePermission.delete({ where: { roleId_permission: { roleId: role.id, permission: "audit.view" } } });
    const next = await loadActor(s.id);
    expect(next).not.toBeNull();
    expect([...next!.permissions]).toEqual(["analytics.view"]);
    // and a permission added to the role also applies at once
    await db.rolePermission.create({ data: { roleId: role.id, permission: "finance.reports" } });
    expect([...(await loadActor(s.id))!.permissions].sort()).toEqual(["analytics.view", "finance.reports"]);
  });

  it("applies per-user overrides: a revoke removes a role grant, a grant adds one", async () => {
    const u = await createUser({ role: "finance" });
    const s = await createSession(u.id);
    await db.userPermissionOverride.create({
      data: { userId: u.id, permission: "finance.payout.pay", effect: "revoke" },
    });
    const a = (await loadActor(s.id))!;
    expect(a.permissions.has("finance.payout.pay")).toBe(false);
    expect(a.permissions.has("finance.payout.create")).toBe(true);
    await db.userPermissionOverride.create({ data: { userId: u.id, permission: "audit.view", effect: "grant" } });
    const b = (await loadActor(s.id))!;
    expect(b.permissions.has("audit.view")).toBe(true);
    expect(b.permissions.size).toBe(DEFAULT_ROLE_GRANTS.finance.length); // -1 +1
  });
});
