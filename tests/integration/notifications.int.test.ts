// In-app notifications: notify / notifyHolders (inside the caller's transaction), the actor's
// own list and unread count, markRead / markAllRead (own rows only), and the server actions.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { User } from "@/generated/prisma/client";
import { notify, notifyHolders } from "@/lib/notifications/notify";
import { listNotifications, NOTIFICATIONS_PAGE_SIZE, unreadCount } from "@/lib/notifications/list-notifications";
import { markAllRead, markRead } from "@/lib/notifications/mark-read";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { createRole, createUser, seedSystemRoles, userWithActor } from "../support/factories";

const current = vi.hoisted(() => ({ actor: null as null | import("@/lib/auth/actor").Actor }));
vi.mock("@/lib/auth/actor", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/actor")>();
  return { ...real, getActor: vi.fn(async () => current.actor) };
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

let alice: { user: User; actor: Actor };
let bob: { user: User; actor: Actor };

beforeAll(async () => {
  await seedSystemRoles();
  alice = await userWithActor({ role: "admin", name: "Alice" });
  bob = await userWithActor({ role: "admin", name: "Bob" });
});

beforeEach(async () => {
  current.actor = null;
  await db.notification.deleteMany({});
});

/** `n` notifications for a user, one second apart (the last one newest). */
async function seed(userId: string, n: number, opts: { read?: boolean; base?: number } = {}) {
  const base = opts.base ?? Date.now() - 3_600_000;
  await db.notification.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      userId,
      type: "callback_due",
      params: { code: `#N${String(i).padStart(3, "0")}` },
      link: `/orders/n${i}`,
      readAt: opts.read ? new Date(base + i * 1_000 + 500) : null,
      createdAt: new Date(base + i * 1_000),
    })),
  });
}

describe("notify", () => {
  it("writes the row inside the caller's transaction, and only the addressee sees it", async () => {
    await db.$transaction((tx) =>
      notify(tx, {
        userId: alice.user.id,
        type: "order_escalated",
        params: { code: "#A100", agent: "Sara" },
        link: "/callcenter/escalations/x1",
      }),
    );
    await db.$transaction((tx) => notify(tx, { userId: bob.user.id, type: "orders_assigned", params: { count: 3 } }));

    const a = await listNotifications(alice.actor, {});
    expect(a.total).toBe(1);
    expect(a.rows[0]).toMatchObject({
      type: "order_escalated",
      params: { code: "#A100", agent: "Sara" },
      link: "/callcenter/escalations/x1",
      readAt: null,
    });
    const b = await listNotifications(bob.actor, {});
    expect(b.rows.map((r) => r.type)).toEqual(["orders_assigned"]);
    expect(b.rows[0]).toMatchObject({ params: { count: 3 }, link: null });
    expect(await unreadCount(alice.actor)).toBe(1);
    expect(await unreadCount(bob.actor)).toBe(1);
  });

  it("leaves nothing behind when the caller's transaction rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { userId: alice.user.id, type: "callback_due", params: { code: "#A1" } });
        throw new Error("caller failed");
      }),
    ).rejects.toThrow("caller failed");
    expect(await db.notification.count()).toBe(0);
  });

  it("refuses a link that is not a locale-free in-app path", async () => {
    for (const link of ["https://evil.example/x", "//evil.example", "orders/1"]) {
      await expect(
        db.$transaction((tx) =>
          notify(tx, { userId: alice.user.id, type: "callback_due", params: { code: "#A1" }, link }),
        ),
      ).rejects.toThrow(/link/);
    }
    expect(await db.notification.count()).toBe(0);
  });
});

