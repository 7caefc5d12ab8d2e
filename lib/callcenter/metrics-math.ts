// Call-center metrics: the arithmetic on top of the SQL aggregates (lib/callcenter/metrics.ts).
// Pure: no database, no clock (the caller passes `now`), so it is tested table-driven.
//
// Definitions (also shown on the page's legend):
// - calls: CallLog rows whose startedAt falls in the period (UAE calendar days, inclusive).
// - confirmation rate: confirmed calls ÷ calls with a final outcome (confirmed + cancelled);
//   null ("—") when nothing was decided.
// - calls per hour: calls ÷ hours on shift in the period (each AgentShift's overlap with the
//   period, an open shift counting until now). An agent with no shift time falls back to the
//   span between their first and last call in the period, at least 1 hour; null when the agent
//   has neither shift time nor calls. The team's hours are the sum of its agents' hours.
// - average handling time: mean durationSec over the calls that have a duration.
// - attempts per confirmed order: over the orders confirmed in the period (per agent, the
//   order's first confirmed call), the mean attemptNo of that call.
// - orders waiting: not archived, in a state the call center still has to decide; oldest age =
//   now − createdAt of the oldest one.
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_SEC = 3600;

/** What the database returns for one agent (or, summed, for the team). */
export type CallAggregate = {
  calls: number;
  confirmed: number;
  cancelled: number;
  /** Calls that have a durationSec, and the sum of those durations. */
  timedCalls: number;
  durationSumSec: number;
  /** Orders confirmed in the period and the sum of their confirming call's attemptNo. */
  confirmedOrders: number;
  attemptsSum: number;
  /** Seconds of AgentShift overlapping the period (open shifts until now). */
  shiftSec: number;
  firstCallAt: Date | null;
  lastCallAt: Date | null;
};

export type HoursBasis = "shift" | "calls";

export type MetricFigures = {
  calls: number;
  confirmed: number;
  cancelled: number;
  /** 0..1; null when no call was confirmed or cancelled. */
  confirmationRate: number | null;
  /** Hours the calls-per-hour figure divides by; null when there is nothing to divide by. */
  hours: number | null;
  /** Where `hours` came from (agents only; null for the team and when hours is null). */
  hoursBasis: HoursBasis | null;
  callsPerHour: number | null;
  /** Mean handling time in seconds; null when no call has a duration. */
  ahtSec: number | null;
  confirmedOrders: number;
  attemptsPerConfirmed: number | null;
};

export type WaitingFigures = {
  count: number;
  /** now − createdAt of the oldest waiting order; null when nothing waits. */
  oldestAgeMs: number | null;
  /** Waiting orders without an agent (team view only; null elsewhere). */
  unassigned: number | null;
};

export type DayMetrics = {
  /** UAE calendar day, "YYYY-MM-DD". */
  day: string;
  calls: number;
  confirmed: number;
  cancelled: number;
  confirmationRate: number | null;
};

export const EMPTY_AGGREGATE: CallAggregate = Object.freeze({
  calls: 0,
  confirmed: 0,
  cancelled: 0,
  timedCalls: 0,
  durationSumSec: 0,
  confirmedOrders: 0,
  attemptsSum: 0,
  shiftSec: 0,
  firstCallAt: null,
  lastCallAt: null,
});

export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** The hours an agent's calls-per-hour divides by: shift time, else first→last call (≥ 1 h). */
export function agentHours(a: CallAggregate): { hours: number; basis: HoursBasis } | null {
  if (a.shiftSec > 0) return { hours: a.shiftSec / HOUR_SEC, basis: "shift" };
  if (a.calls > 0 && a.firstCallAt && a.lastCallAt) {
    const spanSec = Math.max(0, (a.lastCallAt.getTime() - a.firstCallAt.getTime()) / 1000);
    return { hours: Math.max(1, spanSec / HOUR_SEC), basis: "calls" };
  }
  return null;
}

