import "server-only";
import { approvedSellerChoices } from "@/lib/sellers/list-seller-choices";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { pageArgs, toPage, type Page } from "@/lib/pagination";
import { ZFeesPageQuery } from "./fees.schema";
import { resolveSchedule, SCHEDULE_SELECT, type ScheduleRow } from "./resolve-schedule";

const HISTORY_PAGE_SIZE = 10;
const OVERRIDE_PAGE_SIZE = 20;

export type SellerOverride = {
  seller: { id: string; code: string; storeName: string };
  /** The override in force now (null: only a future one exists, the default applies until then). */
  current: ScheduleRow | null;
  /** The next override that takes over later, if one is planned. */
  upcoming: ScheduleRow | null;
  /** Every override row of the seller, newest effective date first. */
  history: ScheduleRow[];
};

export type FeesOverview = {
  now: Date;
  defaultCurrent: ScheduleRow | null;
  defaultUpcoming: ScheduleRow[];
  /** The newest default row (by creation): a change is based on it. */
  defaultNewestId: string | null;
  defaultHistory: Page<ScheduleRow>;
  overrides: Page<SellerOverride>;
  /** Approved sellers for the override form, with their newest override row id (or null). */
  sellers: Array<{ id: string; code: string; storeName: string; newestOverrideId: string | null }>;
};

/**
 * The fees desk: the default in force now, planned defaults, the default's history (paged,
 * by effective date over FeeSchedule(sellerId, effectiveFrom)), and the sellers that have an
 * override (paged by store name), each with the override in force, the next planned one and
 * its history.
 */
export async function feesOverview(actor: Actor, raw: { dpage?: unknown; spage?: unknown }): Promise<FeesOverview> {
  assertCan(actor, "finance.fees.manage");
  const q = ZFeesPageQuery.parse(raw);
  const now = new Date();
  const order = [{ effectiveFrom: "desc" as const }, { createdAt: "desc" as const }, { id: "desc" as const }];

  const [
    defaultCurrent,
    defaultUpcoming,
    defaultNewest,
    historyRows,
    historyTotal,
    overrideSellers,
    overrideTotal,
    sellers,
    newestOverrides,
  ] = await Promise.all([
    resolveSchedule(db, null, now),
    db.feeSchedule.findMany({
      where: { sellerId: null, effectiveFrom: { gt: now } },
      orderBy: [{ effectiveFrom: "asc" }, { createdAt: "asc" }],
      take: 20,
      select: SCHEDULE_SELECT,
    }),
    db.feeSchedule.findFirst({
      where: { sellerId: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    }),
    db.feeSchedule.findMany({
      where: { sellerId: null },
      orderBy: order,
      ...pageArgs(q.dpage, HISTORY_PAGE_SIZE),
      select: SCHEDULE_SELECT,
    }),
    db.feeSchedule.count({ where: { sellerId: null } }),
    db.$queryRaw<Array<{ id: string; code: string; storeName: string }>>`
      SELECT s.id, s.code, s."storeName" FROM "SellerProfile" s
      WHERE EXISTS (SELECT 1 FROM "FeeSchedule" f WHERE f."sellerId" = s.id)
      ORDER BY s."storeName", s.id
      LIMIT ${OVERRIDE_PAGE_SIZE} OFFSET ${(q.spage - 1) * OVERRIDE_PAGE_SIZE}`,
    db.$queryRaw<
      Array<{ n: bigint }>
    >`SELECT count(DISTINCT "sellerId") AS n FROM "FeeSchedule" WHERE "sellerId" IS NOT NULL`,
    approvedSellerChoices(),
    db.$queryRaw<Array<{ sellerId: string; id: string }>>`
      SELECT DISTINCT ON ("sellerId") "sellerId", id FROM "FeeSchedule"
      WHERE "sellerId" IS NOT NULL ORDER BY "sellerId", "createdAt" DESC, id DESC`,
  ]);

  const rows = overrideSellers.length
    ? await db.feeSchedule.findMany({
        where: { sellerId: { in: overrideSellers.map((s) => s.id) } },
        orderBy: order,
        select: SCHEDULE_SELECT,
      })
    : [];
  const overrides: SellerOverride[] = overrideSellers.map((seller) => {
    const history = rows.filter((r) => r.sellerId === seller.id);
    const upcomingAll = history.filter((r) => r.effectiveFrom > now);
    return {
      seller,
      current: history.find((r) => r.effectiveFrom <= now) ?? null,
      upcoming: upcomingAll.length ? upcomingAll[upcomingAll.length - 1] : null,
      history,
    };
  });
  const newestBySeller = new Map(newestOverrides.map((r) => [r.sellerId, r.id]));

  return {
    now,
    defaultCurrent,
    defaultUpcoming,
    defaultNewestId: defaultNewest?.id ?? null,
    defaultHistory: toPage(historyRows, historyTotal, q.dpage, HISTORY_PAGE_SIZE),
    overrides: toPage(overrides, Number(overrideTotal[0]?.n ?? 0), q.spage, OVERRIDE_PAGE_SIZE),
    sellers: sellers.map((s) => ({ ...s, newestOverrideId: newestBySeller.get(s.id) ?? null })),
  };
}