describe("listNotifications", () => {
  it("pages the actor's own rows newest first, 20 a page", async () => {
    expect(NOTIFICATIONS_PAGE_SIZE).toBe(20);
    await seed(alice.user.id, 45);
    await seed(bob.user.id, 7);

    const p1 = await listNotifications(alice.actor, { page: 1 });
    expect(p1).toMatchObject({ total: 45, page: 1, pageSize: 20, pageCount: 3 });
    expect(p1.rows).toHaveLength(20);
    expect(p1.rows[0].params).toEqual({ code: "#N044" });
    expect(p1.rows[19].params).toEqual({ code: "#N025" });
    for (let i = 1; i < p1.rows.length; i++) expect(p1.rows[i - 1].createdAt > p1.rows[i].createdAt).toBe(true);

    const p3 = await listNotifications(alice.actor, { page: "3" as never });
    expect(p3.rows.map((r) => (r.params as { code: string }).code)).toEqual([
      "#N004",
      "#N003",
      "#N002",
      "#N001",
      "#N000",
    ]);

    const all = [...p1.rows, ...(await listNotifications(alice.actor, { page: 2 })).rows, ...p3.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(45);
    const own = new Set(
      (await db.notification.findMany({ where: { userId: alice.user.id }, select: { id: true } })).map((r) => r.id),
    );
    for (const r of all) expect(own.has(r.id)).toBe(true);

    // A page parameter that is not a page number is page 1.
    expect((await listNotifications(alice.actor, { page: "abc" as never })).page).toBe(1);
    expect((await listNotifications(bob.actor, {})).total).toBe(7);
  });

  it("counts only the actor's unread rows", async () => {
    await seed(alice.user.id, 4);
    await seed(alice.user.id, 3, { read: true, base: Date.now() - 7_200_000 });
    await seed(bob.user.id, 5);
    expect(await unreadCount(alice.actor)).toBe(4);
    expect(await unreadCount(bob.actor)).toBe(5);
  });
});

describe("markRead / markAllRead", () => {
  it("marks one of the actor's own notifications read, once", async () => {
    await seed(alice.user.id, 2);
    const [newest, older] = (await listNotifications(alice.actor, {})).rows;
    expect(await markRead(alice.actor, { id: newest.id })).toEqual({ id: newest.id });
    const first = await db.notification.findUniqueOrThrow({ where: { id: newest.id } });
    expect(first.readAt).toBeInstanceOf(Date);
    expect((await db.notification.findUniqueOrThrow({ where: { id: older.id } })).readAt).toBeNull();
    expect(await unreadCount(alice.actor)).toBe(1);

    // Again: still fine, and the first read time stays.
    await markRead(alice.actor, { id: newest.id });
    expect((await db.notification.findUniqueOrThrow({ where: { id: newest.id } })).readAt).toEqual(first.readAt);
  });

  it("answers not_found for someone else's notification and changes nothing", async () => {
    await seed(bob.user.id, 1);
    const bobs = await db.notification.findFirstOrThrow({ where: { userId: bob.user.id } });
    expect((await appError(markRead(alice.actor, { id: bobs.id }))).code).toBe("not_found");
    expect(await db.notification.findUniqueOrThrow({ where: { id: bobs.id } })).toEqual(bobs);
    expect((await appError(markRead(alice.actor, { id: "does-not-exist" }))).code).toBe("not_found");
  });

  it("markAllRead touches only the actor's unread rows", async () => {
    await seed(alice.user.id, 5);
    await seed(alice.user.id, 2, { read: true, base: Date.now() - 7_200_000 });
    await seed(bob.user.id, 3);
    const alreadyRead = await db.notification.findMany({
      where: { userId: alice.user.id, readAt: { not: null } },
      orderBy: { id: "asc" },
    });
    const bobsBefore = await db.notification.findMany({ where: { userId: bob.user.id }, orderBy: { id: "asc" } });

    expect(await markAllRead(alice.actor)).toEqual({ count: 5 });
    expect(await unreadCount(alice.actor)).toBe(0);
    expect(
      await db.notification.findMany({ where: { id: { in: alreadyRead.map((r) => r.id) } }, orderBy: { id: "asc" } }),
    ).toEqual(alreadyRead);
    expect(await db.notification.findMany({ where: { userId: bob.user.id }, orderBy: { id: "asc" } })).toEqual(
      bobsBefore,
    );
    expect(await unreadCount(bob.actor)).toBe(3);
    expect(await markAllRead(alice.actor)).toEqual({ count: 0 });
  });
});

describe("notification actions", () => {
  it("need a signed-in actor", async () => {
    await seed(alice.user.id, 1);
    const row = await db.notification.findFirstOrThrow({ where: { userId: alice.user.id } });
    expect(await markNotificationReadAction({ id: row.id })).toEqual({ ok: false, error: "not_found" });
    expect(await markAllNotificationsReadAction({})).toEqual({ ok: false, error: "not_found" });
    expect(await unreadCount(alice.actor)).toBe(1);
  });

  it("mark the signed-in actor's own notifications, and not_found for another's", async () => {
    await seed(alice.user.id, 3);
    await seed(bob.user.id, 2);
    const [a1] = (await listNotifications(alice.actor, {})).rows;
    const [b1] = (await listNotifications(bob.actor, {})).rows;

    current.actor = alice.actor;
    expect(await markNotificationReadAction({ id: b1.id })).toMatchObject({ ok: false, error: "not_found" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: b1.id } })).readAt).toBeNull();
    expect(await markNotificationReadAction({ id: "" })).toMatchObject({ ok: false, error: "validation" });
    expect(await markNotificationReadAction({ id: a1.id })).toEqual({ ok: true, data: { id: a1.id } });
    expect(await unreadCount(alice.actor)).toBe(2);
    expect(await markAllNotificationsReadAction({})).toEqual({ ok: true, data: { count: 2 } });
    expect(await unreadCount(alice.actor)).toBe(0);
    expect(await unreadCount(bob.actor)).toBe(2);
  });

  it("are refused while a temporary password is in use", async () => {
    await seed(alice.user.id, 1);
    current.actor = { ...alice.actor, mustChangePassword: true };
    expect(await markAllNotificationsReadAction({})).toEqual({ ok: false, error: "password_change_required" });
    expect(await unreadCount(alice.actor)).toBe(1);
  });
});

