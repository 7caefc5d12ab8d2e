import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { pageArgs, toPage } from "@/lib/pagination";
import { dayToDbDate } from "@/lib/finance/statements/period";
import { ZInvoiceFilters, type InvoiceFilters, type InvoiceStatus } from "./invoice.schema";
import { invoiceScope } from "./scope";

const PAGE_SIZE = 25;

/**
 * Invoices newest first, filtered by seller and period start (Invoice_sellerId_periodStart_idx)
 * or status (Invoice_status_createdAt_idx), paged on the server. A seller sees only its own
 * (its seller filter cannot be widened by the URL).
 */
export async function listInvoices(actor: Actor, raw: InvoiceFilters) {
  const scope = invoiceScope(actor);
  if (!scope) throw new AppError("not_found");
  const f = ZInvoiceFilters.parse(raw);
  const and: Prisma.InvoiceWhereInput[] = [scope];
  if (f.sellerId) and.push({ sellerId: f.sellerId });
  if (f.status) and.push({ status: f.status });
  if (f.from) and.push({ periodStart: { gte: dayToDbDate(f.from) } });
  if (f.to) and.push({ periodStart: { lte: dayToDbDate(f.to) } });
  const where: Prisma.InvoiceWhereInput = { AND: and };
  const [rows, total] = await db.$transaction([
    db.invoice.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(f.page, PAGE_SIZE),
      select: {
        id: true,
        number: true,
        status: true,
        periodStart: true,
        periodEnd: true,
        currency: true,
        codTotalFils: true,
        feesTotalFils: true,
        refundsTotalFils: true,
        payableFils: true,
        issuedAt: true,
        seller: { select: { id: true, storeName: true, code: true } },
      },
    }),
    db.invoice.count({ where }),
  ]);
  return {
    ...toPage(
      rows.map((r) => ({ ...r, status: r.status as InvoiceStatus })),
      total,
      f.page,
      PAGE_SIZE,
    ),
    filters: f,
  };
}
export type InvoiceRow = Awaited<ReturnType<typeof listInvoices>>["rows"][number];
