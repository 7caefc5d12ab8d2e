import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { can, type Actor } from "@/lib/auth/actor";
import { likeLiteral } from "@/lib/db/like";
import { AppError } from "@/lib/errors";
import type { Permission } from "@/lib/rbac/permissions";
import { PICKER_LIMIT, type EntityChoice } from "@/lib/ui/picker";
import { ZSearchCouriersInput, type CourierPickerPurpose, type SearchCouriersInput } from "./search-couriers.schema";

/** Who may pick a courier, per desk: delivery managers, COD reconciliation, returns intake. */
const PURPOSE_PERMISSIONS: Record<CourierPickerPurpose, readonly Permission[]> = {
  dispatch: ["delivery.assign"],
  cod: ["finance.cod.reconcile"],
  returns: ["returns.inspect"],
};

/**
 * Couriers matching the typed text (name or phone), by name, with their company, for holders
 * of the purpose's permission; anyone else: not_found. `id` resolves one courier.
 */
export async function searchCouriers(actor: Actor, raw: SearchCouriersInput): Promise<EntityChoice[]> {
  const input = parseOrThrow(ZSearchCouriersInput, raw);
  if (!PURPOSE_PERMISSIONS[input.purpose].some((p) => can(actor, p))) throw new AppError("not_found");
  const text = likeLiteral(input.q);
  const where: Prisma.CourierWhereInput = {
    ...(input.activeOnly ? { isActive: true } : {}),
    ...(input.id ? { id: input.id } : {}),
    ...(input.q ? { OR: [{ name: { contains: text, mode: "insensitive" } }, { phone: { startsWith: text } }] } : {}),
  };
  const rows = await db.courier.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PICKER_LIMIT,
    select: { id: true, name: true, company: { select: { name: true } } },
  });
  return rows.map((c) => ({ id: c.id, label: c.name, detail: c.company?.name }));
}

/** The chosen courier of a filter (the id in the URL) with its label, or null. */
export async function courierChoice(
  actor: Actor,
  purpose: CourierPickerPurpose,
  id: string | undefined,
): Promise<EntityChoice | null> {
  return id ? ((await searchCouriers(actor, { purpose, id })).at(0) ?? null) : null;
}
