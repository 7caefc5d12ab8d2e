// Call-center metrics (lib/callcenter/metrics.ts) on a hand-built dataset: two agents' calls
// across two UAE days (a call at 23:30 Dubai time stays on its day, one at 01:00 Dubai time
// belongs to the next day although it is the previous day in UTC), shifts (closed, open,
// straddling the period start), durations; scoping (an agent sees only their own figures),
// not_found for other actors, an empty period, the calls-per-hour fallback without shifts, and
// the period validation.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { CallOutcome, OrderState } from "@/generated/prisma/enums";
import { getCallcenterMetrics } from "@/lib/callcenter/metrics";
import { actorFor, createOrder, createSeller, createUser } from "../support/factories";
import { rejects } from "../support/expect";

const H = 3_600_000;
/** A UAE wall-clock time as an instant (UTC+4). */
const dubai = (local: string) => new Date(`${local}:00+04:00`);
const NOW = new Date("2026-03-12T08:00:00Z"); // 12:00 Dubai on 2026-03-12
const PERIOD = { from: "2026-03-10", to: "2026-03-11" };

let sellerId: string;
let createdById: string;
let agentA: { id: string; actor: Actor };
let agentB: { id: string; actor: Actor };
let agentC: { id: string; actor: Actor };
let manager: Actor;
let seller: Actor;
let packer: Actor;

async function order(state: OrderState, createdAt: Date, opts: { agentId?: string | null; archived?: boolean } = {}) {
  const o = await createOrder(sellerId, createdById, { state, assignedAgentId: opts.agentId ?? null });
  await db.order.update({ where: { id: o.id }, data: { createdAt, archivedAt: opts.archived ? createdAt : null } });
  return o.id;
}

async function call(
  agentId: string,
  orderId: string,
  attemptNo: number,
  outcome: CallOutcome,
  startedAt: Date,
  durationSec: number | null,
) {
  await db.callLog.create({
    data: {
      orderId,
      agentId,
      outcome,
      attemptNo,
      startedAt,
      durationSec,
      endedAt: durationSec === null ? null : new Date(startedAt.getTime() + durationSec * 1000),
    },
  });
}

async function agent(name: string) {
  const user = await createUser({ role: "callcenter_agent", name });
  return { id: user.id, actor: await actorFor(user) };
}

beforeAll(async () => {
  const s = await createSeller();
  sellerId = s.profile.id;
  createdById = s.user.id;
  seller = await actorFor(s.user);
  agentA = await agent("Aisha Agent");
  agentB = await agent("Bilal Agent");
  agentC = await agent("Chen Agent");
  manager = await actorFor(await createUser({ role: "callcenter_manager" }));
  packer = await actorFor(await createUser({ role: "packaging_agent" }));

  // Orders (createdAt drives the "oldest waiting" age at NOW).
  const o1 = await order("callcenter_approved", dubai("2026-03-09T10:00"), { agentId: agentA.id });
  const o2 = await order("cancelled", dubai("2026-03-09T10:00"), { agentId: agentA.id });
  const o3 = await order("callcenter_approved", dubai("2026-03-09T10:00"), { agentId: agentA.id });
  const o4 = await order("callcenter_review", new Date(NOW.getTime() - 26 * H), { agentId: agentA.id });
  const o5 = await order("callcenter_approved", dubai("2026-03-09T10:00"), { agentId: agentB.id });
  const o6 = await order("escalated", new Date(NOW.getTime() - 48 * H), { agentId: agentB.id });
  await order("seller_submitted", new Date(NOW.getTime() - 96 * H)); // unassigned, the oldest waiting
  await order("postponed", new Date(NOW.getTime() - 36 * H), { agentId: agentA.id });
  await order("no_answer", new Date("2026-01-01T00:00:00Z"), { agentId: agentA.id, archived: true }); // archived: not waiting
  await order("delivery_completed", new Date("2026-01-01T00:00:00Z"), { agentId: agentA.id }); // decided: not waiting
  const oc = await order("callcenter_approved", dubai("2026-01-31T10:00"), { agentId: agentC.id });

  // Agent A: 5 calls in the period.
  await call(agentA.id, o1, 1, "no_answer", dubai("2026-03-10T10:00"), 30);
  await call(agentA.id, o1, 2, "confirmed", dubai("2026-03-10T14:00"), 120);
  await call(agentA.id, o2, 1, "cancelled", dubai("2026-03-10T23:30"), 90); // 19:30 UTC: still 2026-03-10
  await call(agentA.id, o3, 1, "confirmed", dubai("2026-03-11T01:00"), null); // 21:00 UTC on the 10th: the 11th in Dubai
  await call(agentA.id, o4, 1, "no_answer", dubai("2026-03-11T11:00"), 60);
  await call(agentA.id, o4, 2, "no_answer", dubai("2026-03-12T00:30"), 60); // after the period
  // Agent B: 4 calls in the period, no shifts.
  await call(agentB.id, o5, 1, "no_answer", dubai("2026-03-10T12:00"), 40);
  await call(agentB.id, o5, 2, "no_answer", dubai("2026-03-10T13:00"), 20);
  await call(agentB.id, o5, 3, "confirmed", dubai("2026-03-11T09:00"), 100);
  await call(agentB.id, o6, 1, "escalated", dubai("2026-03-11T10:30"), 80);
  await call(agentB.id, o6, 2, "no_answer", dubai("2026-03-09T23:59"), 10); // before the period
  // Agent C: two calls ten minutes apart on another day, no shift.
  await call(agentC.id, oc, 1, "no_answer", dubai("2026-02-01T10:00"), 30);
  await call(agentC.id, oc, 2, "confirmed", dubai("2026-02-01T10:10"), 90);

  // Agent A's shifts: 2 h inside the period of one that straddles its start, 8 h on the 10th,
  // and one still open since 10:00 on the 11th (counts until NOW, capped at the period's end: 14 h).
  await db.agentShift.createMany({
    data: [
      { userId: agentA.id, startedAt: dubai("2026-03-09T22:00"), endedAt: dubai("2026-03-10T02:00") },
      { userId: agentA.id, startedAt: dubai("2026-03-10T09:00"), endedAt: dubai("2026-03-10T17:00") },
      { userId: agentA.id, startedAt: dubai("2026-03-11T10:00"), endedAt: null },
      { userId: agentA.id, startedAt: dubai("2026-03-01T09:00"), endedAt: dubai("2026-03-01T17:00") }, // outside
      // Agent C has a shift on another day only: not in February's figures.
      { userId: agentC.id, startedAt: dubai("2026-03-05T09:00"), endedAt: dubai("2026-03-05T17:00") },
    ],
  });
});

