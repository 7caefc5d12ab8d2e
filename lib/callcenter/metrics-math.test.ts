import { describe, expect, it } from "vitest";
import {
  addDays,
  agentFigures,
  agentHours,
  daysInclusive,
  EMPTY_AGGREGATE,
  fillDays,
  foldWaiting,
  isIsoDay,
  mmss,
  ratio,
  sumAggregates,
  teamFigures,
  type CallAggregate,
} from "./metrics-math";
import { metricsFilterSchema } from "./metrics.schema";

const at = (iso: string) => new Date(iso);
const agg = (over: Partial<CallAggregate>): CallAggregate => ({ ...EMPTY_AGGREGATE, ...over });

describe("ratio", () => {
  it.each([
    [2, 3, 2 / 3],
    [0, 5, 0],
    [0, 0, null],
    [3, 0, null],
  ])("%i / %i = %s", (n, d, want) => {
    expect(ratio(n, d)).toBe(want);
  });
});

describe("agentHours: shift time, else first → last call (at least 1 hour)", () => {
  it.each([
    [
      "shift time wins",
      agg({
        calls: 4,
        shiftSec: 7200,
        firstCallAt: at("2026-03-10T08:00:00Z"),
        lastCallAt: at("2026-03-10T20:00:00Z"),
      }),
      { hours: 2, basis: "shift" },
    ],
    [
      "fallback: span of the calls",
      agg({ calls: 4, firstCallAt: at("2026-03-10T08:00:00Z"), lastCallAt: at("2026-03-11T06:30:00Z") }),
      { hours: 22.5, basis: "calls" },
    ],
    [
      "fallback: at least one hour",
      agg({ calls: 2, firstCallAt: at("2026-03-10T08:00:00Z"), lastCallAt: at("2026-03-10T08:10:00Z") }),
      { hours: 1, basis: "calls" },
    ],
    [
      "fallback: a single call is one hour",
      agg({ calls: 1, firstCallAt: at("2026-03-10T08:00:00Z"), lastCallAt: at("2026-03-10T08:00:00Z") }),
      { hours: 1, basis: "calls" },
    ],
    ["nothing to divide by", agg({}), null],
  ])("%s", (_name, a, want) => {
    expect(agentHours(a)).toEqual(want);
  });
});

describe("agentFigures", () => {
  const cases: Array<[string, CallAggregate, Partial<ReturnType<typeof agentFigures>>]> = [
    [
      "a busy agent on shift",
      agg({
        calls: 5,
        confirmed: 2,
        cancelled: 1,
        timedCalls: 4,
        durationSumSec: 300,
        confirmedOrders: 2,
        attemptsSum: 3,
        shiftSec: 24 * 3600,
      }),
      {
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
      },
    ],
    [
      "no decided call: no confirmation rate",
      agg({ calls: 2, timedCalls: 0, shiftSec: 3600 }),
      { confirmationRate: null, ahtSec: null, attemptsPerConfirmed: null, callsPerHour: 2 },
    ],
    [
      "on shift without calls: 0 calls per hour",
      agg({ shiftSec: 1800 }),
      { calls: 0, hours: 0.5, callsPerHour: 0, confirmationRate: null },
    ],
    [
      "nothing at all",
      agg({}),
      {
        calls: 0,
        hours: null,
        hoursBasis: null,
        callsPerHour: null,
        ahtSec: null,
        confirmationRate: null,
        attemptsPerConfirmed: null,
      },
    ],
  ];
  it.each(cases)("%s", (_name, a, want) => {
    expect(agentFigures(a)).toMatchObject(want);
  });
});

describe("teamFigures: sums of the agents, hours = sum of each agent's hours", () => {
  const a = agg({
    calls: 5,
    confirmed: 2,
    cancelled: 1,
    timedCalls: 4,
    durationSumSec: 300,
    confirmedOrders: 2,
    attemptsSum: 3,
    shiftSec: 24 * 3600,
    firstCallAt: at("2026-03-10T06:00:00Z"),
    lastCallAt: at("2026-03-11T07:00:00Z"),
  });
  const b = agg({
    calls: 4,
    confirmed: 1,
    timedCalls: 4,
    durationSumSec: 240,
    confirmedOrders: 1,
    attemptsSum: 3,
    firstCallAt: at("2026-03-10T08:00:00Z"),
    lastCallAt: at("2026-03-11T06:30:00Z"),
  });
  it.each([
    [
      "two agents",
      [a, b],
      {
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
      },
    ],
    [
      "no agents",
      [],
      { calls: 0, hours: null, callsPerHour: null, confirmationRate: null, ahtSec: null, attemptsPerConfirmed: null },
    ],
  ] as const)("%s", (_name, agents, want) => {
    expect(teamFigures(agents)).toMatchObject(want);
  });
  it("sums first and last calls as the earliest and the latest", () => {
    const s = sumAggregates([a, b]);
    expect(s.firstCallAt?.toISOString()).toBe("2026-03-10T06:00:00.000Z");
    expect(s.lastCallAt?.toISOString()).toBe("2026-03-11T07:00:00.000Z");
  });
});

