import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, can, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { filsToAedInput } from "@/lib/money/parse-aed";
import { decryptOrderAddress, decryptOrderPhone } from "./order-pii";
import { csvDocument } from "@/lib/csv/csv";
import { MAX_EXPORT_ROWS, ZOrderFilters, type OrderFilters } from "./list-orders.schema";
import { orderFilterWhere } from "./order-filters";
import { uaeDay } from "@/lib/time/uae-day";
import { orderScope } from "./scope";
import { sellerStatusOf, type OrderState } from "./workflow";

export { MAX_EXPORT_ROWS };

export const EXPORT_COLUMNS = [
  "code",
  "created_at",
  "status",
  "customer_name",
  "phone",
  "emirate",
  "city",
  "area",
  "street",
  "building",
  "landmark",
  "items",
  "total_aed",
  "external_ref",
  "notes",
  "source",
  "likely_duplicate",
] as const;

/**
 * The order list as CSV: same filters and scope as the list, at most MAX_EXPORT_ROWS rows
 * (more = export_too_large, nothing exported), decrypted phone and address, audited as
 * `orders.export` with the filters and the row count in the same transaction as the read.
 */
export async function exportOrders(
  actor: Actor,
  raw: Partial<Record<keyof OrderFilters, string>>,
  opts: { max?: number } = {},
) {
  assertCan(actor, "orders.export");
  if (!can(actor, "orders.view_own") && !can(actor, "orders.view_all")) throw new AppError("not_found");
  const filters = ZOrderFilters.parse(raw);
  const max = opts.max ?? MAX_EXPORT_ROWS;
  const where = { AND: [orderScope(actor), orderFilterWhere(filters)] };

  return db.$transaction(async (tx) => {
    const count = await tx.order.count({ where });
    if (count > max) throw new AppError("export_too_large", { max });
    const orders = await tx.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: max,
      include: { lines: { select: { quantity: true, product: { select: { sku: true } } }, orderBy: { id: "asc" } } },
    });
    const rows = orders.map((o) => {
      const address = decryptOrderAddress(o.addressEnc, o.id);
      return [
        o.code,
        o.createdAt.toISOString(),
        sellerStatusOf(o.state as OrderState),
        o.customerName,
        decryptOrderPhone(o.customerPhoneEnc, o.id),
        o.emirate,
        o.city,
        o.area,
        address.street,
        address.building,
        address.landmark,
        o.lines.map((l) => `${l.product.sku} x${l.quantity}`).join("; "),
        filsToAedInput(o.totalFils),
        o.externalRef,
        o.notes,
        o.source,
        o.isLikelyDuplicate ? "yes" : "no",
      ];
    });
    await writeAudit(tx, auditContext(actor), {
      action: "orders.export",
      targetType: "Order",
      after: {
        filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
        rowCount: rows.length,
      },
    });
    return {
      csv: csvDocument([[...EXPORT_COLUMNS], ...rows]),
      rowCount: rows.length,
      fileName: `orders-${uaeDay(new Date())}.csv`,
    };
  });
}
