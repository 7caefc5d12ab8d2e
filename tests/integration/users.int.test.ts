// User management use-cases: create, disable/activate, change role, per-user overrides.
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/passwords";
import { signIn } from "@/lib/auth/sign-in";
import { createUser as createUserUseCase } from "@/lib/users/create-user";
import { setUserStatus } from "@/lib/users/set-user-status";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserOverrides } from "@/lib/users/set-user-overrides";
import type { User } from "@/generated/prisma/client";
import {
  actorFor,
  createRole,
  createSeller,
  createSession,
  createUser,
  seedSystemRoles,
  userWithActor,
} from "../support/factories";

let roles: Awaited<ReturnType<typeof seedSystemRoles>>;
let admin: { user: User; actor: Actor };
let superAdmin: { user: User; actor: Actor };

beforeAll(async () => {
  roles = await seedSystemRoles();
  admin = await userWithActor({ role: "admin" });
  superAdmin = await userWithActor({ role: "super_admin" });
});

async function appError(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => {
      throw new Error("expected an AppError");
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

const auditRows = (action: string, targetId?: string) =>
  db.auditLog.findMany({ where: { action, ...(targetId ? { targetId } : {}) }, orderBy: { seq: "asc" } });

/** Everything about a user that a refused change must leave alone. */
async function snapshot(userId: string) {
  const u = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      status: true,
      roleId: true,
      sessionVersion: true,
      permissionOverrides: { select: { permission: true, effect: true }, orderBy: { permission: "asc" } },
    },
  });
  const open = await db.userSession.count({ where: { userId, revokedAt: null } });
  return { ...u, open };
}

