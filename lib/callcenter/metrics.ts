import "server-only";
import { db, Prisma } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import type { OrderState } from "@/lib/orders/workflow";
import { uaeDayEnd, uaeDayStart, uaeIsoDay } from "@/lib/time/uae-day";
import {
  agentFigures,
  EMPTY_AGGREGATE,
  fillDays,
  foldWaiting,
  teamFigures,
  type CallAggregate,
  type DayMetrics,
  type MetricFigures,
  type WaitingFigures,
  type WaitingGroup,
} from "./metrics-math";
import { metricsFilterSchema, type MetricsFilterInput } from "./metrics.schema";
import { CALL_QUEUE_STATES } from "./scope";

/** Orders the call center still has to decide (the team's "waiting"). */
const TEAM_WAITING_STATES: readonly OrderState[] = CALL_QUEUE_STATES;
/** An agent's waiting orders: assigned to them and not decided yet. */
const AGENT_WAITING_STATES: readonly OrderState[] = ["callcenter_review", "postponed", "no_answer", "escalated"];

export type AgentMetricsRow = { agentId: string; name: string; figures: MetricFigures; waiting: WaitingFigures };

export type CallcenterMetrics = {
  /** "team": a manager (callcenter.metrics); "agent": an agent's own figures only. */
  scope: "team" | "agent";
  period: { from: string; to: string };
  /** Whose figures `kpis`, `waiting` and `daily` are: one agent, or null for the whole team. */
  agentId: string | null;
  kpis: MetricFigures;
  waiting: WaitingFigures;
  daily: DayMetrics[];
  /** Managers only: one row per agent with calls in the period (only the chosen agent when filtered). */
  agents: AgentMetricsRow[] | null;
  /** Managers only: every agent with calls in the period, for the agent filter. */
  agentOptions: Array<{ id: string; name: string }> | null;
  /** Managers only: the whole team, whatever the agent filter. */
  team: { figures: MetricFigures; waiting: WaitingFigures } | null;
};

/**
 * Call-center metrics for a period of UAE days (definitions in ./metrics-math.ts). A manager
 * (`callcenter.metrics`) sees every agent — the agents being the users with calls in the
 * period — and the team, and may narrow to one agent; an agent (`callcenter.call` only) sees
 * their own figures, whatever agentId they pass, and no team figures; anyone else: not_found.
 * Everything is aggregated in SQL on indexed columns (CallLog agentId/outcome + startedAt,
 * AgentShift userId + startedAt, Order state / assignedAgentId + state).
 * A bad period throws AppError("validation") with `fields.<from|to>` = a MetricsFilterError.
 */
