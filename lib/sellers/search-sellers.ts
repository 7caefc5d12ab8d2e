import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { can, type Actor } from "@/lib/auth/actor";
import { likeLiteral } from "@/lib/db/like";
import { AppError } from "@/lib/errors";
import { FINANCE_DESK_PERMISSIONS } from "@/lib/finance/invoices/scope";
import { FINANCE_REPORT_CHOOSERS } from "@/lib/finance/reports/seller-choices";
import type { Permission } from "@/lib/rbac/permissions";
import { PICKER_LIMIT, type EntityChoice } from "@/lib/ui/picker";
import { ZSearchSellersInput, type SearchSellersInput, type SellerPickerPurpose } from "./search-sellers.schema";

/** Who may pick a seller, per desk (the same sets the pages' filters were opened to). */
const PURPOSE_PERMISSIONS: Record<SellerPickerPurpose, readonly Permission[]> = {
  orders: ["orders.view_all", "callcenter.assign"],
  products: ["products.approve"],
  financeDesk: FINANCE_DESK_PERMISSIONS,
  financeReports: FINANCE_REPORT_CHOOSERS,
  fees: ["finance.fees.manage"],
};

/**
 * Approved sellers matching the typed text (store name, company name or code), by store name,
 * for holders of the purpose's permissions; anyone else: not_found. `id` resolves one seller.
 */
export async function searchSellers(actor: Actor, raw: SearchSellersInput): Promise<EntityChoice[]> {
  const input = parseOrThrow(ZSearchSellersInput, raw);
  if (!PURPOSE_PERMISSIONS[input.purpose].some((p) => can(actor, p))) throw new AppError("not_found");
  const text = likeLiteral(input.q);
  const where: Prisma.SellerProfileWhereInput = {
    approvedAt: { not: null },
    ...(input.id ? { id: input.id } : {}),
    ...(input.q
      ? {
          OR: [
            { storeName: { contains: text, mode: "insensitive" } },
            { companyName: { contains: text, mode: "insensitive" } },
            { code: { startsWith: text, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const rows = await db.sellerProfile.findMany({
    where,
    orderBy: [{ storeName: "asc" }, { id: "asc" }],
    take: PICKER_LIMIT,
    select: { id: true, storeName: true, companyName: true, code: true },
  });
  return rows.map((s) => ({ id: s.id, label: s.storeName, detail: `${s.companyName} · ${s.code}` }));
}

/** The chosen seller of a filter (the id in the URL) with its label, or null. */
export async function sellerChoice(
  actor: Actor,
  purpose: SellerPickerPurpose,
  id: string | undefined,
): Promise<EntityChoice | null> {
  return id ? ((await searchSellers(actor, { purpose, id })).at(0) ?? null) : null;
}