describe("foldWaiting", () => {
  const now = at("2026-03-12T08:00:00Z");
  const groups = [
    { agentId: null, state: "seller_submitted", count: 1, oldestCreatedAt: at("2026-03-08T08:00:00Z") },
    { agentId: "a", state: "callcenter_review", count: 1, oldestCreatedAt: at("2026-03-11T06:00:00Z") },
    { agentId: "a", state: "postponed", count: 1, oldestCreatedAt: at("2026-03-10T20:00:00Z") },
    { agentId: "b", state: "escalated", count: 2, oldestCreatedAt: at("2026-03-10T08:00:00Z") },
  ];
  const H = 3_600_000;
  it.each([
    ["the team, with unassigned", groups, { withUnassigned: true }, { count: 5, oldestAgeMs: 96 * H, unassigned: 1 }],
    [
      "one agent's states",
      groups.filter((g) => g.agentId === "a"),
      { states: ["callcenter_review", "postponed"] },
      { count: 2, oldestAgeMs: 36 * H, unassigned: null },
    ],
    [
      "states not counted are skipped",
      groups,
      { states: ["escalated"] },
      { count: 2, oldestAgeMs: 48 * H, unassigned: null },
    ],
    ["nothing waiting", [], { withUnassigned: true }, { count: 0, oldestAgeMs: null, unassigned: 0 }],
  ] as const)("%s", (_name, g, opts, want) => {
    expect(foldWaiting(g, now, opts)).toEqual(want);
  });
});

describe("UAE days", () => {
  it.each([
    ["2026-03-10", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-3-1", false],
    ["", false],
    ["x2026-03-10", false],
  ])("isIsoDay(%j) = %s", (v, want) => {
    expect(isIsoDay(v)).toBe(want);
  });
  it.each([
    ["2026-03-10", -6, "2026-03-04"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-12-31", 1, "2027-01-01"],
  ])("addDays(%s, %i) = %s", (d, n, want) => {
    expect(addDays(d, n)).toBe(want);
  });
  it.each([
    ["2026-03-10", "2026-03-10", 1],
    ["2026-03-04", "2026-03-10", 7],
    ["2026-01-01", "2026-04-02", 92],
    ["2026-03-10", "2026-03-09", 0],
  ])("daysInclusive(%s, %s) = %i", (f, t, want) => {
    expect(daysInclusive(f, t)).toBe(want);
  });
});

describe("fillDays", () => {
  it("lists every day of the period with zeros where nothing happened", () => {
    expect(
      fillDays("2026-03-09", "2026-03-11", [
        { day: "2026-03-10", calls: 5, confirmed: 1, cancelled: 1 },
        { day: "2026-03-11", calls: 4, confirmed: 2, cancelled: 0 },
      ]),
    ).toEqual([
      { day: "2026-03-09", calls: 0, confirmed: 0, cancelled: 0, confirmationRate: null },
      { day: "2026-03-10", calls: 5, confirmed: 1, cancelled: 1, confirmationRate: 0.5 },
      { day: "2026-03-11", calls: 4, confirmed: 2, cancelled: 0, confirmationRate: 1 },
    ]);
  });
});

describe("mmss", () => {
  it.each([
    [0, "00:00"],
    [75, "01:15"],
    [67.5, "01:08"],
    [599.4, "09:59"],
    [4503, "75:03"],
    [-3, "00:00"],
  ])("mmss(%d) = %s", (s, want) => {
    expect(mmss(s)).toBe(want);
  });
});

describe("metricsFilterSchema", () => {
  const schema = metricsFilterSchema("2026-03-12");
  it.each([
    ["defaults: the last 7 days up to today", {}, { from: "2026-03-06", to: "2026-03-12", agentId: undefined }],
    [
      "blank values are defaults",
      { from: "", to: " ", agentId: "" },
      { from: "2026-03-06", to: "2026-03-12", agentId: undefined },
    ],
    ["from only: up to today", { from: "2026-03-01" }, { from: "2026-03-01", to: "2026-03-12", agentId: undefined }],
    [
      "to only: the 7 days before it",
      { to: "2026-02-10" },
      { from: "2026-02-04", to: "2026-02-10", agentId: undefined },
    ],
    [
      "one day",
      { from: "2026-03-10", to: "2026-03-10", agentId: "u1" },
      { from: "2026-03-10", to: "2026-03-10", agentId: "u1" },
    ],
    [
      "92 days is allowed",
      { from: "2026-01-01", to: "2026-04-02" },
      { from: "2026-01-01", to: "2026-04-02", agentId: undefined },
    ],
    [
      "a malformed agent id is dropped",
      { agentId: "x".repeat(65) },
      { from: "2026-03-06", to: "2026-03-12", agentId: undefined },
    ],
  ])("%s", (_name, input, want) => {
    expect(schema.parse(input)).toEqual(want);
  });
  it.each([
    ["to before from", { from: "2026-03-10", to: "2026-03-09" }, "to", "range_reversed"],
    ["93 days", { from: "2026-01-01", to: "2026-04-03" }, "to", "range_too_long"],
    ["not a date", { from: "10/03/2026" }, "from", "invalid_day"],
    ["not a calendar day", { to: "2026-02-30" }, "to", "invalid_day"],
    ["a repeated parameter", { from: ["2026-03-01", "2026-03-02"] }, "from", "invalid_day"],
  ])("%s → %s: %s", (_name, input, path, code) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([[path, code]]);
  });
});
