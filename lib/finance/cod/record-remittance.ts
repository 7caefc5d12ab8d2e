import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { remittanceOutcome, sumFils } from "./cod-math";
import { ZRecordRemittanceInput, type RecordRemittanceInput } from "./record-remittance.schema";
import { MAX_REMITTANCE_LINES, parseRemittanceCsv } from "./remittance-csv";
import { matchRemittanceLines, type OrderForMatch } from "./remittance-match";

const LOOKUP_CHUNK = 1_000;

export type RecordRemittanceResult = {
  id: string;
  status: "reconciled" | "disputed";
  counts: Record<"matched" | "mismatched" | "unmatched" | "duplicate", number>;
};

/**
 * Records a partner company's remittance from its statement CSV, in one transaction:
 * the company row is locked (FOR UPDATE) so two uploads for one company take turns and an
 * order can never be remitted twice; every line is matched (remittance-match.ts) and stored;
 * the matched collections are linked by a conditional update (still no remittance, still this
 * company's — fewer rows = `conflict`, all rolled back). Expected = what Atlas recorded for the
 * statement's orders of this company that are still open (matched + amount-mismatched);
 * reconciled only when every line matched and the money received equals it. A bad file is
 * refused before anything is written.
 */
export async function recordRemittance(actor: Actor, raw: RecordRemittanceInput): Promise<RecordRemittanceResult> {
  assertCan(actor, "finance.cod.reconcile");
  const input = parseOrThrow(ZRecordRemittanceInput, raw);
  const parsed = parseRemittanceCsv(input.csv);
  if (!parsed.ok) {
    if (parsed.error === "csv_too_many") throw new AppError("import_too_large", { max: MAX_REMITTANCE_LINES });
    throw new AppError("validation", { line: parsed.line ?? 0 }, { csv: parsed.error });
  }
  const now = new Date();
  return db.$transaction(
    async (tx) => {
      const company = await tx.$queryRaw<
        Array<{ id: string }>
      >`SELECT id FROM "DeliveryCompany" WHERE id = ${input.companyId} FOR UPDATE`;
      if (company.length !== 1) throw new AppError("not_found");
      const companyId = company[0].id;

      const codes = [...new Set(parsed.lines.map((l) => l.orderCode))];
      const orders = new Map<string, OrderForMatch>();
      for (let i = 0; i < codes.length; i += LOOKUP_CHUNK) {
        const found = await tx.order.findMany({
          where: { code: { in: codes.slice(i, i + LOOKUP_CHUNK) } },
          select: {
            id: true,
            code: true,
            codCollection: { select: { id: true, companyId: true, remittanceId: true, amountFils: true } },
          },
        });
        for (const o of found) orders.set(o.code, { id: o.id, code: o.code, collection: o.codCollection });
      }
      const lines = matchRemittanceLines(parsed.lines, orders, companyId);
      const counts = { matched: 0, mismatched: 0, unmatched: 0, duplicate: 0 };
      for (const l of lines) counts[l.match] += 1;
      const expectedFils = sumFils(
        lines.filter((l) => l.match === "matched" || l.note === "amount_differs").map((l) => l.expectedFils ?? 0),
      );
      const statementFils = sumFils(lines.map((l) => l.amountFils));
      const receivedFils = BigInt(input.receivedAed);
      const { differenceFils, status } = remittanceOutcome(expectedFils, receivedFils, lines.length, counts.matched);

      const remittance = await tx.companyRemittance.create({
        data: {
          companyId,
          reference: input.reference,
          expectedFils,
          receivedFils,
          differenceFils,
          status,
          receivedAt: now,
          note: input.note || null,
          ...(status === "reconciled" ? { reconciledById: actor.userId, reconciledAt: now } : {}),
        },
        select: { id: true },
      });
      await tx.companyRemittanceLine.createMany({
        data: lines.map((l) => ({
          remittanceId: remittance.id,
          lineNo: l.lineNo,
          orderCode: l.orderCode,
          amountFils: l.amountFils,
          orderId: l.orderId,
          collectionId: l.collectionId,
          expectedFils: l.expectedFils,
          match: l.match,
          note: l.note,
        })),
      });
      const matchedIds = lines.filter((l) => l.match === "matched").map((l) => l.collectionId!);
      if (matchedIds.length) {
        const { count } = await tx.codCollection.updateMany({
          where: { id: { in: matchedIds }, companyId, remittanceId: null },
          data: { remittanceId: remittance.id },
        });
        if (count !== matchedIds.length) throw new AppError("conflict");
      }
      await writeAudit(tx, auditContext(actor), {
        action: "cod.remittance_recorded",
        targetType: "CompanyRemittance",
        targetId: remittance.id,
        after: {
          companyId,
          reference: input.reference,
          fileName: input.fileName || null,
          lines: lines.length,
          ...counts,
          statementFils: statementFils.toString(),
          expectedFils: expectedFils.toString(),
          receivedFils: receivedFils.toString(),
          differenceFils: differenceFils.toString(),
          status,
        },
      });
      return { id: remittance.id, status, counts };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
