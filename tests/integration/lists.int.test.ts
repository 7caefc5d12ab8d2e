// Admin lists: listUsers (search, filters, pagination) and listAudit (filters).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { listUsers } from "@/lib/users/list-users";
import { listAudit } from "@/lib/audit/list-audit";
import { PAGE_SIZE } from "@/lib/pagination";
import { UNUSABLE_PASSWORD_HASH, seedSystemRoles, userWithActor } from "../support/factories";
import { rawSql } from "../support/sql";

let roles: Awaited<ReturnType<typeof seedSystemRoles>>;
let admin: Actor;

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

describe("listUsers", () => {
  // 30 couriers "Courier NN" (c-NN@fleet.example), every 5th disabled; 3 finance clerks; the admin.
  beforeAll(async () => {
    roles = await seedSystemRoles();
    admin = (await userWithActor({ role: "admin", email: "boss@atlas.example", name: "The Boss" })).actor;
    const base = Date.now() - 3_600_000;
    await db.user.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        email: `c-${String(i).padStart(2, "0")}@fleet.example`,
        name: `Courier ${String(i).padStart(2, "0")}`,
        passwordHash: UNUSABLE_PASSWORD_HASH,
        roleId: roles.delivery_agent.id,
        status: i % 5 === 0 ? ("disabled" as const) : ("active" as const),
        emailVerifiedAt: new Date(),
        createdAt: new Date(base + i * 1_000), // c-29 newest
      })),
    });
    await db.user.createMany({
      data: ["Mariam Al Nuaimi", "Omar Haddad", "Layla Mansour"].map((name, i) => ({
        email: `clerk${i}@books.example`,
        name,
        passwordHash: UNUSABLE_PASSWORD_HASH,
        roleId: roles.finance.id,
        emailVerifiedAt: new Date(),
        createdAt: new Date(base - 60_000 + i),
      })),
    });
  });

  it("pages newest first, PAGE_SIZE per page, with totals", async () => {
    const p1 = await listUsers(admin, {});
    expect(p1.total).toBe(34);
    expect(p1.pageSize).toBe(PAGE_SIZE);
    expect(p1.pageCount).toBe(2);
    expect(p1.rows).toHaveLength(25);
    expect(p1.rows[0].email).toBe("boss@atlas.example"); // created last
    expect(p1.rows[1].email).toBe("c-29@fleet.example");
    const p2 = await listUsers(admin, { page: 2 });
    expect(p2).toMatchObject({ total: 34, page: 2, pageCount: 2 });
    expect(p2.rows.map((r) => r.email)).toEqual([
      "c-05@fleet.example",
      "c-04@fleet.example",
      "c-03@fleet.example",
      "c-02@fleet.example",
      "c-01@fleet.example",
      "c-00@fleet.example",
      "clerk2@books.example",
      "clerk1@books.example",
      "clerk0@books.example",
    ]);
    // no overlap, nothing missing
    expect(new Set([...p1.rows, ...p2.rows].map((r) => r.email)).size).toBe(34);
    // past the end: empty page, same total; nonsense page numbers fall back to 1
    expect(await listUsers(admin, { page: 3 })).toMatchObject({ total: 34, rows: [] });
    expect((await listUsers(admin, { page: "abc" as never })).page).toBe(1);
  });

  it("sorts on the indexed columns only (name, email, created), with the id as tie-breaker", async () => {
    const byName = await listUsers(admin, { sort: "name", dir: "asc", role: "finance" });
    expect(byName.rows.map((r) => r.name)).toEqual(["Layla Mansour", "Mariam Al Nuaimi", "Omar Haddad"]);
    const byEmailDesc = await listUsers(admin, { sort: "email", dir: "desc" });
    expect(byEmailDesc.rows[0].email).toBe("clerk2@books.example");
    const lastPage = await listUsers(admin, { sort: "email", dir: "desc", page: 2 });
    expect(lastPage.rows.at(-1)?.email).toBe("boss@atlas.example");
    // a column without an index (or nonsense) falls back to newest first
    const fallback = await listUsers(admin, { sort: "lastLoginAt" as never, dir: "sideways" as never });
    expect(fallback.rows[0].email).toBe("boss@atlas.example");
  });

  it("searches part of the email or name, case-insensitively", async () => {
    const byEmail = await listUsers(admin, { q: "FLEET.ex" });
    expect(byEmail.total).toBe(30);
    const byName = await listUsers(admin, { q: "haddad" });
    expect(byName.rows.map((r) => r.email)).toEqual(["clerk1@books.example"]);
    const partial = await listUsers(admin, { q: "c-1" });
    expect(partial.total).toBe(10); // c-10 … c-19
    expect((await listUsers(admin, { q: "  courier 2 " })).total).toBe(10); // trimmed: Courier 20 … 29
    expect((await listUsers(admin, { q: "nobody-here" })).total).toBe(0);
  });

  it("treats LIKE wildcards in the search as plain characters", async () => {
    expect((await listUsers(admin, { q: "%" })).total).toBe(0);
    expect((await listUsers(admin, { q: "c_0" })).total).toBe(0); // would match c-00 … c-09 as a pattern
    expect((await listUsers(admin, { q: "\\" })).total).toBe(0);
    await db.user.create({
      data: {
        email: "john_100%@odd.example",
        name: "John 100%",
        passwordHash: UNUSABLE_PASSWORD_HASH,
        roleId: roles.finance.id,
        emailVerifiedAt: new Date(),
      },
    });
    expect((await listUsers(admin, { q: "n_100%" })).rows.map((r) => r.email)).toEqual(["john_100%@odd.example"]);
    expect((await listUsers(admin, { q: "100%" })).total).toBe(1);
    await db.user.delete({ where: { email: "john_100%@odd.example" } });
  });

  it("filters by role key and status, combined with search and pages", async () => {
    expect((await listUsers(admin, { role: "finance" })).total).toBe(3);
    expect((await listUsers(admin, { role: "delivery_agent" })).total).toBe(30);
    expect((await listUsers(admin, { status: "disabled" })).total).toBe(6);
    const both = await listUsers(admin, { role: "delivery_agent", status: "active" });
    expect(both).toMatchObject({ total: 24, pageCount: 1 });
    expect(both.rows.every((r) => r.status === "active" && r.role.key === "delivery_agent")).toBe(true);
    const narrowed = await listUsers(admin, { role: "delivery_agent", status: "disabled", q: "c-1" });
    expect(narrowed.rows.map((r) => r.email)).toEqual(["c-15@fleet.example", "c-10@fleet.example"]);
    // unknown filter values are ignored rather than failing
    expect((await listUsers(admin, { status: "hacked" as never })).total).toBe(34);
    expect((await listUsers(admin, { role: "no_such_role" })).total).toBe(0);
  });

  it("never returns password hashes or other secrets", async () => {
    const { rows } = await listUsers(admin, { q: "clerk0" });
    expect(Object.keys(rows[0]).sort()).toEqual([
      "createdAt",
      "email",
      "id",
      "lastLoginAt",
      "lockedUntil",
      "name",
      "role",
      "status",
    ]);
  });

  it("needs users.view", async () => {
    const { actor } = await userWithActor({ role: "finance" });
    expect((await appError(listUsers(actor, {}))).code).toBe("not_found");
  });
});