describe("notifyHolders", () => {
  it("reaches exactly the active holders: role grant or user grant, a revocation wins", async () => {
    // callcenter.call: no role used elsewhere in this file (admin) holds it.
    const perm = "callcenter.call" as const;
    const withPerm = await createRole({ permissions: [perm, "orders.view_all"] });
    const withoutPerm = await createRole({ permissions: ["orders.view_all"] });

    const byRole = await createUser({ role: withPerm, name: "By role" });
    const bySystemRole = await createUser({ role: "callcenter_agent", name: "By system role" });
    const byGrant = await createUser({ role: withoutPerm, grants: [perm], name: "By grant" });
    const revoked = await createUser({ role: withPerm, revokes: [perm], name: "Revoked" });
    const disabled = await createUser({ role: withPerm, status: "disabled", name: "Disabled" });
    const disabledGrant = await createUser({
      role: withoutPerm,
      grants: [perm],
      status: "disabled",
      name: "Disabled grant",
    });
    const pending = await createUser({ role: withPerm, status: "pending_approval", name: "Pending" });
    const unverified = await createUser({ role: withPerm, emailVerified: false, name: "Unverified" });
    const otherGrant = await createUser({ role: withoutPerm, grants: ["callcenter.assign"], name: "Other grant" });
    const otherRevoke = await createUser({ role: withPerm, revokes: ["orders.view_all"], name: "Other revoke" });

    const n = await db.$transaction((tx) =>
      notifyHolders(tx, perm, {
        type: "no_answer_final",
        params: { code: "#H1" },
        link: "/callcenter/agent/orders/h1",
      }),
    );
    const rows = await db.notification.findMany({
      select: { userId: true, type: true, params: true, link: true, readAt: true },
    });
    const expected = [byRole, bySystemRole, byGrant, otherRevoke].map((u) => u.id).sort();
    expect(n).toBe(expected.length);
    expect(rows.map((r) => r.userId).sort()).toEqual(expected);
    for (const r of rows) {
      expect(r).toMatchObject({
        type: "no_answer_final",
        params: { code: "#H1" },
        link: "/callcenter/agent/orders/h1",
        readAt: null,
      });
    }
    for (const u of [revoked, disabled, disabledGrant, pending, unverified, otherGrant, alice.user, bob.user]) {
      expect(
        rows.some((r) => r.userId === u.id),
        u.name,
      ).toBe(false);
    }
  });

  it("notifies nobody (and writes nothing) when nobody holds the permission", async () => {
    // sourcing.requests.approve: only the sourcing_agent and super_admin roles, and no such users here.
    const n = await db.$transaction((tx) =>
      notifyHolders(tx, "sourcing.requests.approve", { type: "orders_assigned", params: { count: 1 } }),
    );
    expect(n).toBe(0);
    expect(await db.notification.count()).toBe(0);
  });

  it("rolls back with the caller's transaction", async () => {
    await createUser({ role: "callcenter_agent" });
    await expect(
      db.$transaction(async (tx) => {
        expect(
          await notifyHolders(tx, "callcenter.call", { type: "callback_due", params: { code: "#R1" } }),
        ).toBeGreaterThan(0);
        throw new Error("caller failed");
      }),
    ).rejects.toThrow("caller failed");
    expect(await db.notification.count()).toBe(0);
  });
});