function figures(a: CallAggregate, hours: number | null, basis: HoursBasis | null): MetricFigures {
  return {
    calls: a.calls,
    confirmed: a.confirmed,
    cancelled: a.cancelled,
    confirmationRate: ratio(a.confirmed, a.confirmed + a.cancelled),
    hours,
    hoursBasis: basis,
    callsPerHour: hours !== null && hours > 0 ? a.calls / hours : null,
    ahtSec: ratio(a.durationSumSec, a.timedCalls),
    confirmedOrders: a.confirmedOrders,
    attemptsPerConfirmed: ratio(a.attemptsSum, a.confirmedOrders),
  };
}

export function agentFigures(a: CallAggregate): MetricFigures {
  const h = agentHours(a);
  return figures(a, h?.hours ?? null, h?.basis ?? null);
}

/** The team: counts summed over its agents; hours = the sum of each agent's hours. */
export function teamFigures(agents: readonly CallAggregate[]): MetricFigures {
  const sum = sumAggregates(agents);
  let hours = 0;
  let any = false;
  for (const a of agents) {
    const h = agentHours(a);
    if (h) {
      hours += h.hours;
      any = true;
    }
  }
  return figures(sum, any ? hours : null, null);
}

export function sumAggregates(list: readonly CallAggregate[]): CallAggregate {
  const out: CallAggregate = { ...EMPTY_AGGREGATE };
  for (const a of list) {
    out.calls += a.calls;
    out.confirmed += a.confirmed;
    out.cancelled += a.cancelled;
    out.timedCalls += a.timedCalls;
    out.durationSumSec += a.durationSumSec;
    out.confirmedOrders += a.confirmedOrders;
    out.attemptsSum += a.attemptsSum;
    out.shiftSec += a.shiftSec;
    if (a.firstCallAt && (!out.firstCallAt || a.firstCallAt < out.firstCallAt)) out.firstCallAt = a.firstCallAt;
    if (a.lastCallAt && (!out.lastCallAt || a.lastCallAt > out.lastCallAt)) out.lastCallAt = a.lastCallAt;
  }
  return out;
}

/** One row per (assigned agent, state) of waiting orders, as the grouped query returns them. */
export type WaitingGroup = { agentId: string | null; state: string; count: number; oldestCreatedAt: Date | null };

/** Folds waiting-order groups into figures: `states` picks the states that count. */
export function foldWaiting(
  groups: readonly WaitingGroup[],
  now: Date,
  opts: { states?: readonly string[]; withUnassigned?: boolean } = {},
): WaitingFigures {
  let count = 0;
  let unassigned = 0;
  let oldest: Date | null = null;
  for (const g of groups) {
    if (opts.states && !opts.states.includes(g.state)) continue;
    count += g.count;
    if (g.agentId === null) unassigned += g.count;
    if (g.oldestCreatedAt && (!oldest || g.oldestCreatedAt < oldest)) oldest = g.oldestCreatedAt;
  }
  return {
    count,
    oldestAgeMs: oldest ? Math.max(0, now.getTime() - oldest.getTime()) : null,
    unassigned: opts.withUnassigned ? unassigned : null,
  };
}

// ---- calendar days as "YYYY-MM-DD" (the period's UAE days) ----

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written "YYYY-MM-DD" (2026-02-30 is not one). */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(ms)) return false;
  const d = new Date(ms);
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysInclusive(from: string, to: string): number {
  const diff = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
  return diff < 0 ? 0 : diff + 1;
}

/** Every day of the period, in order, with the grouped rows filled in and zeros elsewhere. */
export function fillDays(
  from: string,
  to: string,
  rows: ReadonlyArray<{ day: string; calls: number; confirmed: number; cancelled: number }>,
): DayMetrics[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const out: DayMetrics[] = [];
  for (let i = 0, n = daysInclusive(from, to); i < n; i++) {
    const day = addDays(from, i);
    const r = byDay.get(day);
    const calls = r?.calls ?? 0;
    const confirmed = r?.confirmed ?? 0;
    const cancelled = r?.cancelled ?? 0;
    out.push({ day, calls, confirmed, cancelled, confirmationRate: ratio(confirmed, confirmed + cancelled) });
  }
  return out;
}

// ---- display ----

/** Seconds as "mm:ss" (minutes are not wrapped into hours: 75:03). */
export function mmss(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}