describe("createUser", () => {
  it("admin creates a finance user with a one-time temporary password, audited", async () => {
    const auditBefore = await db.auditLog.count();
    const res = await createUserUseCase(admin.actor, {
      email: "  New.Finance@Test.Atlas ",
      name: "  Nadia Finance ",
      phone: "+971500000001",
      roleId: roles.finance.id,
      locale: "ar",
    });
    expect(res.email).toBe("new.finance@test.atlas");
    expect(res.temporaryPassword).toHaveLength(16);
    expect(res.temporaryPassword).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789]{16}$/);

    const u = await db.user.findUniqueOrThrow({ where: { id: res.userId } });
    expect(u).toMatchObject({
      email: "new.finance@test.atlas",
      name: "Nadia Finance",
      phone: "+971500000001",
      roleId: roles.finance.id,
      locale: "ar",
      status: "active",
      mustChangePassword: true,
      createdById: admin.user.id,
      failedLoginCount: 0,
    });
    expect(u.emailVerifiedAt).not.toBeNull();
    expect(u.passwordHash).not.toContain(res.temporaryPassword);
    expect(u.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(u.passwordHash, res.temporaryPassword)).toBe(true);
    expect(await verifyPassword(u.passwordHash, res.temporaryPassword.toLowerCase() + "x")).toBe(false);

    expect(await db.auditLog.count()).toBe(auditBefore + 1);
    const [row] = await auditRows("user.create", u.id);
    expect(row).toMatchObject({
      actorId: admin.user.id,
      actorEmail: admin.user.email,
      targetType: "user",
      after: { email: "new.finance@test.atlas", name: "Nadia Finance", role: "finance", mustChangePassword: true },
    });
    expect(JSON.stringify([row.before, row.after])).not.toContain(res.temporaryPassword);

    // The temporary password signs in, and the session is flagged for a password change.
    const s = await signIn(
      { email: res.email, password: res.temporaryPassword },
      { ip: null, userAgent: null, requestId: null },
    );
    const actor = await loadActor(s.sessionId);
    expect(actor).toMatchObject({ userId: u.id, roleKey: "finance", mustChangePassword: true, locale: "ar" });
  });

  it("generates a different temporary password each time", async () => {
    const a = await createUserUseCase(admin.actor, {
      email: "tp-a@test.atlas",
      name: "Temp A",
      roleId: roles.callcenter_agent.id,
    });
    const b = await createUserUseCase(admin.actor, {
      email: "tp-b@test.atlas",
      name: "Temp B",
      roleId: roles.callcenter_agent.id,
    });
    expect(a.temporaryPassword).not.toBe(b.temporaryPassword);
  });

  it("refuses to create a super admin or any role holding roles.manage (role_escalation), writing nothing", async () => {
    const custom = await createRole({ permissions: ["roles.manage", "analytics.view"] });
    const sneaky = await createRole({ permissions: ["settings.manage", "audit.view", "finance.reports"] }); // admin holds these: allowed
    const users = await db.user.count();
    const audits = await db.auditLog.count();
    for (const role of [roles.super_admin, custom]) {
      const e = await appError(
        createUserUseCase(admin.actor, { email: `esc-${role.key}@test.atlas`, name: "Escalated", roleId: role.id }),
      );
      expect(e.code).toBe("role_escalation");
    }
    expect(await db.user.count()).toBe(users);
    expect(await db.auditLog.count()).toBe(audits);
    expect(await db.user.findFirst({ where: { email: { startsWith: "esc-" } } })).toBeNull();

    const ok = await createUserUseCase(admin.actor, {
      email: "ok-settings@test.atlas",
      name: "Settings Clerk",
      roleId: sneaky.id,
    });
    expect(ok.userId).toBeTruthy();
  });

  it("refuses an admin handing out a privileged permission it lacks through a custom role", async () => {
    // An admin whose own users.approve was revoked cannot create a user whose role has it.
    const limited = await userWithActor({ role: "admin", revokes: ["users.approve"] });
    const e = await appError(
      createUserUseCase(limited.actor, { email: "approver@test.atlas", name: "Approver", roleId: roles.admin.id }),
    );
    expect(e.code).toBe("role_escalation");
    expect(await db.user.count({ where: { email: "approver@test.atlas" } })).toBe(0);
  });

  it("lets a super admin create a super admin", async () => {
    const res = await createUserUseCase(superAdmin.actor, {
      email: "second-sa@test.atlas",
      name: "Second SA",
      roleId: roles.super_admin.id,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: res.userId } })).roleId).toBe(roles.super_admin.id);
  });

  it("refuses the seller role and unknown roles as validation errors", async () => {
    const a = await appError(
      createUserUseCase(admin.actor, { email: "seller-x@test.atlas", name: "Seller X", roleId: roles.seller.id }),
    );
    expect(a.code).toBe("validation");
    expect(a.fields).toEqual({ roleId: "seller_role_not_internal" });
    const b = await appError(
      createUserUseCase(admin.actor, { email: "nope-x@test.atlas", name: "Nope X", roleId: "no-such-role" }),
    );
    expect(b.code).toBe("validation");
    expect(b.fields).toEqual({ roleId: "invalid" });
    expect(await db.user.count({ where: { email: { in: ["seller-x@test.atlas", "nope-x@test.atlas"] } } })).toBe(0);
  });

  it("rejects malformed input with a ZodError (no mass assignment of extra fields)", async () => {
    await expect(
      createUserUseCase(admin.actor, { email: "bad", name: "x", roleId: roles.finance.id }),
    ).rejects.toBeInstanceOf(ZodError);
    const res = await createUserUseCase(admin.actor, {
      email: "mass@test.atlas",
      name: "Mass Assign",
      roleId: roles.finance.id,
      ...({ status: "disabled", mustChangePassword: false, passwordHash: "x", createdById: "forged" } as object),
    });
    const u = await db.user.findUniqueOrThrow({ where: { id: res.userId } });
    expect(u).toMatchObject({ status: "active", mustChangePassword: true, createdById: admin.user.id });
  });

  it("refuses a duplicate email (case-insensitive) with email_taken", async () => {
    await createUserUseCase(admin.actor, { email: "dup@test.atlas", name: "First Dup", roleId: roles.finance.id });
    const audits = await db.auditLog.count();
    const e = await appError(
      createUserUseCase(admin.actor, { email: "DUP@test.atlas", name: "Second Dup", roleId: roles.finance.id }),
    );
    expect(e.code).toBe("email_taken");
    expect(e.fields).toEqual({ email: "email_taken" });
    expect(await db.user.count({ where: { email: "dup@test.atlas" } })).toBe(1);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("lets exactly one of two concurrent creates with the same email succeed", async () => {
    const results = await Promise.allSettled([
      createUserUseCase(admin.actor, { email: "race@test.atlas", name: "Racer One", roleId: roles.finance.id }),
      createUserUseCase(admin.actor, { email: "race@test.atlas", name: "Racer Two", roleId: roles.stock_keeper.id }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0].reason).toBeInstanceOf(AppError);
    expect((failed[0].reason as AppError).code).toBe("email_taken");
    expect(await db.user.count({ where: { email: "race@test.atlas" } })).toBe(1);
    const audits = await db.auditLog.findMany({ where: { action: "user.create" } });
    expect(audits.filter((a) => (a.after as { email: string }).email === "race@test.atlas")).toHaveLength(1);
  });

  it("answers not_found to a user without users.manage", async () => {
    const finance = await userWithActor({ role: "finance" });
    const viewer = await userWithActor({ role: "admin", revokes: ["users.manage"] });
    for (const a of [finance.actor, viewer.actor]) {
      const e = await appError(
        createUserUseCase(a, { email: "nf@test.atlas", name: "Not Found", roleId: roles.finance.id }),
      );
      expect(e.code).toBe("not_found");
    }
    expect(await db.user.count({ where: { email: "nf@test.atlas" } })).toBe(0);
  });
});

describe("setUserStatus", () => {
  it("disabling ends every session of the user and is audited with before/after", async () => {
    const target = await createUser({ role: "finance" });
    const s1 = await createSession(target.id);
    const s2 = await createSession(target.id, { remember: true });
    expect(await loadActor(s1.id)).not.toBeNull();

    expect(await setUserStatus(admin.actor, { userId: target.id, status: "disabled" })).toEqual({ changed: true });
    expect(await loadActor(s1.id)).toBeNull();
    expect(await loadActor(s2.id)).toBeNull();
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.status).toBe("disabled");
    expect(row.sessionVersion).toBe(target.sessionVersion + 1);
    expect(await db.userSession.count({ where: { userId: target.id, revokedAt: null } })).toBe(0);

    const rows = await auditRows("user.disable", target.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: admin.user.id,
      targetType: "user",
      before: { status: "active" },
      after: { status: "disabled", sessionsEnded: 2 },
    });

    // Disabling again changes nothing and writes nothing.
    expect(await setUserStatus(admin.actor, { userId: target.id, status: "disabled" })).toEqual({ changed: false });
    expect(await auditRows("user.disable", target.id)).toHaveLength(1);
  });

  it("re-activating clears the lockout but does not revive old sessions", async () => {
    const target = await createUser({ role: "finance", status: "disabled" });
    const old = await createSession(target.id, { revokedAt: new Date() });
    await db.user.update({
      where: { id: target.id },
      data: { failedLoginCount: 7, lockedUntil: new Date(Date.now() + 3_600_000) },
    });
    expect(await setUserStatus(admin.actor, { userId: target.id, status: "active" })).toEqual({ changed: true });
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({ status: "active", failedLoginCount: 0, lockedUntil: null });
    expect(await loadActor(old.id)).toBeNull();
    const [a] = await auditRows("user.activate", target.id);
    expect(a).toMatchObject({ before: { status: "disabled" }, after: { status: "active", sessionsEnded: 0 } });
  });

  it("refuses acting on oneself (self_change)", async () => {
    const e = await appError(setUserStatus(admin.actor, { userId: admin.user.id, status: "disabled" }));
    expect(e.code).toBe("self_change");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.user.id } })).status).toBe("active");
  });

  it("refuses an admin disabling a super admin (role_escalation), changing nothing", async () => {
    const sa = await createUser({ role: "super_admin" });
    await createSession(sa.id);
    const before = await snapshot(sa.id);
    const e = await appError(setUserStatus(admin.actor, { userId: sa.id, status: "disabled" }));
    expect(e.code).toBe("role_escalation");
    expect(await snapshot(sa.id)).toEqual(before);
    expect(await auditRows("user.disable", sa.id)).toHaveLength(0);
  });

  it("refuses an admin disabling someone holding roles.manage only through a per-user grant", async () => {
    const t = await createUser({ role: "finance", grants: ["roles.manage"] });
    expect((await appError(setUserStatus(admin.actor, { userId: t.id, status: "disabled" }))).code).toBe(
      "role_escalation",
    );
  });

  it("refuses seller accounts in review (conflict) and unknown ids (not_found)", async () => {
    const pending = await createUser({ role: "seller", status: "pending_approval" });
    expect((await appError(setUserStatus(admin.actor, { userId: pending.id, status: "active" }))).code).toBe(
      "conflict",
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("pending_approval");
    expect((await appError(setUserStatus(admin.actor, { userId: "nope", status: "disabled" }))).code).toBe("not_found");
  });

  it("answers not_found without users.manage", async () => {
    const t = await createUser({ role: "finance" });
    const { actor } = await userWithActor({ role: "finance" });
    expect((await appError(setUserStatus(actor, { userId: t.id, status: "disabled" }))).code).toBe("not_found");
    expect((await db.user.findUniqueOrThrow({ where: { id: t.id } })).status).toBe("active");
  });
});

