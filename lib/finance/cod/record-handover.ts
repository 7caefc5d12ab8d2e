import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { formatDocNumber, nextNumber } from "@/lib/finance/number-sequence";
import { uaeIsoDay } from "@/lib/time/uae-day";
import { handoverOutcome, sumFils } from "./cod-math";
import { ZRecordHandoverInput, type RecordHandoverInput } from "./record-handover.schema";

export type RecordHandoverResult = {
  id: string;
  code: string;
  expectedFils: bigint;
  receivedFils: bigint;
  differenceFils: bigint;
  status: "reconciled" | "disputed";
};

/**
 * A courier hands over cash for the collections finance ticked, in one transaction:
 * 1. the ticked collections are locked (FOR UPDATE, in id order) while still this in-house
 *    courier's and in no handover — a second finance user recording the same cash waits here,
 *    then finds them taken and gets `conflict`, with nothing written;
 * 2. the handover HO-YYYY-NNNNN (UAE year) with expected = their exact sum, received as counted,
 *    difference = received − expected: zero is reconciled, anything else disputed (flagged);
 * 3. the collections are linked by a conditional update (still no handover): fewer rows than
 *    ticked = `conflict`, and the whole transaction rolls back;
 * 4. the audit row.
 */
export async function recordHandover(actor: Actor, raw: RecordHandoverInput): Promise<RecordHandoverResult> {
  assertCan(actor, "finance.cod.reconcile");
  const input = parseOrThrow(ZRecordHandoverInput, raw);
  const now = new Date();
  const ids = [...input.collectionIds].sort();
  return db.$transaction(
    async (tx) => {
      const courier = await tx.courier.findUnique({ where: { id: input.courierId }, select: { id: true, name: true } });
      if (!courier) throw new AppError("not_found");
      const locked = await tx.$queryRaw<Array<{ id: string; amountFils: number }>>`
      SELECT id, "amountFils" FROM "CodCollection"
      WHERE id IN (${Prisma.join(ids)}) AND "courierId" = ${courier.id}
        AND "companyId" IS NULL AND "handoverId" IS NULL AND "remittanceId" IS NULL
      ORDER BY id FOR UPDATE`;
      if (locked.length !== ids.length) throw new AppError("conflict");

      const expectedFils = sumFils(locked.map((c) => c.amountFils));
      const receivedFils = BigInt(input.receivedAed);
      const { differenceFils, status } = handoverOutcome(expectedFils, receivedFils);
      const year = uaeIsoDay(now).slice(0, 4);
      const code = formatDocNumber("HO", year, await nextNumber(tx, "handover", year));
      const handover = await tx.codHandover.create({
        data: {
          code,
          courierId: courier.id,
          expectedFils,
          receivedFils,
          differenceFils,
          status,
          submittedAt: now,
          receivedById: actor.userId,
          note: input.note || null,
          ...(status === "reconciled" ? { reconciledById: actor.userId, reconciledAt: now } : {}),
        },
        select: { id: true },
      });
      const { count } = await tx.codCollection.updateMany({
        where: { id: { in: ids }, courierId: courier.id, companyId: null, handoverId: null, remittanceId: null },
        data: { handoverId: handover.id },
      });
      if (count !== ids.length) throw new AppError("conflict");

      await writeAudit(tx, auditContext(actor), {
        action: "cod.handover_recorded",
        targetType: "CodHandover",
        targetId: handover.id,
        after: {
          code,
          courierId: courier.id,
          collections: ids.length,
          expectedFils: expectedFils.toString(),
          receivedFils: receivedFils.toString(),
          differenceFils: differenceFils.toString(),
          status,
          note: input.note || null,
        },
      });
      return { id: handover.id, code, expectedFils, receivedFils, differenceFils, status };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
