// The scheduled callback sweep's route: absent without CRON_SECRET, refuses a wrong token,
// and releases due callbacks with the right one.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET } from "@/app/api/cron/callbacks/route";
import { createOrder, createSeller, createUser, seedSystemRoles } from "../support/factories";

let orderId: string;
let agentId: string;

beforeAll(async () => {
  await seedSystemRoles();
  const { profile, user } = await createSeller();
  agentId = (await createUser({ role: "callcenter_agent" })).id;
  const o = await createOrder(profile.id, user.id, { state: "postponed", assignedAgentId: agentId });
  await db.order.update({ where: { id: o.id }, data: { callbackAt: new Date(Date.now() - 60_000) } });
  orderId = o.id;
});

afterEach(() => {
  delete process.env.CRON_SECRET;
});

const call = (auth?: string) =>
  GET(new Request("http://localhost/api/cron/callbacks", { headers: auth ? { authorization: auth } : {} }));

describe("/api/cron/callbacks", () => {
  it("does not exist without CRON_SECRET, and refuses a missing or wrong token", async () => {
    expect((await call("Bearer anything")).status).toBe(404);
    process.env.CRON_SECRET = "s3cret-cron-token-0123456789";
    expect((await call()).status).toBe(404);
    expect((await call("Bearer wrong")).status).toBe(404);
    expect((await call("Bearer s3cret-cron-token-012345678X")).status).toBe(404);
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).state).toBe("postponed");
  });

  it("releases due callbacks to their agent with the right token", async () => {
    process.env.CRON_SECRET = "s3cret-cron-token-0123456789";
    const res = await call("Bearer s3cret-cron-token-0123456789");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ released: 1 });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).state).toBe("callcenter_review");
    expect(await db.notification.count({ where: { userId: agentId, type: "callback_due" } })).toBe(1);
    expect(await (await call("Bearer s3cret-cron-token-0123456789")).json()).toEqual({ released: 0 });
  });
});
