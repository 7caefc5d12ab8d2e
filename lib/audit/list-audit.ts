import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { likeLiteral } from "@/lib/db/like";
import { pageArgs, toPage, ZPage } from "@/lib/pagination";
import { uaeDayEnd, uaeDayStart } from "@/lib/time/uae-day";

const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const ZListAuditInput = z.object({
  action: z.string().trim().max(80).optional().catch(undefined),
  actor: z.string().trim().max(254).optional().catch(undefined),
  target: z.string().trim().max(80).optional().catch(undefined),
  from: ZDate,
  to: ZDate,
  page: ZPage,
});
export type ListAuditInput = z.input<typeof ZListAuditInput>;

/** Newest first, filtered on indexed columns (action, actor, target, createdAt). */
export async function listAudit(actor: Actor, raw: ListAuditInput) {
  assertCan(actor, "audit.view");
  const input = ZListAuditInput.parse(raw);
  const where: Prisma.AuditLogWhereInput = {
    ...(input.action ? { action: { startsWith: likeLiteral(input.action) } } : {}),
    ...(input.actor ? { actorEmail: { startsWith: likeLiteral(input.actor.toLowerCase()) } } : {}),
    ...(input.target ? { OR: [{ targetId: input.target }, { targetType: input.target }] } : {}),
    ...(input.from || input.to
      ? {
          createdAt: {
            ...(input.from ? { gte: uaeDayStart(input.from) } : {}),
            ...(input.to ? { lt: uaeDayEnd(input.to) } : {}),
          },
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { seq: "desc" },
      ...pageArgs(input.page),
      select: {
        seq: true,
        createdAt: true,
        actorEmail: true,
        action: true,
        targetType: true,
        targetId: true,
        before: true,
        after: true,
        ip: true,
      },
    }),
    db.auditLog.count({ where }),
  ]);
  return toPage(
    rows.map((r) => ({ ...r, seq: r.seq.toString() })),
    total,
    input.page,
  );
}