const A = {
  calls: 5,
  confirmed: 2,
  cancelled: 1,
  confirmationRate: 2 / 3,
  hours: 24,
  hoursBasis: "shift",
  callsPerHour: 5 / 24,
  ahtSec: 75,
  confirmedOrders: 2,
  attemptsPerConfirmed: 1.5,
};
const B = {
  calls: 4,
  confirmed: 1,
  cancelled: 0,
  confirmationRate: 1,
  hours: 22.5,
  hoursBasis: "calls",
  callsPerHour: 4 / 22.5,
  ahtSec: 60,
  confirmedOrders: 1,
  attemptsPerConfirmed: 3,
};
const TEAM = {
  calls: 9,
  confirmed: 3,
  cancelled: 1,
  confirmationRate: 0.75,
  hours: 46.5,
  hoursBasis: null,
  callsPerHour: 9 / 46.5,
  ahtSec: 67.5,
  confirmedOrders: 3,
  attemptsPerConfirmed: 2,
};

function expectFigures(actual: Record<string, unknown>, want: Record<string, unknown>) {
  for (const [k, v] of Object.entries(want)) {
    if (typeof v === "number" && !Number.isInteger(v)) expect(actual[k], k).toBeCloseTo(v, 9);
    else expect(actual[k], k).toBe(v);
  }
}

describe("a manager's metrics", () => {
  it("gives exact per-agent, team and per-day figures", async () => {
    const m = await getCallcenterMetrics(manager, PERIOD, { now: NOW });
    expect(m.scope).toBe("team");
    expect(m.period).toEqual(PERIOD);
    expect(m.agentId).toBeNull();
    expect(m.agents?.map((r) => r.name)).toEqual(["Aisha Agent", "Bilal Agent"]);
    expect(m.agentOptions).toEqual([
      { id: agentA.id, name: "Aisha Agent" },
      { id: agentB.id, name: "Bilal Agent" },
    ]);
    const [a, b] = m.agents!;
    expectFigures(a.figures, A);
    expectFigures(b.figures, B);
    expectFigures(m.team!.figures, TEAM);
    expectFigures(m.kpis, TEAM);

    expect(a.waiting).toEqual({ count: 2, oldestAgeMs: 36 * H, unassigned: null });
    expect(b.waiting).toEqual({ count: 1, oldestAgeMs: 48 * H, unassigned: null });
    expect(m.team!.waiting).toEqual({ count: 4, oldestAgeMs: 96 * H, unassigned: 1 });
    expect(m.waiting).toEqual(m.team!.waiting);

    expect(m.daily).toEqual([
      { day: "2026-03-10", calls: 5, confirmed: 1, cancelled: 1, confirmationRate: 0.5 },
      { day: "2026-03-11", calls: 4, confirmed: 2, cancelled: 0, confirmationRate: 1 },
    ]);
  });

  it("narrows to one agent, keeping the team totals", async () => {
    const m = await getCallcenterMetrics(manager, { ...PERIOD, agentId: agentB.id }, { now: NOW });
    expect(m.agentId).toBe(agentB.id);
    expectFigures(m.kpis, B);
    expect(m.waiting).toEqual({ count: 1, oldestAgeMs: 48 * H, unassigned: null });
    expect(m.agents?.map((r) => r.agentId)).toEqual([agentB.id]);
    expect(m.agentOptions).toHaveLength(2);
    expectFigures(m.team!.figures, TEAM);
    expect(m.daily).toEqual([
      { day: "2026-03-10", calls: 2, confirmed: 0, cancelled: 0, confirmationRate: null },
      { day: "2026-03-11", calls: 2, confirmed: 1, cancelled: 0, confirmationRate: 1 },
    ]);
  });

  it("counts an open shift until now", async () => {
    const now = new Date("2026-03-11T10:00:00Z"); // 14:00 Dubai on the 11th: the open shift has run 4 h
    const m = await getCallcenterMetrics(manager, { ...PERIOD, agentId: agentA.id }, { now });
    expectFigures(m.kpis, { calls: 5, hours: 14, hoursBasis: "shift", callsPerHour: 5 / 14 });
  });

  it("defaults to the last 7 UAE days up to today", async () => {
    const m = await getCallcenterMetrics(manager, {}, { now: NOW });
    expect(m.period).toEqual({ from: "2026-03-06", to: "2026-03-12" });
    expect(m.daily).toHaveLength(7);
    // A's call at 00:30 on the 12th and B's at 23:59 on the 9th are now inside.
    expect(m.kpis.calls).toBe(11);
  });
});