describe("changeUserRole", () => {
  it("moves a user to another role, ends their sessions and audits before/after", async () => {
    const t = await createUser({ role: "finance" });
    const s = await createSession(t.id);
    expect(await changeUserRole(admin.actor, { userId: t.id, roleId: roles.stock_keeper.id })).toEqual({
      changed: true,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: t.id } })).roleId).toBe(roles.stock_keeper.id);
    expect(await loadActor(s.id)).toBeNull();
    const rows = await auditRows("user.role_change", t.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: admin.user.id,
      before: { role: "finance" },
      after: { role: "stock_keeper", sessionsEnded: 1 },
    });
    // a new session gets the new role's permissions
    const again = await actorFor(t);
    expect(again.roleKey).toBe("stock_keeper");
    expect(again.permissions.has("inventory.adjust")).toBe(true);
    expect(again.permissions.has("finance.reports")).toBe(false);
  });

  it("does nothing for the same role", async () => {
    const t = await createUser({ role: "finance" });
    const s = await createSession(t.id);
    expect(await changeUserRole(admin.actor, { userId: t.id, roleId: roles.finance.id })).toEqual({ changed: false });
    expect(await loadActor(s.id)).not.toBeNull();
    expect(await auditRows("user.role_change", t.id)).toHaveLength(0);
  });

  it("refuses self_change, and role_escalation on a super admin or towards a roles.manage role", async () => {
    expect(
      (await appError(changeUserRole(admin.actor, { userId: admin.user.id, roleId: roles.finance.id }))).code,
    ).toBe("self_change");

    const sa = await createUser({ role: "super_admin" });
    await createSession(sa.id);
    const before = await snapshot(sa.id);
    expect((await appError(changeUserRole(admin.actor, { userId: sa.id, roleId: roles.finance.id }))).code).toBe(
      "role_escalation",
    );
    expect(await snapshot(sa.id)).toEqual(before);

    const t = await createUser({ role: "finance" });
    expect((await appError(changeUserRole(admin.actor, { userId: t.id, roleId: roles.super_admin.id }))).code).toBe(
      "role_escalation",
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: t.id } })).roleId).toBe(roles.finance.id);
    expect(await auditRows("user.role_change", sa.id)).toHaveLength(0);
    expect(await auditRows("user.role_change", t.id)).toHaveLength(0);
  });

  it("refuses moving between seller and staff roles, and unknown roles", async () => {
    const { user: seller } = await createSeller();
    const e = await appError(changeUserRole(admin.actor, { userId: seller.id, roleId: roles.finance.id }));
    expect(e).toMatchObject({ code: "validation", fields: { roleId: "seller_role_not_internal" } });
    const staff = await createUser({ role: "finance" });
    expect(await appError(changeUserRole(admin.actor, { userId: staff.id, roleId: roles.seller.id }))).toMatchObject({
      code: "validation",
      fields: { roleId: "seller_role_not_internal" },
    });
    expect(await appError(changeUserRole(admin.actor, { userId: staff.id, roleId: "nope" }))).toMatchObject({
      code: "validation",
      fields: { roleId: "invalid" },
    });
    expect((await appError(changeUserRole(admin.actor, { userId: "nope", roleId: roles.finance.id }))).code).toBe(
      "not_found",
    );
  });
});

