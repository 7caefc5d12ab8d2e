// updateSettings: only changed keys are written and audited; bounds come from the catalogue.
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/actor";
import { updateSettings } from "@/lib/settings/update-settings";
import { clearSettingsCache, getSettings } from "@/lib/settings/get-settings";
import { parseSettings, type Settings } from "@/lib/settings/catalogue";
import type { User } from "@/generated/prisma/client";
import { createSession, createUser, userWithActor } from "../support/factories";

// From the catalogue itself, so a setting added later is carried along (its default).
const DEFAULTS: Settings = parseSettings([]);

let admin: { user: User; actor: Actor };

beforeAll(async () => {
  admin = await userWithActor({ role: "admin" });
});

async function stored() {
  const rows = await db.setting.findMany({ orderBy: { key: "asc" } });
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

describe("updateSettings", () => {
  it("saves nothing and audits nothing when nothing changed", async () => {
    const audits = await db.auditLog.count();
    expect(await updateSettings(admin.actor, DEFAULTS)).toEqual({ changed: 0 });
    expect(await db.setting.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("writes only the changed keys, with one audit row holding before/after of those keys", async () => {
    const audits = await db.auditLog.count();
    const res = await updateSettings(admin.actor, {
      ...DEFAULTS,
      "session.idleMinutes": 45,
      "auth.lockoutThreshold": 7,
    });
    expect(res).toEqual({ changed: 2 });
    expect(await stored()).toEqual({ "auth.lockoutThreshold": 7, "session.idleMinutes": 45 });
    const rows = await db.setting.findMany();
    expect(rows.every((r) => r.updatedById === admin.user.id)).toBe(true);

    expect(await db.auditLog.count()).toBe(audits + 1);
    const a = await db.auditLog.findFirstOrThrow({ where: { action: "settings.update" }, orderBy: { seq: "desc" } });
    expect(a).toMatchObject({
      actorId: admin.user.id,
      actorEmail: admin.user.email,
      targetType: "settings",
      before: { "session.idleMinutes": 30, "auth.lockoutThreshold": 5 },
      after: { "session.idleMinutes": 45, "auth.lockoutThreshold": 7 },
    });
    expect(await getSettings()).toEqual({ ...DEFAULTS, "session.idleMinutes": 45, "auth.lockoutThreshold": 7 });

    // Changing one of them again: only that key, before = the stored value.
    expect(
      await updateSettings(admin.actor, { ...DEFAULTS, "session.idleMinutes": 45, "auth.lockoutThreshold": 9 }),
    ).toEqual({ changed: 1 });
    const b = await db.auditLog.findFirstOrThrow({ where: { action: "settings.update" }, orderBy: { seq: "desc" } });
    expect(b.before).toEqual({ "auth.lockoutThreshold": 7 });
    expect(b.after).toEqual({ "auth.lockoutThreshold": 9 });
  });

  it("takes effect at once in this process (the settings cache is cleared)", async () => {
    const u = await createUser({ role: "finance" });
    const s = await createSession(u.id, { lastSeenAt: new Date(Date.now() - 50 * 60_000) });
    await updateSettings(admin.actor, { ...DEFAULTS, "session.idleMinutes": 60 });
    expect(await loadActor(s.id)).not.toBeNull();
    await updateSettings(admin.actor, { ...DEFAULTS, "session.idleMinutes": 40 });
    const s2 = await createSession(u.id, { lastSeenAt: new Date(Date.now() - 50 * 60_000) });
    expect(await loadActor(s2.id)).toBeNull();
  });

  it("rejects out-of-range, mistyped and unknown values (zod), writing nothing", async () => {
    const before = await stored();
    const audits = await db.auditLog.count();
    for (const bad of [
      { "session.idleMinutes": 4 }, // min 5
      { "session.idleMinutes": 24 * 60 + 1 },
      { "session.absoluteHours": 0 },
      { "session.absoluteHours": 24 * 7 + 1 },
      { "session.rememberDays": 91 },
      { "auth.lockoutThreshold": 2 },
      { "auth.lockoutThreshold": 21 },
      { "auth.lockoutMinutes": 0 },
      { "auth.lockoutMinutes": 1.5 },
      { "auth.lockoutMinutes": "15" },
      { "evil.flag": true },
    ]) {
      await expect(updateSettings(admin.actor, { ...DEFAULTS, ...bad }), JSON.stringify(bad)).rejects.toBeInstanceOf(
        ZodError,
      );
    }
    expect(await stored()).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("accepts the bounds themselves", async () => {
    const edge: Settings = {
      ...DEFAULTS,
      "session.idleMinutes": 5,
      "session.absoluteHours": 24 * 7,
      "session.rememberDays": 90,
      "auth.lockoutThreshold": 20,
      "auth.lockoutMinutes": 1,
    };
    try {
      expect(await updateSettings(admin.actor, edge)).toEqual({ changed: 5 });
      clearSettingsCache();
      expect(await getSettings()).toEqual(edge);
    } finally {
      await updateSettings(admin.actor, DEFAULTS);
    }
  });

  it("needs settings.manage", async () => {
    for (const role of ["finance", "super_admin"] as const) {
      const { actor } = await userWithActor({ role, revokes: role === "super_admin" ? ["settings.manage"] : [] });
      const e = await updateSettings(actor, { ...DEFAULTS, "session.idleMinutes": 90 }).then(
        () => null,
        (err: unknown) => err,
      );
      expect(e, role).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe("not_found");
    }
    expect((await getSettings())["session.idleMinutes"]).toBe(30);
  });
});
