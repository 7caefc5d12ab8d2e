import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";

/** A partner company's unremitted cash (count, exact sum, oldest collection), for the upload form. */
export async function getCompanyCash(actor: Actor, companyId: string) {
  assertCan(actor, "finance.cod.reconcile");
  const company = await db.deliveryCompany.findUnique({
    where: { id: String(companyId).slice(0, 64) },
    select: { id: true, code: true, name: true, nameAr: true, archivedAt: true },
  });
  if (!company) throw new AppError("not_found");
  const [agg] = await db.$queryRaw<Array<{ count: number; amountFils: bigint | null; oldestAt: Date | null }>>`
    SELECT COUNT(*)::int AS count, SUM("amountFils")::bigint AS "amountFils", MIN("collectedAt") AS "oldestAt"
    FROM "CodCollection" WHERE "companyId" = ${company.id} AND "remittanceId" IS NULL`;
  return { company, count: agg?.count ?? 0, amountFils: BigInt(agg?.amountFils ?? 0), oldestAt: agg?.oldestAt ?? null };
}