describe("an agent's metrics", () => {
  it("shows only their own figures, whatever agentId they pass, and no team", async () => {
    for (const input of [PERIOD, { ...PERIOD, agentId: agentB.id }]) {
      const m = await getCallcenterMetrics(agentA.actor, input, { now: NOW });
      expect(m.scope).toBe("agent");
      expect(m.agentId).toBe(agentA.id);
      expectFigures(m.kpis, A);
      expect(m.waiting).toEqual({ count: 2, oldestAgeMs: 36 * H, unassigned: null });
      expect(m.team).toBeNull();
      expect(m.agents).toBeNull();
      expect(m.agentOptions).toBeNull();
      expect(m.daily).toEqual([
        { day: "2026-03-10", calls: 3, confirmed: 1, cancelled: 1, confirmationRate: 0.5 },
        { day: "2026-03-11", calls: 2, confirmed: 1, cancelled: 0, confirmationRate: 1 },
      ]);
    }
  });

  it("falls back to the span of the calls without shift time (at least 1 hour)", async () => {
    const b = await getCallcenterMetrics(agentB.actor, PERIOD, { now: NOW });
    expectFigures(b.kpis, { hours: 22.5, hoursBasis: "calls", callsPerHour: 4 / 22.5 });
    const c = await getCallcenterMetrics(agentC.actor, { from: "2026-02-01", to: "2026-02-01" }, { now: NOW });
    expectFigures(c.kpis, {
      calls: 2,
      confirmed: 1,
      hours: 1,
      hoursBasis: "calls",
      callsPerHour: 2,
      ahtSec: 60,
      attemptsPerConfirmed: 2,
    });
  });
});

describe("refusals and edge cases", () => {
  it("is not_found for actors without callcenter.metrics or callcenter.call", async () => {
    await rejects(getCallcenterMetrics(seller, PERIOD, { now: NOW }), "not_found");
    await rejects(getCallcenterMetrics(packer, PERIOD, { now: NOW }), "not_found");
  });

  it("gives zeros and empty values for a period without calls", async () => {
    const m = await getCallcenterMetrics(manager, { from: "2025-06-01", to: "2025-06-03" }, { now: NOW });
    expect(m.agents).toEqual([]);
    expect(m.agentOptions).toEqual([]);
    expect(m.kpis).toEqual({
      calls: 0,
      confirmed: 0,
      cancelled: 0,
      confirmationRate: null,
      hours: null,
      hoursBasis: null,
      callsPerHour: null,
      ahtSec: null,
      confirmedOrders: 0,
      attemptsPerConfirmed: null,
    });
    expect(m.daily.map((d) => [d.day, d.calls, d.confirmationRate])).toEqual([
      ["2025-06-01", 0, null],
      ["2025-06-02", 0, null],
      ["2025-06-03", 0, null],
    ]);
    // Waiting orders are a snapshot "now", not tied to the period.
    expect(m.waiting.count).toBe(4);

    const own = await getCallcenterMetrics(agentA.actor, { from: "2025-06-01", to: "2025-06-03" }, { now: NOW });
    expect(own.kpis).toMatchObject({
      calls: 0,
      confirmationRate: null,
      callsPerHour: null,
      ahtSec: null,
      attemptsPerConfirmed: null,
    });
  });

  it("refuses a reversed, too long or malformed period with a field code", async () => {
    const cases: Array<[Record<string, string>, Record<string, string>]> = [
      [{ from: "2026-03-11", to: "2026-03-10" }, { to: "range_reversed" }],
      [{ from: "2026-01-01", to: "2026-04-03" }, { to: "range_too_long" }],
      [{ from: "2026-02-30" }, { from: "invalid_day" }],
    ];
    for (const [input, fields] of cases) {
      const e = await rejects(getCallcenterMetrics(manager, input, { now: NOW }), "validation");
      expect(e.fields).toEqual(fields);
    }
    // The permission is checked before the input.
    await rejects(getCallcenterMetrics(seller, { from: "x" }, { now: NOW }), "not_found");
  });
});
