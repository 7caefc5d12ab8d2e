import { describe, expect, it } from "vitest";
import {
  ALL_PERMISSIONS,
  DEFAULT_ROLE_GRANTS,
  PERMISSION_GROUPS,
  SYSTEM_ROLES,
  hasPermission,
  isPermission,
  resolvePermissions,
} from "./permissions";

describe("permission catalogue", () => {
  it("names every permission resource.action, once", () => {
    for (const p of ALL_PERMISSIONS) expect(p).toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
    expect(new Set(ALL_PERMISSIONS).size).toBe(ALL_PERMISSIONS.length);
    expect(ALL_PERMISSIONS.length).toBe(Object.values(PERMISSION_GROUPS).flat().length);
  });

  it("default grants only reference catalogue permissions, without duplicates", () => {
    for (const [role, grants] of Object.entries(DEFAULT_ROLE_GRANTS)) {
      for (const p of grants) expect(isPermission(p), `${role}: ${p}`).toBe(true);
      expect(new Set(grants).size, role).toBe(grants.length);
    }
  });

  it("gives every system role some grants, and grants only to system roles", () => {
    for (const role of SYSTEM_ROLES) expect(DEFAULT_ROLE_GRANTS[role]?.length ?? 0, role).toBeGreaterThan(0);
    expect(Object.keys(DEFAULT_ROLE_GRANTS).sort()).toEqual([...SYSTEM_ROLES].sort());
  });

  it("keeps seller-only 'own' permissions away from super_admin", () => {
    const sa = new Set<string>(DEFAULT_ROLE_GRANTS.super_admin);
    expect(sa.has("users.manage")).toBe(true);
    expect(sa.has("roles.manage")).toBe(true);
    expect(sa.has("orders.view_own")).toBe(false);
    expect(sa.has("products.manage_own")).toBe(false);
  });

  it("lets only super_admin manage roles by default", () => {
    const holders = SYSTEM_ROLES.filter((r) => (DEFAULT_ROLE_GRANTS[r] as readonly string[]).includes("roles.manage"));
    expect(holders).toEqual(["super_admin"]);
  });
});

describe("resolvePermissions", () => {
  it("returns the role's grants", () => {
    const perms = resolvePermissions(["users.view", "audit.view"]);
    expect([...perms].sort()).toEqual(["audit.view", "users.view"]);
  });

  it("adds per-user grants", () => {
    const perms = resolvePermissions(["users.view"], [{ permission: "audit.view", effect: "grant" }]);
    expect(perms.has("audit.view")).toBe(true);
    expect(perms.has("users.view")).toBe(true);
  });

  it("removes per-user revocations from role grants", () => {
    const perms = resolvePermissions(
      ["users.view", "users.manage"],
      [{ permission: "users.manage", effect: "revoke" }],
    );
    expect([...perms]).toEqual(["users.view"]);
  });

  it("lets a revocation win over a grant of the same permission, whatever the order", () => {
    const a = resolvePermissions(
      [],
      [
        { permission: "audit.view", effect: "revoke" },
        { permission: "audit.view", effect: "grant" },
      ],
    );
    const b = resolvePermissions(
      [],
      [
        { permission: "audit.view", effect: "grant" },
        { permission: "audit.view", effect: "revoke" },
      ],
    );
    expect(a.has("audit.view")).toBe(false);
    expect(b.has("audit.view")).toBe(false);
  });

  it("drops strings that are not in the catalogue (unknown = deny)", () => {
    const perms = resolvePermissions(
      ["users.view", "users.delete_all", "*", ""],
      [{ permission: "root.everything", effect: "grant" }],
    );
    expect([...perms]).toEqual(["users.view"]);
  });

  it("resolves a system role's defaults to exactly its grants", () => {
    for (const role of SYSTEM_ROLES) {
      expect([...resolvePermissions(DEFAULT_ROLE_GRANTS[role])].sort(), role).toEqual(
        [...DEFAULT_ROLE_GRANTS[role]].sort(),
      );
    }
  });
});

describe("hasPermission", () => {
  const perms = resolvePermissions(["users.view"]);
  it("is true for a held permission", () => expect(hasPermission(perms, "users.view")).toBe(true));
  it("is false for a catalogue permission not held", () => expect(hasPermission(perms, "users.manage")).toBe(false));
  it("is false for an unknown permission, even if the set contains the string", () => {
    const forged = new Set(["users.view", "made.up"]);
    expect(hasPermission(forged, "made.up")).toBe(false);
    expect(hasPermission(forged, "")).toBe(false);
  });
});