export async function getCallcenterMetrics(
  actor: Actor,
  raw: MetricsFilterInput,
  opts: { now?: Date } = {},
): Promise<CallcenterMetrics> {
  const manager = can(actor, "callcenter.metrics");
  if (!manager && !can(actor, "callcenter.call")) throw new AppError("not_found");
  const now = opts.now ?? new Date();
  const filter = parseOrThrow(metricsFilterSchema(uaeIsoDay(now)), raw);
  const { from, to } = filter;
  // An agent's own figures only: any agentId they pass is ignored.
  const agentId = manager ? (filter.agentId ?? null) : actor.userId;
  const start = uaeDayStart(from);
  const end = uaeDayEnd(to);
  // A manager's per-agent figures cover every agent (the team row and the agent filter need
  // them); an agent's queries never read anyone else's rows.
  const callsOf = manager ? null : actor.userId;

  const [calls, confirmedOrders, shifts, daily, waitingGroups] = await Promise.all([
    callAggregates(start, end, callsOf),
    confirmedOrderAggregates(start, end, callsOf),
    shiftSeconds(start, end, now, callsOf),
    dailyAggregates(start, end, agentId),
    waitingByAgent(manager ? null : actor.userId),
  ]);

  // The agents: users with calls in the period.
  const byAgent = new Map<string, CallAggregate>(calls.map((c) => [c.agentId, { ...EMPTY_AGGREGATE, ...c.aggregate }]));
  for (const c of confirmedOrders) {
    const a = byAgent.get(c.agentId);
    if (a) Object.assign(a, { confirmedOrders: c.orders, attemptsSum: c.attempts });
  }
  for (const s of shifts) {
    const a = byAgent.get(s.userId);
    if (a) a.shiftSec = s.seconds;
  }
  const days = fillDays(from, to, daily);
  const waitingOf = (id: string) =>
    foldWaiting(
      waitingGroups.filter((g) => g.agentId === id),
      now,
      { states: AGENT_WAITING_STATES },
    );

  if (!manager) {
    return {
      scope: "agent",
      period: { from, to },
      agentId: actor.userId,
      kpis: agentFigures(byAgent.get(actor.userId) ?? EMPTY_AGGREGATE),
      waiting: waitingOf(actor.userId),
      daily: days,
      agents: null,
      agentOptions: null,
      team: null,
    };
  }

  const users = byAgent.size
    ? await db.user.findMany({ where: { id: { in: [...byAgent.keys()] } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  const rows: AgentMetricsRow[] = [...byAgent.entries()]
    .map(([id, a]) => ({
      agentId: id,
      name: names.get(id) ?? id,
      figures: agentFigures(a),
      waiting: waitingOf(id),
    }))
    .sort((x, y) => x.name.localeCompare(y.name) || x.agentId.localeCompare(y.agentId));
  const team = {
    figures: teamFigures([...byAgent.values()]),
    waiting: foldWaiting(waitingGroups, now, { withUnassigned: true }),
  };
  const chosen = agentId ? rows.find((r) => r.agentId === agentId) : undefined;
  return {
    scope: "team",
    period: { from, to },
    agentId,
    kpis: agentId ? (chosen?.figures ?? agentFigures(EMPTY_AGGREGATE)) : team.figures,
    waiting: agentId ? waitingOf(agentId) : team.waiting,
    daily: days,
    agents: agentId ? rows.filter((r) => r.agentId === agentId) : rows,
    agentOptions: rows.map((r) => ({ id: r.agentId, name: r.name })),
    team,
  };
}

const callsBy = (agentId: string | null) => (agentId ? Prisma.sql`AND "agentId" = ${agentId}` : Prisma.empty);
const shiftsOf = (userId: string | null) => (userId ? Prisma.sql`AND "userId" = ${userId}` : Prisma.empty);

/** Calls per agent: counts per outcome, durations, first and last call (one grouped query). */
async function callAggregates(start: Date, end: Date, agentId: string | null) {
  const groups = await db.callLog.groupBy({
    by: ["agentId", "outcome"],
    where: { startedAt: { gte: start, lt: end }, ...(agentId ? { agentId } : {}) },
    _count: { _all: true, durationSec: true },
    _sum: { durationSec: true },
    _min: { startedAt: true },
    _max: { startedAt: true },
  });
  const out = new Map<string, Omit<CallAggregate, "confirmedOrders" | "attemptsSum" | "shiftSec">>();
  for (const g of groups) {
    const a = out.get(g.agentId) ?? {
      calls: 0,
      confirmed: 0,
      cancelled: 0,
      timedCalls: 0,
      durationSumSec: 0,
      firstCallAt: null,
      lastCallAt: null,
    };
    const n = g._count._all;
    a.calls += n;
    if (g.outcome === "confirmed") a.confirmed += n;
    if (g.outcome === "cancelled") a.cancelled += n;
    a.timedCalls += g._count.durationSec;
    a.durationSumSec += g._sum.durationSec ?? 0;
    const first = g._min.startedAt;
    const last = g._max.startedAt;
    if (first && (!a.firstCallAt || first < a.firstCallAt)) a.firstCallAt = first;
    if (last && (!a.lastCallAt || last > a.lastCallAt)) a.lastCallAt = last;
    out.set(g.agentId, a);
  }
  return [...out.entries()].map(([id, aggregate]) => ({ agentId: id, aggregate }));
}

/**
 * Orders confirmed in the period, per agent: each order once (its first confirmed call by that
 * agent, e.g. a back-ordered order confirmed again counts once), with that call's attemptNo.
 */
async function confirmedOrderAggregates(start: Date, end: Date, agentId: string | null) {
  const rows = await db.$queryRaw<Array<{ agentId: string; orders: number; attempts: number }>>`
    SELECT "agentId", COUNT(*)::int AS orders, COALESCE(SUM(first_attempt), 0)::int AS attempts
    FROM (
      SELECT "agentId", "orderId", MIN("attemptNo") AS first_attempt
      FROM "CallLog"
      WHERE outcome = 'confirmed' AND "startedAt" >= ${start} AND "startedAt" < ${end} ${callsBy(agentId)}
      GROUP BY "agentId", "orderId"
    ) o
    GROUP BY "agentId"`;
  return rows.map((r) => ({ agentId: r.agentId, orders: Number(r.orders), attempts: Number(r.attempts) }));
}

/** Seconds of shift overlapping [start, end) per user; an open shift runs until `now`. */
async function shiftSeconds(start: Date, end: Date, now: Date, userId: string | null) {
  const rows = await db.$queryRaw<Array<{ userId: string; seconds: number }>>`
    SELECT "userId",
      COALESCE(SUM(GREATEST(0, EXTRACT(EPOCH FROM (
        LEAST(COALESCE("endedAt", ${now}::timestamptz), ${end}::timestamptz) - GREATEST("startedAt", ${start}::timestamptz)
      )))), 0)::float8 AS seconds
    FROM "AgentShift"
    WHERE "startedAt" < ${end}::timestamptz AND ("endedAt" IS NULL OR "endedAt" > ${start}::timestamptz) ${shiftsOf(userId)}
    GROUP BY "userId"`;
  return rows.map((r) => ({ userId: r.userId, seconds: Number(r.seconds) }));
}

/** Calls, confirmations and cancellations per UAE calendar day. */
async function dailyAggregates(start: Date, end: Date, agentId: string | null) {
  const rows = await db.$queryRaw<Array<{ day: string; calls: number; confirmed: number; cancelled: number }>>`
    SELECT to_char(date_trunc('day', "startedAt" AT TIME ZONE 'Asia/Dubai'), 'YYYY-MM-DD') AS day,
      COUNT(*)::int AS calls,
      (COUNT(*) FILTER (WHERE outcome = 'confirmed'))::int AS confirmed,
      (COUNT(*) FILTER (WHERE outcome = 'cancelled'))::int AS cancelled
    FROM "CallLog"
    WHERE "startedAt" >= ${start} AND "startedAt" < ${end} ${callsBy(agentId)}
    GROUP BY 1
    ORDER BY 1`;
  return rows.map((r) => ({
    day: r.day,
    calls: Number(r.calls),
    confirmed: Number(r.confirmed),
    cancelled: Number(r.cancelled),
  }));
}

/** Waiting orders per (assigned agent, state): all of them for a manager, the agent's own otherwise. */
async function waitingByAgent(agentId: string | null): Promise<WaitingGroup[]> {
  const groups = await db.order.groupBy({
    by: ["assignedAgentId", "state"],
    where: agentId
      ? { assignedAgentId: agentId, state: { in: [...AGENT_WAITING_STATES] }, archivedAt: null }
      : { state: { in: [...TEAM_WAITING_STATES] }, archivedAt: null },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  return groups.map((g) => ({
    agentId: g.assignedAgentId,
    state: g.state,
    count: g._count._all,
    oldestCreatedAt: g._min.createdAt,
  }));
}
