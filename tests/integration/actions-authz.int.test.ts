// defineAction (the one way to build a server action) and the real admin actions, with the
// request's actor stubbed: getActor() is replaced, can()/auditContext()/loadActor() stay real.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { defineAction } from "@/lib/actions/action";
import { RATE_LIMITS } from "@/lib/security/rate-limits";
import { ZCreateUserInput } from "@/lib/users/create-user.schema";
import {
  changeUserRoleAction,
  createUserAction,
  setUserOverridesAction,
  setUserStatusAction,
} from "@/lib/users/actions";
import { createRoleAction, savePermissionMatrixAction } from "@/lib/rbac/actions";
import { updateSettingsAction } from "@/lib/settings/actions";
import type { User } from "@/generated/prisma/client";
import { actorFor, createSeller, createUser, seedSystemRoles, userWithActor } from "../support/factories";

const current = vi.hoisted(() => ({ actor: null as null | import("@/lib/auth/actor").Actor }));
vi.mock("@/lib/auth/actor", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/actor")>();
  return { ...real, getActor: vi.fn(async () => current.actor) };
});

delete process.env.RATE_LIMIT_MULTIPLIER;

let roles: Awaited<ReturnType<typeof seedSystemRoles>>;
let seller: { user: User; actor: Actor };
let sa: { user: User; actor: Actor };
let admin: { user: User; actor: Actor };

beforeAll(async () => {
  roles = await seedSystemRoles();
  const s = await createSeller();
  seller = { user: s.user, actor: await actorFor(s.user) };
  sa = await userWithActor({ role: "super_admin" });
  admin = await userWithActor({ role: "admin" });
});

beforeEach(() => {
  current.actor = null;
});

const deniedRows = (userId: string) =>
  db.auditLog.findMany({ where: { action: "authz.denied", actorId: userId }, orderBy: { seq: "asc" } });

