import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { LineSource, StatementLineKind } from "@/lib/finance/statements/statement-math";
import type { InvoiceStatus } from "./invoice.schema";
import { invoiceScope } from "./scope";

function parseSource(description: string | null): LineSource | null {
  if (!description) return null;
  try {
    const v = JSON.parse(description) as LineSource & {
      effectiveFrom?: string;
      collectedAt?: string;
      at?: string | null;
    };
    if (v.kind === "schedule" && v.effectiveFrom) return { ...v, effectiveFrom: new Date(v.effectiveFrom) };
    if (v.kind === "cod_collection" && v.collectedAt) return { ...v, collectedAt: new Date(v.collectedAt) };
    if (v.kind === "edited") return { ...v, at: v.at ? new Date(v.at) : null };
    return v;
  } catch {
    return null;
  }
}

/**
 * One invoice with its lines (grouped by order, in the order they were written), its seller
 * and payouts. Finance sees any; a seller only its own — anything else is `not_found`.
 */
export async function getInvoice(actor: Actor, id: string) {
  const scope = invoiceScope(actor);
  if (!scope || typeof id !== "string" || id.length > 64) throw new AppError("not_found");
  const inv = await db.invoice.findFirst({
    where: { AND: [{ id }, scope] },
    select: {
      id: true,
      number: true,
      status: true,
      version: true,
      periodStart: true,
      periodEnd: true,
      currency: true,
      codTotalFils: true,
      feesTotalFils: true,
      refundsTotalFils: true,
      adjustmentsFils: true,
      payableFils: true,
      issuedAt: true,
      createdAt: true,
      updatedAt: true,
      createdById: true,
      seller: { select: { id: true, storeName: true, companyName: true, code: true, phone: true, emirate: true } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          kind: true,
          amountFils: true,
          description: true,
          order: { select: { id: true, code: true } },
        },
      },
      payouts: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          number: true,
          status: true,
          amountFils: true,
          currency: true,
          createdAt: true,
          paidAt: true,
          proofFileId: true,
        },
      },
    },
  });
  if (!inv) throw new AppError("not_found");
  const creator = inv.createdById
    ? await db.user.findUnique({ where: { id: inv.createdById }, select: { name: true } })
    : null;

  // Lines grouped per order (first appearance order), refunds and adjustments after them.
  type Line = {
    id: string;
    kind: StatementLineKind;
    amountFils: bigint;
    source: LineSource | null;
    orderId: string | null;
    orderCode: string | null;
  };
  const lines: Line[] = inv.lines.map((l) => ({
    id: l.id,
    kind: l.kind as StatementLineKind,
    amountFils: l.amountFils,
    source: parseSource(l.description),
    orderId: l.order?.id ?? null,
    orderCode: l.order?.code ?? null,
  }));
  const byOrder = new Map<string, { orderId: string; orderCode: string; lines: Line[]; netFils: bigint }>();
  const other: Line[] = [];
  for (const l of lines) {
    if (l.kind === "refund" || l.kind === "adjustment" || !l.orderId) {
      other.push(l);
      continue;
    }
    let g = byOrder.get(l.orderId);
    if (!g) byOrder.set(l.orderId, (g = { orderId: l.orderId, orderCode: l.orderCode ?? "", lines: [], netFils: 0n }));
    g.lines.push(l);
    g.netFils += l.amountFils;
  }
  const groups = [...byOrder.values()]; // a Map keeps first-appearance order
  const livePayout = inv.payouts.find((p) => p.status !== "cancelled") ?? null;
  return {
    ...inv,
    status: inv.status as InvoiceStatus,
    createdByName: creator?.name ?? null,
    groups,
    otherLines: other,
    livePayout,
  };
}
export type InvoiceDetail = Awaited<ReturnType<typeof getInvoice>>;