describe("setUserOverrides", () => {
  it("replaces the set, applies on the next request, and audits before/after", async () => {
    const t = await createUser({ role: "finance", grants: ["analytics.view"], revokes: ["finance.reports"] });
    const s = await createSession(t.id);
    const res = await setUserOverrides(superAdmin.actor, {
      userId: t.id,
      overrides: [
        { permission: "finance.payout.pay", effect: "revoke" },
        { permission: "audit.view", effect: "grant" },
      ],
    });
    expect(res).toEqual({ count: 2 });
    const rows = await db.userPermissionOverride.findMany({
      where: { userId: t.id },
      orderBy: { permission: "asc" },
      select: { permission: true, effect: true },
    });
    expect(rows).toEqual([
      { permission: "audit.view", effect: "grant" },
      { permission: "finance.payout.pay", effect: "revoke" },
    ]);
    const actor = (await loadActor(s.id))!;
    expect(actor.permissions.has("audit.view")).toBe(true);
    expect(actor.permissions.has("finance.payout.pay")).toBe(false);
    expect(actor.permissions.has("finance.reports")).toBe(true); // the old revoke is gone

    const [a] = await auditRows("user.permission_overrides", t.id);
    expect(a).toMatchObject({
      actorId: superAdmin.user.id,
      before: [
        { permission: "analytics.view", effect: "grant" },
        { permission: "finance.reports", effect: "revoke" },
      ],
      after: [
        { permission: "audit.view", effect: "grant" },
        { permission: "finance.payout.pay", effect: "revoke" },
      ],
    });

    expect(await setUserOverrides(superAdmin.actor, { userId: t.id, overrides: [] })).toEqual({ count: 0 });
    expect(await db.userPermissionOverride.count({ where: { userId: t.id } })).toBe(0);
  });

  it("needs roles.manage: an admin gets not_found and nothing changes", async () => {
    const t = await createUser({ role: "finance", grants: ["analytics.view"] });
    const e = await appError(
      setUserOverrides(admin.actor, { userId: t.id, overrides: [{ permission: "users.manage", effect: "grant" }] }),
    );
    expect(e.code).toBe("not_found");
    expect(await db.userPermissionOverride.findMany({ where: { userId: t.id }, select: { permission: true } })).toEqual(
      [{ permission: "analytics.view" }],
    );
  });

  it("rejects unknown permission strings and unknown users", async () => {
    const t = await createUser({ role: "finance" });
    await expect(
      setUserOverrides(superAdmin.actor, {
        userId: t.id,
        overrides: [{ permission: "root.everything", effect: "grant" }],
      }),
    ).rejects.toBeInstanceOf(ZodError);
    expect(await db.userPermissionOverride.count({ where: { userId: t.id } })).toBe(0);
    expect((await appError(setUserOverrides(superAdmin.actor, { userId: "nope", overrides: [] }))).code).toBe(
      "not_found",
    );
  });
});