describe("defineAction", () => {
  const run = vi.fn(async (_actor: Actor, input: { email: string }) => ({ echoed: input.email }));
  const action = defineAction({ name: "test.users_manage", permission: "users.manage", schema: ZCreateUserInput, run });
  beforeEach(() => {
    run.mockClear();
  });

  const valid = () => ({ email: "Valid@Test.Atlas", name: "Valid Name", roleId: roles.finance.id });

  it("answers not_found without a signed-in actor, and writes nothing", async () => {
    const audits = await db.auditLog.count();
    expect(await action(valid())).toEqual({ ok: false, error: "not_found" });
    expect(run).not.toHaveBeenCalled();
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("answers not_found to a seller lacking the permission, runs nothing, and audits authz.denied", async () => {
    current.actor = seller.actor;
    const before = await deniedRows(seller.user.id);
    const users = await db.user.count();
    expect(await action(valid())).toEqual({ ok: false, error: "not_found" });
    expect(run).not.toHaveBeenCalled();
    expect(await db.user.count()).toBe(users);
    const rows = await deniedRows(seller.user.id);
    expect(rows).toHaveLength(before.length + 1);
    expect(rows.at(-1)).toMatchObject({
      actorEmail: seller.user.email,
      targetType: null,
      after: { permission: "users.manage", where: "action:test.users_manage" },
    });
  });

  it("checks the permission before the input: a seller with garbage input still gets not_found", async () => {
    current.actor = seller.actor;
    expect(await action({ email: 42 } as never)).toEqual({ ok: false, error: "not_found" });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers validation with per-field codes for bad input, and runs nothing", async () => {
    current.actor = admin.actor;
    const audits = await db.auditLog.count();
    const res = await action({ email: "not an email", name: "x", roleId: "" });
    expect(res).toEqual({
      ok: false,
      error: "validation",
      fields: { email: "invalid_email", name: "required", roleId: "required" },
    });
    expect(run).not.toHaveBeenCalled();
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("passes the parsed (normalised) input and the actor to the use-case", async () => {
    current.actor = admin.actor;
    expect(await action(valid())).toEqual({ ok: true, data: { echoed: "valid@test.atlas" } });
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0][0]).toBe(admin.actor);
    expect(run.mock.calls[0][1]).toEqual({
      email: "valid@test.atlas",
      name: "Valid Name",
      roleId: roles.finance.id,
      locale: "en",
    });
  });

  it("maps an AppError from the use-case to its code, params and fields", async () => {
    current.actor = admin.actor;
    const failing = defineAction({
      name: "test.app_error",
      permission: "signed_in",
      schema: z.object({}),
      run: async () => {
        throw new AppError("email_taken", { n: 1 }, { email: "email_taken" });
      },
    });
    expect(await failing({})).toEqual({
      ok: false,
      error: "email_taken",
      params: { n: 1 },
      fields: { email: "email_taken" },
    });
  });

  it("maps an unexpected error to `unexpected` with a request id, logged, without leaking the message", async () => {
    current.actor = admin.actor;
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const boom = defineAction({
        name: "test.boom",
        permission: "signed_in",
        schema: z.object({}),
        run: async () => {
          throw new Error("secret database detail");
        },
      });
      const res = await boom({});
      expect(res).toMatchObject({ ok: false, error: "unexpected" });
      if (res.ok) throw new Error("unreachable");
      expect(res.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(res)).not.toContain("secret");
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0][0])).toContain(res.requestId!);

      // the request's own id is used when there is one
      current.actor = { ...admin.actor, requestId: "req-from-proxy" };
      expect(await boom({})).toEqual({ ok: false, error: "unexpected", requestId: "req-from-proxy" });
    } finally {
      log.mockRestore();
    }
  });

  it("refuses everything but the password change while a temporary password is in use", async () => {
    const temp = await userWithActor({ role: "admin", mustChangePassword: true });
    expect(temp.actor.mustChangePassword).toBe(true);
    current.actor = temp.actor;
    expect(await action(valid())).toEqual({ ok: false, error: "password_change_required" });
    expect(run).not.toHaveBeenCalled();

    const change = vi.fn(async () => "changed");
    const allowed = defineAction({
      name: "test.pw",
      permission: "signed_in",
      schema: z.object({}),
      allowWithTemporaryPassword: true,
      run: change,
    });
    expect(await allowed({})).toEqual({ ok: true, data: "changed" });
    expect(change).toHaveBeenCalledTimes(1);
  });

  it("enforces the action's rate limit per user", async () => {
    // a user of its own: the budget is per user and shared by every admin.mutation action
    const { actor } = await userWithActor({ role: "finance" });
    current.actor = actor;
    const noop = vi.fn(async () => null);
    const limited = defineAction({
      name: "test.limited",
      permission: "signed_in",
      schema: z.object({}),
      rateLimit: "admin.mutation",
      run: noop,
    });
    const budget = RATE_LIMITS["admin.mutation"].tokens;
    for (let i = 0; i < budget; i++) expect((await limited({})).ok).toBe(true);
    const res = await limited({});
    expect(res).toMatchObject({ ok: false, error: "rate_limited" });
    expect(noop).toHaveBeenCalledTimes(budget);
    // another user is not affected
    current.actor = sa.actor;
    expect((await limited({})).ok).toBe(true);
  });
});

