// The permission matrix: load, save (atomic, versioned, audited), create role.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/actor";
import { ALL_PERMISSIONS, DEFAULT_ROLE_GRANTS, PERMISSION_GROUPS } from "@/lib/rbac/permissions";
import { loadPermissionMatrix } from "@/lib/rbac/load-permission-matrix";
import { savePermissionMatrix } from "@/lib/rbac/save-permission-matrix";
import { createRole } from "@/lib/rbac/create-role";
import type { User } from "@/generated/prisma/client";
import {
  createRole as insertRole,
  createSession,
  createUser,
  seedSystemRoles,
  userWithActor,
} from "../support/factories";

let roles: Awaited<ReturnType<typeof seedSystemRoles>>;
let sa: { user: User; actor: Actor };
let admin: { user: User; actor: Actor };

beforeAll(async () => {
  roles = await seedSystemRoles();
  sa = await userWithActor({ role: "super_admin" });
  admin = await userWithActor({ role: "admin" });
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

async function state(roleId: string) {
  const r = await db.role.findUniqueOrThrow({
    where: { id: roleId },
    select: { version: true, permissions: { select: { permission: true } } },
  });
  return { version: r.version, permissions: r.permissions.map((p) => p.permission).sort() };
}

/** Two fresh custom roles per test, so tests do not depend on each other's saves. */
let r1: { id: string; key: string };
let r2: { id: string; key: string };
let r3: { id: string; key: string };
beforeEach(async () => {
  r1 = await insertRole({ permissions: ["finance.reports", "analytics.view"] });
  r2 = await insertRole({ permissions: ["inventory.view"] });
  r3 = await insertRole({ permissions: ["labels.print"] });
});

describe("loadPermissionMatrix", () => {
  it("lists the groups from the catalogue and every role with its version, sorted grants and user count", async () => {
    await createUser({ role: "finance" });
    const m = await loadPermissionMatrix(sa.actor);
    expect(m.groups).toEqual(
      Object.entries(PERMISSION_GROUPS).map(([group, permissions]) => ({ group, permissions: [...permissions] })),
    );
    const fin = m.roles.find((r) => r.key === "finance")!;
    expect(fin).toMatchObject({ id: roles.finance.id, isSystem: true, version: 0, userCount: 1 });
    expect(fin.permissions).toEqual([...DEFAULT_ROLE_GRANTS.finance].sort());
    const custom = m.roles.find((r) => r.id === r1.id)!;
    expect(custom).toMatchObject({
      isSystem: false,
      version: 0,
      userCount: 0,
      permissions: ["analytics.view", "finance.reports"],
    });
    // system roles first
    const firstCustom = m.roles.findIndex((r) => !r.isSystem);
    expect(m.roles.slice(firstCustom).every((r) => !r.isSystem)).toBe(true);
    expect(m.roles.slice(0, firstCustom).every((r) => r.isSystem)).toBe(true);
  });

  it("answers not_found without roles.manage", async () => {
    expect((await appError(loadPermissionMatrix(admin.actor))).code).toBe("not_found");
  });
});

describe("savePermissionMatrix", () => {
  it("changes several roles at once, bumps only changed versions, audits each changed role", async () => {
    const member = await createUser({ role: await db.role.findUniqueOrThrow({ where: { id: r1.id } }) });
    const s = await createSession(member.id);
    const audits = await db.auditLog.count();

    const res = await savePermissionMatrix(sa.actor, {
      roles: [
        { roleId: r1.id, version: 0, permissions: ["analytics.view", "orders.view_all", "audit.view"] },
        { roleId: r2.id, version: 0, permissions: [] },
        { roleId: r3.id, version: 0, permissions: ["labels.print"] }, // unchanged
      ],
    });
    expect(res).toEqual({ changedRoles: 2 });
    expect(await state(r1.id)).toEqual({
      version: 1,
      permissions: ["analytics.view", "audit.view", "orders.view_all"],
    });
    expect(await state(r2.id)).toEqual({ version: 1, permissions: [] });
    expect(await state(r3.id)).toEqual({ version: 0, permissions: ["labels.print"] });

    expect(await db.auditLog.count()).toBe(audits + 2);
    const rows = await db.auditLog.findMany({
      where: { action: "role.permissions", targetId: { in: [r1.id, r2.id, r3.id] } },
      orderBy: { seq: "asc" },
    });
    expect(rows.map((r) => [r.targetType, r.targetId, r.actorId])).toEqual([
      ["role", r1.id, sa.user.id],
      ["role", r2.id, sa.user.id],
    ]);
    expect(rows[0].before).toEqual({ role: r1.key, permissions: ["analytics.view", "finance.reports"] });
    expect(rows[0].after).toEqual({
      role: r1.key,
      permissions: ["analytics.view", "audit.view", "orders.view_all"],
      added: ["audit.view", "orders.view_all"],
      removed: ["finance.reports"],
    });
    expect(rows[1].before).toEqual({ role: r2.key, permissions: ["inventory.view"] });
    expect(rows[1].after).toEqual({ role: r2.key, permissions: [], added: [], removed: ["inventory.view"] });

    // effective at the member's next request
    expect([...(await loadActor(s.id))!.permissions].sort()).toEqual([
      "analytics.view",
      "audit.view",
      "orders.view_all",
    ]);
  });

  it("ignores duplicates in the submitted list", async () => {
    await savePermissionMatrix(sa.actor, {
      roles: [{ roleId: r2.id, version: 0, permissions: ["inventory.view", "inventory.count", "inventory.count"] }],
    });
    expect(await state(r2.id)).toEqual({ version: 1, permissions: ["inventory.count", "inventory.view"] });
  });

  it("refuses a stale version with conflict and changes nothing, not even the other roles of the save", async () => {
    await savePermissionMatrix(sa.actor, {
      roles: [{ roleId: r2.id, version: 0, permissions: ["inventory.view", "inventory.count"] }],
    });
    const before = await Promise.all([state(r1.id), state(r2.id)]);
    const audits = await db.auditLog.count();
    const e = await appError(
      savePermissionMatrix(sa.actor, {
        roles: [
          { roleId: r1.id, version: 0, permissions: ["analytics.view"] }, // current: applied first, then rolled back
          { roleId: r2.id, version: 0, permissions: [] }, // stale: now at 1
        ],
      }),
    );
    expect(e.code).toBe("conflict");
    expect(await Promise.all([state(r1.id), state(r2.id)])).toEqual(before);
    expect(before[0]).toEqual({ version: 0, permissions: ["analytics.view", "finance.reports"] });
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("refuses a stale version even when that role itself is unchanged", async () => {
    await savePermissionMatrix(sa.actor, { roles: [{ roleId: r2.id, version: 0, permissions: [] }] });
    const e = await appError(
      savePermissionMatrix(sa.actor, {
        roles: [
          { roleId: r1.id, version: 0, permissions: [] },
          { roleId: r2.id, version: 0, permissions: ["inventory.view"] }, // what the editor loaded, now stale
        ],
      }),
    );
    expect(e.code).toBe("conflict");
    expect(await state(r1.id)).toEqual({ version: 0, permissions: ["analytics.view", "finance.reports"] });
  });

  it("lets exactly one of two concurrent saves from the same versions win; the other gets conflict", async () => {
    for (let round = 0; round < 3; round++) {
      const v = (await state(r1.id)).version;
      // Both differ from the current grants (a save that changes nothing would simply succeed).
      const a = ["finance.reports", ["inventory.view", "inventory.count", "inventory.adjust"][round]];
      const b = ["finance.reports", ["labels.print", "packaging.pack", "packaging.qc"][round]];
      const results = await Promise.allSettled([
        savePermissionMatrix(sa.actor, { roles: [{ roleId: r1.id, version: v, permissions: a }] }),
        savePermissionMatrix(sa.actor, { roles: [{ roleId: r1.id, version: v, permissions: b }] }),
      ]);
      const codes = results.map((r) =>
        r.status === "fulfilled" ? "ok" : r.reason instanceof AppError ? r.reason.code : String(r.reason),
      );
      expect([...codes].sort(), `round ${round}`).toEqual(["conflict", "ok"]);
      const winner = codes[0] === "ok" ? a : b;
      expect(await state(r1.id)).toEqual({ version: v + 1, permissions: [...winner].sort() });
    }
    expect(await db.auditLog.count({ where: { action: "role.permissions", targetId: r1.id } })).toBe(3);
  });

  it("handles concurrent saves of overlapping role sets: one wins, the other gets conflict (no deadlock error)", async () => {
    // The editor sends only the roles it changed, in matrix order: one admin saves r1 and r2,
    // another only r2. Every submitted set differs from the current grants.
    const extra = ["audit.view", "orders.export", "finance.cod.reconcile"];
    for (let round = 0; round < 3; round++) {
      const [v1, v2] = [(await state(r1.id)).version, (await state(r2.id)).version];
      const results = await Promise.allSettled([
        savePermissionMatrix(sa.actor, {
          roles: [
            { roleId: r1.id, version: v1, permissions: ["analytics.view", extra[round]] },
            {
              roleId: r2.id,
              version: v2,
              permissions: ["inventory.view", ["inventory.count", "inventory.adjust", "inventory.transfer"][round]],
            },
          ],
        }),
        savePermissionMatrix(sa.actor, {
          roles: [
            { roleId: r2.id, version: v2, permissions: [["labels.print", "packaging.pack", "packaging.qc"][round]] },
          ],
        }),
      ]);
      const codes = results.map((r) =>
        r.status === "fulfilled" ? "ok" : r.reason instanceof AppError ? r.reason.code : String(r.reason),
      );
      expect([...codes].sort(), `round ${round}`).toEqual(["conflict", "ok"]);
      expect((await state(r2.id)).version).toBe(v2 + 1);
      // the loser changed nothing at all
      expect(await state(r1.id)).toEqual(
        codes[0] === "ok"
          ? { version: v1 + 1, permissions: ["analytics.view", extra[round]].sort() }
          : { version: v1, permissions: (await state(r1.id)).permissions },
      );
      if (codes[0] !== "ok") expect((await state(r1.id)).permissions).not.toContain(extra[round]);
    }
  }, 20_000);

  it("refuses removing roles.manage from the only role holding it (last_super_admin), rolling everything back", async () => {
    // nobody may hold roles.manage other than through super_admin
    await db.userPermissionOverride.deleteMany({ where: { permission: "roles.manage" } });
    const saRole = await state(roles.super_admin.id);
    const audits = await db.auditLog.count();
    const e = await appError(
      savePermissionMatrix(sa.actor, {
        roles: [
          { roleId: r1.id, version: 0, permissions: [] },
          {
            roleId: roles.super_admin.id,
            version: saRole.version,
            permissions: saRole.permissions.filter((p) => p !== "roles.manage"),
          },
        ],
      }),
    );
    expect(e.code).toBe("last_super_admin");
    expect(await state(roles.super_admin.id)).toEqual(saRole);
    expect(saRole.permissions).toContain("roles.manage");
    expect(await state(r1.id)).toEqual({ version: 0, permissions: ["analytics.view", "finance.reports"] });
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("allows moving roles.manage to another role whose active member keeps it", async () => {
    const keeper = await createUser({ role: await db.role.findUniqueOrThrow({ where: { id: r3.id } }) });
    const saRole = await state(roles.super_admin.id);
    const res = await savePermissionMatrix(sa.actor, {
      roles: [
        { roleId: r3.id, version: 0, permissions: ["labels.print", "roles.manage"] },
        {
          roleId: roles.super_admin.id,
          version: saRole.version,
          permissions: saRole.permissions.filter((p) => p !== "roles.manage"),
        },
      ],
    });
    expect(res).toEqual({ changedRoles: 2 });
    // and back, so later tests keep their super admin (the actor snapshot still holds roles.manage)
    const now = await state(roles.super_admin.id);
    await savePermissionMatrix(sa.actor, {
      roles: [{ roleId: roles.super_admin.id, version: now.version, permissions: saRole.permissions }],
    });
    expect((await state(roles.super_admin.id)).permissions).toEqual(saRole.permissions);
    expect(keeper.id).toBeTruthy();
  });

  it("rejects unknown permission strings, bad versions and empty saves (zod)", async () => {
    for (const roles_ of [
      [{ roleId: r1.id, version: 0, permissions: ["root.everything"] }],
      [{ roleId: r1.id, version: 0, permissions: ["*"] }],
      [{ roleId: r1.id, version: -1, permissions: [] }],
      [{ roleId: r1.id, version: 0.5, permissions: [] }],
      [],
    ]) {
      await expect(savePermissionMatrix(sa.actor, { roles: roles_ })).rejects.toBeInstanceOf(ZodError);
    }
    expect(await state(r1.id)).toEqual({ version: 0, permissions: ["analytics.view", "finance.reports"] });
    expect(ALL_PERMISSIONS).not.toContain("root.everything");
  });

  it("answers not_found for an unknown role id and for actors without roles.manage", async () => {
    expect(
      (await appError(savePermissionMatrix(sa.actor, { roles: [{ roleId: "nope", version: 0, permissions: [] }] })))
        .code,
    ).toBe("not_found");
    expect(
      (await appError(savePermissionMatrix(admin.actor, { roles: [{ roleId: r1.id, version: 0, permissions: [] }] })))
        .code,
    ).toBe("not_found");
    expect(await state(r1.id)).toEqual({ version: 0, permissions: ["analytics.view", "finance.reports"] });
  });
});

describe("createRole", () => {
  it("creates an empty custom role, audited", async () => {
    const role = await createRole(sa.actor, {
      key: "  Night_Shift ",
      nameEn: "Night shift",
      nameAr: "الوردية الليلية",
    });
    expect(role.key).toBe("night_shift");
    const row = await db.role.findUniqueOrThrow({ where: { id: role.id }, include: { permissions: true } });
    expect(row).toMatchObject({
      key: "night_shift",
      nameEn: "Night shift",
      nameAr: "الوردية الليلية",
      isSystem: false,
      version: 0,
    });
    expect(row.permissions).toEqual([]);
    const [a] = await db.auditLog.findMany({ where: { action: "role.create", targetId: role.id } });
    expect(a).toMatchObject({
      actorId: sa.user.id,
      targetType: "role",
      after: {
        key: "night_shift",
        nameEn: "Night shift",
        nameAr: "الوردية الليلية",
        copiedFrom: null,
        permissions: [],
      },
    });
  });

  it("copies another role's permissions", async () => {
    const role = await createRole(sa.actor, {
      key: "finance_junior",
      nameEn: "Finance junior",
      nameAr: "مالية",
      copyFromRoleId: roles.finance.id,
    });
    expect((await state(role.id)).permissions).toEqual([...DEFAULT_ROLE_GRANTS.finance].sort());
    const [a] = await db.auditLog.findMany({ where: { action: "role.create", targetId: role.id } });
    expect(a.after).toMatchObject({ copiedFrom: "finance", permissions: [...DEFAULT_ROLE_GRANTS.finance].sort() });
  });

  it("refuses a duplicate key (role_key_taken), a bad key (zod) and an unknown source role", async () => {
    const audits = await db.auditLog.count();
    const e = await appError(createRole(sa.actor, { key: "FINANCE", nameEn: "Dup", nameAr: "Dup" }));
    expect(e).toMatchObject({ code: "role_key_taken", fields: { key: "role_key_taken" } });
    await expect(createRole(sa.actor, { key: "1bad", nameEn: "Bad", nameAr: "Bad" })).rejects.toBeInstanceOf(ZodError);
    await expect(createRole(sa.actor, { key: "ab", nameEn: "Bad", nameAr: "Bad" })).rejects.toBeInstanceOf(ZodError);
    const v = await appError(
      createRole(sa.actor, { key: "copy_of_nothing", nameEn: "Copy", nameAr: "Copy", copyFromRoleId: "nope" }),
    );
    expect(v).toMatchObject({ code: "validation", fields: { copyFromRoleId: "invalid" } });
    expect(await db.role.count({ where: { key: "copy_of_nothing" } })).toBe(0);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("answers not_found without roles.manage", async () => {
    expect(
      (await appError(createRole(admin.actor, { key: "by_admin", nameEn: "By admin", nameAr: "By admin" }))).code,
    ).toBe("not_found");
    expect(await db.role.count({ where: { key: "by_admin" } })).toBe(0);
  });
});

// Last in the file: it disables every other super admin.
describe("someone keeps roles.manage across use-cases", () => {
  it("a matrix save and a disable that together would remove the last holder cannot both commit", async () => {
    const { setUserStatus } = await import("@/lib/users/set-user-status");
    for (let round = 0; round < 3; round++) {
      // a: super admin by role; b: holds roles.manage through custom role r. Nobody else does.
      const a = await userWithActor({ role: "super_admin" });
      const r = await insertRole({
        permissions: ["roles.manage", "users.manage", "users.view", "users.approve", "settings.manage", "audit.view"],
      });
      const b = await userWithActor({ role: await db.role.findUniqueOrThrow({ where: { id: r.id } }) });
      await db.user.updateMany({ where: { id: { notIn: [a.user.id, b.user.id] } }, data: { status: "disabled" } });

      const results = await Promise.allSettled([
        savePermissionMatrix(a.actor, { roles: [{ roleId: r.id, version: 0, permissions: ["users.view"] }] }), // b loses it
        setUserStatus(b.actor, { userId: a.user.id, status: "disabled" }), // a goes
      ]);
      const codes = results.map((x) =>
        x.status === "fulfilled" ? "ok" : x.reason instanceof AppError ? x.reason.code : String(x.reason),
      );
      expect([...codes].sort(), `round ${round}`).toEqual(["last_super_admin", "ok"]);
      const holders = await db.user.count({
        where: {
          status: "active",
          OR: [
            { role: { permissions: { some: { permission: "roles.manage" } } } },
            { permissionOverrides: { some: { permission: "roles.manage", effect: "grant" } } },
          ],
        },
      });
      expect(holders, `round ${round}`).toBe(1);
    }
  });
});
