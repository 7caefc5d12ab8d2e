// signIn(): credentials, lockout, account states, sessions, rate limits, audit rows.
import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { signIn } from "@/lib/auth/sign-in";
import { loadActor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/passwords";
import { RATE_LIMITS } from "@/lib/security/rate-limits";
import { clearSettingsCache } from "@/lib/settings/get-settings";
import type { RequestContext } from "@/lib/security/request-context";
import { createUser } from "../support/factories";

// The catalogue's budgets are asserted exactly: no widening for this file (limiters are built
// lazily, on the first call, so this runs early enough).
delete process.env.RATE_LIMIT_MULTIPLIER;

const PASSWORD = "correct horse battery staple";
const WRONG = "not the password";
let hash: string;

const uid = () => randomBytes(4).toString("hex");
/** A request context with its own IP, so the per-IP budget (30 / 15 min) is not shared across tests. */
const ctx = (): RequestContext => ({
  ip: `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
  userAgent: "vitest sign-in",
  requestId: `req-${uid()}`,
});
const email = (tag: string) => `${tag}-${uid()}@test.atlas`;

async function user(opts: Parameters<typeof createUser>[0] = {}) {
  return createUser({ role: "finance", passwordHash: hash, ...opts });
}

/** The AppError signIn rejects with (fails the test if it resolves or throws something else). */
async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => {
      throw new Error("expected signIn to be refused");
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

const auditFor = (actorEmail: string) => db.auditLog.findMany({ where: { actorEmail }, orderBy: { seq: "asc" } });

beforeAll(async () => {
  hash = await hashPassword(PASSWORD);
});

afterEach(async () => {
  await db.setting.deleteMany({});
  clearSettingsCache();
});

describe("signIn: credentials", () => {
  it("refuses an unknown email with invalid_credentials and audits auth.login_failed", async () => {
    const addr = email("nobody");
    const c = ctx();
    const e = await refusal(signIn({ email: addr.toUpperCase(), password: PASSWORD }, c));
    expect(e.code).toBe("invalid_credentials");
    expect(e.params).toEqual({});

    const rows = await auditFor(addr);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "auth.login_failed",
      actorId: null,
      actorEmail: addr,
      targetType: null,
      targetId: null,
      ip: c.ip,
      userAgent: c.userAgent,
      requestId: c.requestId,
      after: { reason: "unknown_email" },
    });
    expect(await db.userSession.count()).toBe(0);
  });

  it("refuses malformed input with invalid_credentials and writes nothing", async () => {
    const before = await db.auditLog.count();
    expect((await refusal(signIn({ email: "not-an-email", password: PASSWORD }, ctx()))).code).toBe(
      "invalid_credentials",
    );
    expect((await refusal(signIn({ email: email("x"), password: "" }, ctx()))).code).toBe("invalid_credentials");
    expect(await db.auditLog.count()).toBe(before);
  });

  it("counts a wrong password on the account and audits it", async () => {
    const u = await user();
    const e = await refusal(signIn({ email: u.email, password: WRONG }, ctx()));
    expect(e.code).toBe("invalid_credentials");
    const after = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.failedLoginCount).toBe(1);
    expect(after.lockedUntil).toBeNull();
    expect(after.lastLoginAt).toBeNull();

    const rows = await auditFor(u.email);
    expect(rows.map((r) => r.action)).toEqual(["auth.login_failed"]);
    expect(rows[0]).toMatchObject({
      actorId: u.id,
      targetType: "user",
      targetId: u.id,
      after: { failedLoginCount: 1, lockedUntil: null },
    });
    expect(await db.userSession.count({ where: { userId: u.id } })).toBe(0);
  });

  it("accepts the right password (email trimmed and case-insensitive), resets the counter and opens a session", async () => {
    const u = await user();
    await db.user.update({ where: { id: u.id }, data: { failedLoginCount: 3 } });
    const c = ctx();
    const started = Date.now();
    const res = await signIn({ email: `  ${u.email.toUpperCase()} `, password: PASSWORD }, c);
    expect(res.userId).toBe(u.id);

    const after = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.failedLoginCount).toBe(0);
    expect(after.lockedUntil).toBeNull();
    expect(after.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(started - 5);

    const sessions = await db.userSession.findMany({ where: { userId: u.id } });
    expect(sessions).toHaveLength(1);
    const s = sessions[0];
    expect(s).toMatchObject({ id: res.sessionId, remember: false, revokedAt: null, ip: c.ip, userAgent: c.userAgent });
    // default session.absoluteHours = 12
    expect(s.expiresAt.getTime() - s.createdAt.getTime()).toBe(12 * 3_600_000);
    expect(s.lastSeenAt.getTime()).toBe(s.createdAt.getTime());

    const rows = await auditFor(u.email);
    expect(rows.map((r) => r.action)).toEqual(["auth.login"]);
    expect(rows[0]).toMatchObject({
      actorId: u.id,
      targetId: u.id,
      ip: c.ip,
      requestId: c.requestId,
      after: { sessionId: res.sessionId, remember: false },
    });

    const actor = await loadActor(res.sessionId);
    expect(actor).toMatchObject({ userId: u.id, sessionId: res.sessionId, roleKey: "finance" });
  });

  it("opens a new session row at every sign-in; remember=true lasts session.rememberDays", async () => {
    const u = await user();
    const a = await signIn({ email: u.email, password: PASSWORD, remember: false }, ctx());
    const b = await signIn({ email: u.email, password: PASSWORD, remember: true }, ctx());
    expect(a.sessionId).not.toBe(b.sessionId);
    const sb = await db.userSession.findUniqueOrThrow({ where: { id: b.sessionId } });
    expect(sb.remember).toBe(true);
    expect(sb.expiresAt.getTime() - sb.createdAt.getTime()).toBe(30 * 86_400_000);
    const rows = await auditFor(u.email);
    expect(rows.map((r) => [r.action, (r.after as { remember: boolean }).remember])).toEqual([
      ["auth.login", false],
      ["auth.login", true],
    ]);
  });

  it("uses the stored session settings for the absolute expiry", async () => {
    await db.setting.createMany({
      data: [
        { key: "session.absoluteHours", value: 2 },
        { key: "session.rememberDays", value: 7 },
      ],
    });
    clearSettingsCache();
    const u = await user();
    const a = await signIn({ email: u.email, password: PASSWORD }, ctx());
    const b = await signIn({ email: u.email, password: PASSWORD, remember: true }, ctx());
    const [sa, sb] = await Promise.all([
      db.userSession.findUniqueOrThrow({ where: { id: a.sessionId } }),
      db.userSession.findUniqueOrThrow({ where: { id: b.sessionId } }),
    ]);
    expect(sa.expiresAt.getTime() - sa.createdAt.getTime()).toBe(2 * 3_600_000);
    expect(sb.expiresAt.getTime() - sb.createdAt.getTime()).toBe(7 * 86_400_000);
  });
});

describe("signIn: lockout", () => {
  it("locks at the threshold (default 5), refuses even the right password while locked, then lets in after expiry", async () => {
    const u = await user();
    for (let i = 1; i <= 4; i++) {
      expect((await refusal(signIn({ email: u.email, password: WRONG }, ctx()))).code).toBe("invalid_credentials");
      expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).failedLoginCount).toBe(i);
    }
    const fifth = await refusal(signIn({ email: u.email, password: WRONG }, ctx()));
    expect(fifth.code).toBe("account_locked");
    expect(fifth.params).toEqual({ minutes: 15 });

    let row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.failedLoginCount).toBe(5);
    expect(row.lockedUntil).not.toBeNull();
    const lockMs = row.lockedUntil!.getTime() - Date.now();
    expect(lockMs).toBeGreaterThan(14 * 60_000);
    expect(lockMs).toBeLessThanOrEqual(15 * 60_000);

    let rows = await auditFor(u.email);
    expect(rows.map((r) => r.action)).toEqual([...Array(4).fill("auth.login_failed"), "auth.account_locked"]);
    expect(rows.map((r) => (r.after as { failedLoginCount: number }).failedLoginCount)).toEqual([1, 2, 3, 4, 5]);

    // While locked the password is not even checked, and the counter does not move.
    const locked = await refusal(signIn({ email: u.email, password: PASSWORD }, ctx()));
    expect(locked.code).toBe("account_locked");
    expect(locked.params.minutes).toBeGreaterThanOrEqual(14);
    expect(locked.params.minutes).toBeLessThanOrEqual(15);
    row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.failedLoginCount).toBe(5);
    expect(await db.userSession.count({ where: { userId: u.id } })).toBe(0);
    rows = await auditFor(u.email);
    expect(rows.at(-1)).toMatchObject({ action: "auth.login_refused", targetId: u.id, after: { reason: "locked" } });

    // The lock runs out.
    await db.user.update({ where: { id: u.id }, data: { lockedUntil: new Date(Date.now() - 1_000) } });
    const ok = await signIn({ email: u.email, password: PASSWORD }, ctx());
    row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    expect(row.lastLoginAt).not.toBeNull();
    expect(await db.userSession.count({ where: { userId: u.id } })).toBe(1);
    expect((await auditFor(u.email)).at(-1)).toMatchObject({
      action: "auth.login",
      after: { sessionId: ok.sessionId },
    });
  });

  it("locks again for twice as long when failures continue after an expired lock", async () => {
    const u = await user();
    await db.user.update({
      where: { id: u.id },
      data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() - 1_000) },
    });
    const e = await refusal(signIn({ email: u.email, password: WRONG }, ctx()));
    expect(e.code).toBe("account_locked");
    expect(e.params).toEqual({ minutes: 30 });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).failedLoginCount).toBe(6);
  });

  it("follows the stored lockout threshold and duration", async () => {
    await db.setting.createMany({
      data: [
        { key: "auth.lockoutThreshold", value: 3 },
        { key: "auth.lockoutMinutes", value: 60 },
      ],
    });
    clearSettingsCache();
    const u = await user();
    await refusal(signIn({ email: u.email, password: WRONG }, ctx()));
    await refusal(signIn({ email: u.email, password: WRONG }, ctx()));
    const third = await refusal(signIn({ email: u.email, password: WRONG }, ctx()));
    expect(third.code).toBe("account_locked");
    expect(third.params).toEqual({ minutes: 60 });
  });

  it("counts every one of 10 concurrent wrong guesses (no lost update)", async () => {
    // Threshold above 10 so that every attempt reaches the password check.
    await db.setting.create({ data: { key: "auth.lockoutThreshold", value: 20 } });
    clearSettingsCache();
    const u = await user();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => signIn({ email: u.email, password: WRONG }, ctx())),
    );
    expect(results.map((r) => (r.status === "rejected" ? (r.reason as AppError).code : "ok"))).toEqual(
      Array(10).fill("invalid_credentials"),
    );
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.failedLoginCount).toBe(10);
    expect(row.lockedUntil).toBeNull();
    // Each attempt saw its own increment: 1..10, each exactly once.
    const counts = (await auditFor(u.email)).map((r) => (r.after as { failedLoginCount: number }).failedLoginCount);
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe("signIn: account states are revealed only with the right password", () => {
  const cases = [
    { name: "unverified email", opts: { emailVerified: false }, code: "email_unverified", params: {} },
    { name: "pending approval", opts: { status: "pending_approval" as const }, code: "pending_approval", params: {} },
    {
      name: "rejected",
      opts: { status: "rejected" as const },
      code: "account_rejected",
      params: { reason: "Trade licence expired" },
    },
    { name: "disabled", opts: { status: "disabled" as const }, code: "account_disabled", params: {} },
  ];

  for (const c of cases) {
    it(`${c.name}: right password → ${c.code}, wrong password → invalid_credentials, no session`, async () => {
      const u = await user({ role: "seller", ...c.opts });
      if (c.code === "account_rejected")
        await db.user.update({ where: { id: u.id }, data: { rejectionReason: "Trade licence expired" } });

      const wrong = await refusal(signIn({ email: u.email, password: WRONG }, ctx()));
      expect(wrong.code).toBe("invalid_credentials");
      expect(wrong.params).toEqual({});

      const right = await refusal(signIn({ email: u.email, password: PASSWORD }, ctx()));
      expect(right.code).toBe(c.code);
      expect(right.params).toEqual(c.params);

      expect(await db.userSession.count({ where: { userId: u.id } })).toBe(0);
      const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
      expect(row.lastLoginAt).toBeNull();
      const rows = await auditFor(u.email);
      expect(rows.map((r) => r.action)).toEqual(["auth.login_failed", "auth.login_refused"]);
      expect(rows[1].after).toEqual({ reason: c.code });
    });
  }
});

describe("signIn: rate limits", () => {
  it(`refuses the account after RATE_LIMITS["login.account"].tokens attempts in the window`, async () => {
    const tokens = RATE_LIMITS["login.account"].tokens;
    const addr = email("flood");
    for (let i = 0; i < tokens; i++) {
      expect((await refusal(signIn({ email: addr, password: WRONG }, ctx()))).code).toBe("invalid_credentials");
    }
    // From yet another IP, and with any casing: the budget is per account.
    const limited = await refusal(signIn({ email: addr.toUpperCase(), password: WRONG }, ctx()));
    expect(limited.code).toBe("rate_limited");
    expect(limited.params.seconds).toBeGreaterThan(0);
    expect(limited.params.seconds).toBeLessThanOrEqual(15 * 60);
    // The refused attempt never reached the database.
    expect(await db.auditLog.count({ where: { actorEmail: addr } })).toBe(tokens);

    // Another account is not affected.
    const other = email("other");
    expect((await refusal(signIn({ email: other, password: WRONG }, ctx()))).code).toBe("invalid_credentials");
  });

  it("stops a real account's right password too once its budget is spent (no lockout bypass)", async () => {
    const u = await user();
    await db.setting.create({ data: { key: "auth.lockoutThreshold", value: 20 } });
    clearSettingsCache();
    for (let i = 0; i < RATE_LIMITS["login.account"].tokens; i++)
      await refusal(signIn({ email: u.email, password: WRONG }, ctx()));
    expect((await refusal(signIn({ email: u.email, password: PASSWORD }, ctx()))).code).toBe("rate_limited");
    expect(await db.userSession.count({ where: { userId: u.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).failedLoginCount).toBe(
      RATE_LIMITS["login.account"].tokens,
    );
  });

  it(`refuses an IP after RATE_LIMITS["login.ip"].tokens attempts, whatever the emails`, async () => {
    const c = ctx();
    const tokens = RATE_LIMITS["login.ip"].tokens;
    for (let i = 0; i < tokens; i++) {
      expect((await refusal(signIn({ email: email(`ip${i}`), password: WRONG }, c))).code).toBe("invalid_credentials");
    }
    expect((await refusal(signIn({ email: email("ip-last"), password: WRONG }, c))).code).toBe("rate_limited");
    // A different IP still gets through to the credential check.
    expect((await refusal(signIn({ email: email("ip-other"), password: WRONG }, ctx()))).code).toBe(
      "invalid_credentials",
    );
  });
});