describe("the admin server actions (lib/users, lib/rbac, lib/settings actions.ts)", () => {
  it("answer not_found to a seller from every action, change nothing, and audit each denial", async () => {
    current.actor = seller.actor;
    const target = await createUser({ role: "finance" });
    const counts = async () => ({
      users: await db.user.count(),
      roles: await db.role.count(),
      settings: await db.setting.count(),
      overrides: await db.userPermissionOverride.count(),
      rolePerms: await db.rolePermission.count(),
      status: (await db.user.findUniqueOrThrow({ where: { id: target.id } })).status,
      roleId: (await db.user.findUniqueOrThrow({ where: { id: target.id } })).roleId,
    });
    const before = await counts();
    const denied = (await deniedRows(seller.user.id)).length;

    const calls: Array<[string, string, () => Promise<unknown>]> = [
      [
        "users.create",
        "users.manage",
        () => createUserAction({ email: "by-seller@test.atlas", name: "By Seller", roleId: roles.finance.id }),
      ],
      ["users.set_status", "users.manage", () => setUserStatusAction({ userId: target.id, status: "disabled" })],
      [
        "users.change_role",
        "users.manage",
        () => changeUserRoleAction({ userId: target.id, roleId: roles.super_admin.id }),
      ],
      [
        "users.set_overrides",
        "roles.manage",
        () =>
          setUserOverridesAction({
            userId: seller.user.id,
            overrides: [{ permission: "roles.manage", effect: "grant" }],
          }),
      ],
      [
        "roles.save_matrix",
        "roles.manage",
        () =>
          savePermissionMatrixAction({
            roles: [{ roleId: roles.seller.id, version: 0, permissions: ["roles.manage"] }],
          }),
      ],
      [
        "roles.create",
        "roles.manage",
        () => createRoleAction({ key: "seller_made", nameEn: "Seller made", nameAr: "Seller made" }),
      ],
      [
        "settings.update",
        "settings.manage",
        () =>
          updateSettingsAction({
            "session.idleMinutes": 1440,
            "session.absoluteHours": 168,
            "session.rememberDays": 90,
            "auth.lockoutThreshold": 20,
            "auth.lockoutMinutes": 1,
          }),
      ],
    ];
    for (const [name, , call] of calls) expect(await call(), name).toEqual({ ok: false, error: "not_found" });

    expect(await counts()).toEqual(before);
    const rows = (await deniedRows(seller.user.id)).slice(denied);
    expect(rows.map((r) => r.after)).toEqual(
      calls.map(([name, permission]) => ({ permission, where: `action:${name}` })),
    );
  });

  it("map the use-case's own refusals: an admin escalating to super admin gets role_escalation", async () => {
    current.actor = admin.actor;
    const res = await createUserAction({ email: "esc@test.atlas", name: "Escalation", roleId: roles.super_admin.id });
    expect(res).toEqual({ ok: false, error: "role_escalation", params: {}, fields: {} });
    expect(await db.user.count({ where: { email: "esc@test.atlas" } })).toBe(0);
    // roles.manage actions are not the admin's to call
    expect(await createRoleAction({ key: "by_admin", nameEn: "By admin", nameAr: "By admin" })).toEqual({
      ok: false,
      error: "not_found",
    });
  });

  it("reject unknown permission strings as validation before reaching the use-case", async () => {
    current.actor = sa.actor;
    const res = await savePermissionMatrixAction({
      roles: [{ roleId: roles.finance.id, version: 0, permissions: ["root.everything"] }],
    });
    expect(res).toMatchObject({ ok: false, error: "validation", fields: { "roles.0.permissions.0": "invalid" } });
    expect(await db.auditLog.count({ where: { action: "role.permissions" } })).toBe(0);
  });

  it("succeed for a super admin", async () => {
    current.actor = sa.actor;
    const res = await createRoleAction({
      key: "sa_made",
      nameEn: "SA made",
      nameAr: "SA made",
      copyFromRoleId: roles.packaging_agent.id,
    });
    expect(res.ok).toBe(true);
    const role = await db.role.findUniqueOrThrow({ where: { key: "sa_made" }, include: { permissions: true } });
    expect(res).toEqual({ ok: true, data: { id: role.id, key: "sa_made" } });
    expect(role.permissions.map((p) => p.permission).sort()).toEqual([
      "inventory.view",
      "labels.print",
      "packaging.pack",
      "packaging.qc",
    ]);

    const created = await createUserAction({ email: "via-action@test.atlas", name: "Via Action", roleId: role.id });
    expect(created).toMatchObject({ ok: true, data: { email: "via-action@test.atlas" } });
    if (!created.ok) throw new Error("unreachable");
    expect(created.data.temporaryPassword).toHaveLength(16);
    expect(
      await db.auditLog.count({ where: { action: "user.create", actorId: sa.user.id, targetId: created.data.userId } }),
    ).toBe(1);
  });
});