describe("the last roles.manage holder", () => {
  // The actor was loaded (its request began) while it still held roles.manage; by the time it
  // acts, its own grant is gone (revoked in between). The target is then the last holder.
  async function staleSuperAdmin(): Promise<{ user: User; actor: Actor }> {
    const me = await userWithActor({ role: "super_admin" });
    await db.userPermissionOverride.create({
      data: { userId: me.user.id, permission: "roles.manage", effect: "revoke" },
    });
    return me;
  }

  /** Makes `keep` the only active roles.manage holder besides the stale actor. */
  async function onlyHolder(keepIds: string[]) {
    await db.user.updateMany({
      where: { id: { notIn: keepIds }, role: { key: "super_admin" } },
      data: { status: "disabled" },
    });
    await db.userPermissionOverride.deleteMany({
      where: { permission: "roles.manage", effect: "grant", userId: { notIn: keepIds } },
    });
  }

  it("refuses disabling them (last_super_admin) and rolls back sessions and status", async () => {
    const target = await createUser({ role: "super_admin" });
    const s = await createSession(target.id);
    const me = await staleSuperAdmin();
    await onlyHolder([target.id, me.user.id]);
    const before = await snapshot(target.id);
    const e = await appError(setUserStatus(me.actor, { userId: target.id, status: "disabled" }));
    expect(e.code).toBe("last_super_admin");
    expect(await snapshot(target.id)).toEqual(before);
    expect(await loadActor(s.id)).not.toBeNull();
    expect(await auditRows("user.disable", target.id)).toHaveLength(0);
  });

  it("refuses demoting them (last_super_admin) and rolls back", async () => {
    const target = await createUser({ role: "super_admin" });
    const s = await createSession(target.id);
    const me = await staleSuperAdmin();
    await onlyHolder([target.id, me.user.id]);
    const before = await snapshot(target.id);
    const e = await appError(changeUserRole(me.actor, { userId: target.id, roleId: roles.admin.id }));
    expect(e.code).toBe("last_super_admin");
    expect(await snapshot(target.id)).toEqual(before);
    expect(await loadActor(s.id)).not.toBeNull();
    expect(await auditRows("user.role_change", target.id)).toHaveLength(0);
  });

  it("refuses revoking roles.manage from oneself when nobody else holds it", async () => {
    const me = await userWithActor({ role: "super_admin" });
    await onlyHolder([me.user.id]);
    const e = await appError(
      setUserOverrides(me.actor, { userId: me.user.id, overrides: [{ permission: "roles.manage", effect: "revoke" }] }),
    );
    expect(e.code).toBe("last_super_admin");
    expect(await db.userPermissionOverride.count({ where: { userId: me.user.id } })).toBe(0);
    expect(await auditRows("user.permission_overrides", me.user.id)).toHaveLength(0);
  });

  it("lets one of two super admins disable the other, but not both at once", async () => {
    // A race: repeated so that an unserialised check would be caught almost surely.
    for (let round = 0; round < 3; round++) {
      const a = await userWithActor({ role: "super_admin" });
      const b = await userWithActor({ role: "super_admin" });
      await onlyHolder([a.user.id, b.user.id]);
      const results = await Promise.allSettled([
        setUserStatus(a.actor, { userId: b.user.id, status: "disabled" }),
        setUserStatus(b.actor, { userId: a.user.id, status: "disabled" }),
      ]);
      const codes = results.map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as AppError).code)).sort();
      expect(codes, `round ${round}`).toEqual(["last_super_admin", "ok"]);
      const active = await db.user.count({ where: { id: { in: [a.user.id, b.user.id] }, status: "active" } });
      expect(active, `round ${round}`).toBe(1);
      expect(
        await db.auditLog.count({ where: { action: "user.disable", targetId: { in: [a.user.id, b.user.id] } } }),
      ).toBe(1);
    }
  });
});
