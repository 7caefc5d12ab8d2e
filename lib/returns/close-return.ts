import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { ZCloseReturnInput, type CloseReturnInput } from "./close-return.schema";
import { warehouseReturnScope } from "./scope";

/**
 * Closes an inspected return (the warehouse's work on it is done; a closed return no longer
 * counts as the order's open return). Conditional on the version the keeper saw.
 */
export async function closeReturn(actor: Actor, raw: CloseReturnInput): Promise<{ status: "closed" }> {
  assertCan(actor, "returns.inspect");
  const input = parseOrThrow(ZCloseReturnInput, raw);
  const scope = warehouseReturnScope(actor);
  return db.$transaction(async (tx) => {
    const ret = await tx.return.findFirst({
      where: { AND: [{ id: input.returnId }, scope] },
      select: { id: true, code: true },
    });
    if (!ret) throw new AppError("not_found");
    const { count } = await tx.return.updateMany({
      where: { id: ret.id, status: "inspected", version: input.version },
      data: { status: "closed", closedAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("conflict");
    await writeAudit(tx, auditContext(actor), {
      action: "returns.close",
      targetType: "Return",
      targetId: ret.id,
      before: { status: "inspected" },
      after: { code: ret.code, status: "closed" },
    });
    return { status: "closed" as const };
  });
}
