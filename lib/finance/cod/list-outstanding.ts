import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { PAGE_SIZE, pageArgs, toPage } from "@/lib/pagination";
import { ZOutstandingFilters, type OutstandingFilters } from "./cod.schema";

export type OutstandingRow = {
  id: string;
  name: string;
  nameAr: string | null;
  count: number;
  amountFils: bigint;
  oldestAt: Date;
  oldestMs: number;
};
type Raw = {
  id: string;
  name: string;
  nameAr: string | null;
  count: number;
  amountFils: bigint;
  oldestAt: Date;
  groups: number;
};

/**
 * Cash still outside Atlas, grouped: per in-house courier (collections with no handover and no
 * company: CodCollection_courierId_handoverId_idx), or per partner company (no remittance yet:
 * CodCollection_companyId_remittanceId_idx); count, exact BigInt sum and the oldest
 * collection, oldest first, a page at a time. `totals` covers every group, not just the page.
 */
export async function listOutstanding(actor: Actor, raw: OutstandingFilters, now = new Date()) {
  assertCan(actor, "finance.cod.reconcile");
  const f = ZOutstandingFilters.parse(raw);
  const { skip, take } = pageArgs(f.page, PAGE_SIZE);
  const [rows, totals] = await Promise.all([
    f.view === "couriers"
      ? db.$queryRaw<Raw[]>`
          SELECT c."courierId" AS id, k.name, NULL::text AS "nameAr", COUNT(*)::int AS count, SUM(c."amountFils")::bigint AS "amountFils",
                 MIN(c."collectedAt") AS "oldestAt", (COUNT(*) OVER ())::int AS groups
          FROM "CodCollection" c JOIN "Courier" k ON k.id = c."courierId"
          WHERE c."handoverId" IS NULL AND c."companyId" IS NULL AND c."courierId" IS NOT NULL
          GROUP BY c."courierId", k.name
          ORDER BY MIN(c."collectedAt") ASC, c."courierId" ASC
          LIMIT ${take} OFFSET ${skip}`
      : db.$queryRaw<Raw[]>`
          SELECT c."companyId" AS id, d.name, d."nameAr", COUNT(*)::int AS count, SUM(c."amountFils")::bigint AS "amountFils",
                 MIN(c."collectedAt") AS "oldestAt", (COUNT(*) OVER ())::int AS groups
          FROM "CodCollection" c JOIN "DeliveryCompany" d ON d.id = c."companyId"
          WHERE c."remittanceId" IS NULL AND c."companyId" IS NOT NULL
          GROUP BY c."companyId", d.name, d."nameAr"
          ORDER BY MIN(c."collectedAt") ASC, c."companyId" ASC
          LIMIT ${take} OFFSET ${skip}`,
    outstandingTotals(),
  ]);
  const total = rows[0]?.groups ?? (f.page > 1 ? await countGroups(f.view) : 0);
  const page = toPage<OutstandingRow>(
    rows.map(({ groups: _g, ...r }) => ({
      ...r,
      amountFils: BigInt(r.amountFils),
      oldestMs: now.getTime() - r.oldestAt.getTime(),
    })),
    total,
    f.page,
    PAGE_SIZE,
  );
  return { view: f.view, page, totals };
}

async function countGroups(view: "couriers" | "companies"): Promise<number> {
  const r =
    view === "couriers"
      ? await db.$queryRaw<
          Array<{ n: number }>
        >`SELECT COUNT(DISTINCT "courierId")::int AS n FROM "CodCollection" WHERE "handoverId" IS NULL AND "companyId" IS NULL AND "courierId" IS NOT NULL`
      : await db.$queryRaw<
          Array<{ n: number }>
        >`SELECT COUNT(DISTINCT "companyId")::int AS n FROM "CodCollection" WHERE "remittanceId" IS NULL AND "companyId" IS NOT NULL`;
  return r[0]?.n ?? 0;
}

/** Both sides' outstanding totals (count and exact sum), for the page header. */
export async function outstandingTotals() {
  const [couriers, companies] = await Promise.all([
    db.$queryRaw<Array<{ count: number; amountFils: bigint | null }>>`
      SELECT COUNT(*)::int AS count, SUM("amountFils")::bigint AS "amountFils" FROM "CodCollection"
      WHERE "handoverId" IS NULL AND "companyId" IS NULL AND "courierId" IS NOT NULL`,
    db.$queryRaw<Array<{ count: number; amountFils: bigint | null }>>`
      SELECT COUNT(*)::int AS count, SUM("amountFils")::bigint AS "amountFils" FROM "CodCollection"
      WHERE "remittanceId" IS NULL AND "companyId" IS NOT NULL`,
  ]);
  return {
    couriers: { count: couriers[0]?.count ?? 0, amountFils: BigInt(couriers[0]?.amountFils ?? 0) },
    companies: { count: companies[0]?.count ?? 0, amountFils: BigInt(companies[0]?.amountFils ?? 0) },
  };
}
