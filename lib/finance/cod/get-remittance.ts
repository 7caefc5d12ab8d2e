import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { PAGE_SIZE, pageArgs, toPage } from "@/lib/pagination";
import { ZRemittanceLineFilters, type RemittanceLineFilters } from "./cod.schema";
import type { MatchKind } from "./remittance-match";

const LINES_PAGE = PAGE_SIZE * 2;

/**
 * One remittance: totals, the count per match kind, the statement total, and its lines a page
 * at a time (CompanyRemittanceLine_remittanceId_match_idx) — by default only the lines that
 * need finance's attention (mismatched, unmatched, duplicate).
 */
export async function getRemittance(actor: Actor, id: string, raw: RemittanceLineFilters) {
  assertCan(actor, "finance.cod.reconcile");
  const f = ZRemittanceLineFilters.parse(raw);
  const r = await db.companyRemittance.findUnique({
    where: { id: String(id).slice(0, 64) },
    select: {
      id: true,
      reference: true,
      status: true,
      expectedFils: true,
      receivedFils: true,
      differenceFils: true,
      note: true,
      receivedAt: true,
      reconciledById: true,
      reconciledAt: true,
      createdAt: true,
      company: { select: { id: true, code: true, name: true, nameAr: true } },
    },
  });
  if (!r) throw new AppError("not_found");
  const where: Prisma.CompanyRemittanceLineWhereInput = {
    remittanceId: r.id,
    ...(f.match === "problems"
      ? { match: { in: ["mismatched", "unmatched", "duplicate"] } }
      : f.match === "all"
        ? {}
        : { match: f.match }),
  };
  const [lines, total, groups, statement, recorded] = await Promise.all([
    db.companyRemittanceLine.findMany({
      where,
      orderBy: { lineNo: "asc" },
      ...pageArgs(f.page, LINES_PAGE),
      select: {
        id: true,
        lineNo: true,
        orderCode: true,
        amountFils: true,
        expectedFils: true,
        match: true,
        note: true,
      },
    }),
    db.companyRemittanceLine.count({ where }),
    db.companyRemittanceLine.groupBy({ by: ["match"], where: { remittanceId: r.id }, _count: { _all: true } }),
    db.$queryRaw<
      Array<{ s: bigint | null }>
    >`SELECT SUM("amountFils")::bigint AS s FROM "CompanyRemittanceLine" WHERE "remittanceId" = ${r.id}`,
    db.auditLog.findFirst({
      where: { targetType: "CompanyRemittance", targetId: r.id, action: "cod.remittance_recorded" },
      select: { actorId: true },
    }),
  ]);
  const counts: Record<MatchKind, number> = { matched: 0, mismatched: 0, unmatched: 0, duplicate: 0 };
  for (const g of groups) counts[g.match] = g._count._all;
  const who = recorded?.actorId
    ? await db.user.findUnique({ where: { id: recorded.actorId }, select: { name: true } })
    : null;
  return {
    remittance: { ...r, statementFils: BigInt(statement[0]?.s ?? 0), recordedByName: who?.name ?? null },
    counts,
    view: f.match,
    lines: toPage(lines, total, f.page, LINES_PAGE),
  };
}
export type RemittanceDetail = Awaited<ReturnType<typeof getRemittance>>;