describe("listAudit", () => {
  let auditor: Actor;
  const ctx = (email: string) => ({
    actorId: null,
    actorEmail: email,
    ip: "192.0.2.1",
    userAgent: "vitest",
    requestId: null,
  });

  beforeAll(async () => {
    auditor = (await userWithActor({ role: "admin", email: "auditor@atlas.example" })).actor;
    await db.$transaction(async (tx) => {
      await writeAudit(tx, ctx("alice@atlas.example"), { action: "user.create", targetType: "user", targetId: "u-1" });
      await writeAudit(tx, ctx("alice@atlas.example"), { action: "user.disable", targetType: "user", targetId: "u-2" });
      await writeAudit(tx, ctx("bob@atlas.example"), {
        action: "role.permissions",
        targetType: "role",
        targetId: "r-1",
      });
      await writeAudit(tx, ctx("bob@atlas.example"), { action: "auth.login", targetType: "user", targetId: "u-1" });
      await writeAudit(tx, ctx("mallory@evil.example"), { action: "auth.login_failed" });
    });
  });

  const actions = (page: { rows: Array<{ action: string }> }) => page.rows.map((r) => r.action);

  it("lists newest first with seq as a string", async () => {
    const page = await listAudit(auditor, {});
    expect(page.total).toBe(await db.auditLog.count());
    expect(actions(page).slice(0, 5)).toEqual([
      "auth.login_failed",
      "auth.login",
      "role.permissions",
      "user.disable",
      "user.create",
    ]);
    const seqs = page.rows.map((r) => Number(r.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(typeof page.rows[0].seq).toBe("string");
  });

  it("filters by action prefix", async () => {
    expect(actions(await listAudit(auditor, { action: "user." }))).toEqual(["user.disable", "user.create"]);
    expect(actions(await listAudit(auditor, { action: "auth.login" }))).toEqual(["auth.login_failed", "auth.login"]);
    expect(actions(await listAudit(auditor, { action: "auth.login_f" }))).toEqual(["auth.login_failed"]);
    expect((await listAudit(auditor, { action: "ser." })).total).toBe(0); // a prefix, not a substring
    expect((await listAudit(auditor, { action: "%" })).total).toBe(0); // not a wildcard
    expect((await listAudit(auditor, { action: "user_" })).total).toBe(0);
    expect((await listAudit(auditor, { actor: "_lice" })).total).toBe(0);
  });

  it("filters by actor email prefix (case-insensitive input) and by target", async () => {
    expect(actions(await listAudit(auditor, { actor: "ALICE@" }))).toEqual(["user.disable", "user.create"]);
    expect((await listAudit(auditor, { actor: "bob" })).total).toBe(2);
    expect((await listAudit(auditor, { actor: "evil" })).total).toBe(0); // prefix only
    expect(actions(await listAudit(auditor, { target: "u-1" }))).toEqual(["auth.login", "user.create"]);
    expect(actions(await listAudit(auditor, { target: "role" }))).toEqual(["role.permissions"]);
    expect(actions(await listAudit(auditor, { actor: "bob", action: "auth." }))).toEqual(["auth.login"]);
  });

  it("filters by calendar day in UAE time (UTC+4)", async () => {
    // Backdate two rows around a UAE midnight (a superuser edit with the chain trigger off:
    // the audit trigger stamps createdAt itself, so the app cannot backdate).
    await rawSql(`ALTER TABLE "AuditLog" DISABLE TRIGGER USER;
      INSERT INTO "AuditLog" (seq, "actorEmail", action, "createdAt", "prevHash", hash) VALUES
        (100001, 'night@atlas.example', 'test.night', '2026-01-01T19:59:59.999Z', '', ''),
        (100002, 'night@atlas.example', 'test.night', '2026-01-01T20:00:00.000Z', '', '');
      ALTER TABLE "AuditLog" ENABLE TRIGGER USER`);
    const day1 = await listAudit(auditor, { action: "test.night", from: "2026-01-01", to: "2026-01-01" });
    expect(day1.rows.map((r) => r.seq)).toEqual(["100001"]);
    const day2 = await listAudit(auditor, { action: "test.night", from: "2026-01-02", to: "2026-01-02" });
    expect(day2.rows.map((r) => r.seq)).toEqual(["100002"]);
    expect((await listAudit(auditor, { action: "test.night", from: "2026-01-01" })).total).toBe(2);
    expect((await listAudit(auditor, { action: "test.night", to: "2025-12-31" })).total).toBe(0);
    // today's rows fall in today's UAE day
    const today = new Date(Date.now() + 4 * 3_600_000).toISOString().slice(0, 10);
    const recent = await db.auditLog.findFirstOrThrow({
      where: { actorEmail: "alice@atlas.example" },
      orderBy: { seq: "asc" },
    });
    const rowDay = new Date(recent.createdAt.getTime() + 4 * 3_600_000).toISOString().slice(0, 10);
    expect((await listAudit(auditor, { actor: "alice", from: rowDay, to: rowDay })).total).toBe(2);
    expect(today >= rowDay).toBe(true);
    // malformed dates are ignored, not trusted
    expect((await listAudit(auditor, { action: "test.night", from: "2026-01-02'; --" })).total).toBe(2);
  });

  it("pages with PAGE_SIZE", async () => {
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 27; i++)
        await writeAudit(tx, ctx("pager@atlas.example"), { action: "test.page", targetId: String(i) });
    });
    const p1 = await listAudit(auditor, { action: "test.page" });
    const p2 = await listAudit(auditor, { action: "test.page", page: 2 });
    expect(p1).toMatchObject({ total: 27, pageCount: 2 });
    expect(p1.rows).toHaveLength(25);
    expect(p2.rows.map((r) => r.targetId)).toEqual(["1", "0"]);
  });

  it("needs audit.view", async () => {
    const { actor } = await userWithActor({ role: "finance" });
    expect((await appError(listAudit(actor, {}))).code).toBe("not_found");
  });
});
