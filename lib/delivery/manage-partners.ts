import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { permissionHoldersWhere } from "@/lib/rbac/holders";
import {
  ZSaveCompanyInput,
  ZSaveCourierInput,
  ZSetActiveInput,
  type SaveCompanyInput,
  type SaveCourierInput,
  type SetActiveInput,
} from "./partners.schema";

const COMPANY_SELECT = {
  id: true,
  code: true,
  name: true,
  nameAr: true,
  contactName: true,
  phone: true,
  email: true,
  isActive: true,
  archivedAt: true,
} as const;
const COURIER_SELECT = {
  id: true,
  name: true,
  phone: true,
  vehicle: true,
  isActive: true,
  userId: true,
  companyId: true,
} as const;

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** Companies (archived last) and couriers, for the partners page. */
export async function listPartners(actor: Actor) {
  assertCan(actor, "delivery.partners.manage");
  const [companies, couriers] = await Promise.all([
    db.deliveryCompany.findMany({
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
      take: 500,
      select: { ...COMPANY_SELECT, _count: { select: { couriers: true } } },
    }),
    db.courier.findMany({
      orderBy: [{ isActive: "desc" }, { name: "asc" }],
      take: 1000,
      select: { ...COURIER_SELECT, user: { select: { email: true } }, company: { select: { name: true } } },
    }),
  ]);
  return { companies, couriers };
}

/** Users who can deliver (delivery.update_own) and are not a courier yet. */
export async function listCourierUserChoices(actor: Actor) {
  assertCan(actor, "delivery.partners.manage");
  return db.user.findMany({
    where: { AND: [permissionHoldersWhere("delivery.update_own"), { courier: null }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true, email: true },
  });
}

/** Creates or edits a delivery company; audited. The code is unique. */
export async function saveCompany(actor: Actor, raw: SaveCompanyInput): Promise<{ id: string }> {
  assertCan(actor, "delivery.partners.manage");
  const { id, ...data } = ZSaveCompanyInput.parse(raw);
  try {
    return await db.$transaction(async (tx) => {
      if (id) {
        const before = await tx.deliveryCompany.findUnique({ where: { id }, select: COMPANY_SELECT });
        if (!before) throw new AppError("not_found");
        const after = await tx.deliveryCompany.update({ where: { id }, data, select: COMPANY_SELECT });
        await writeAudit(tx, auditContext(actor), {
          action: "delivery.company_updated",
          targetType: "DeliveryCompany",
          targetId: id,
          before,
          after,
        });
        return { id };
      }
      const created = await tx.deliveryCompany.create({ data, select: COMPANY_SELECT });
      await writeAudit(tx, auditContext(actor), {
        action: "delivery.company_created",
        targetType: "DeliveryCompany",
        targetId: created.id,
        after: created,
      });
      return { id: created.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("validation", {}, { code: "company_code_taken" });
    throw e;
  }
}

/**
 * Archives a company (never deleted: its orders, collections and remittances keep pointing at
 * it) or brings it back. An archived company gets no new orders; its couriers stay as they are.
 */
export async function setCompanyArchived(actor: Actor, raw: SetActiveInput): Promise<void> {
  assertCan(actor, "delivery.partners.manage");
  const input = ZSetActiveInput.parse(raw);
  await db.$transaction(async (tx) => {
    const before = await tx.deliveryCompany.findUnique({ where: { id: input.id }, select: COMPANY_SELECT });
    if (!before) throw new AppError("not_found");
    const after = await tx.deliveryCompany.update({
      where: { id: input.id },
      data: input.active ? { archivedAt: null, isActive: true } : { archivedAt: new Date(), isActive: false },
      select: COMPANY_SELECT,
    });
    await writeAudit(tx, auditContext(actor), {
      action: input.active ? "delivery.company_restored" : "delivery.company_archived",
      targetType: "DeliveryCompany",
      targetId: input.id,
      before,
      after,
    });
  });
}

/**
 * Creates or edits a courier; audited. Own staff link a user who holds delivery.update_own and
 * is not a courier yet (the link is fixed once made); a company driver needs an active company.
 */
export async function saveCourier(actor: Actor, raw: SaveCourierInput): Promise<{ id: string }> {
  assertCan(actor, "delivery.partners.manage");
  const input = ZSaveCourierInput.parse(raw);
  try {
    return await db.$transaction(async (tx) => {
      if (input.companyId) {
        const co = await tx.deliveryCompany.findFirst({
          where: { id: input.companyId, archivedAt: null },
          select: { id: true },
        });
        if (!co) throw new AppError("validation", {}, { companyId: "courier_company_invalid" });
      }
      const data = { name: input.name, phone: input.phone, vehicle: input.vehicle, companyId: input.companyId };
      if (input.id) {
        const before = await tx.courier.findUnique({ where: { id: input.id }, select: COURIER_SELECT });
        if (!before) throw new AppError("not_found");
        if (input.kind === "driver" && before.userId)
          throw new AppError("validation", {}, { kind: "courier_kind_fixed" });
        const after = await tx.courier.update({ where: { id: input.id }, data, select: COURIER_SELECT });
        await writeAudit(tx, auditContext(actor), {
          action: "delivery.courier_updated",
          targetType: "Courier",
          targetId: input.id,
          before,
          after,
        });
        return { id: input.id };
      }
      let userId: string | null = null;
      if (input.kind === "staff") {
        const user = await tx.user.findFirst({
          where: {
            AND: [{ id: input.userId ?? "" }, permissionHoldersWhere("delivery.update_own"), { courier: null }],
          },
          select: { id: true },
        });
        if (!user) throw new AppError("validation", {}, { userId: "courier_user_invalid" });
        userId = user.id;
      }
      const created = await tx.courier.create({ data: { ...data, userId }, select: COURIER_SELECT });
      await writeAudit(tx, auditContext(actor), {
        action: "delivery.courier_created",
        targetType: "Courier",
        targetId: created.id,
        after: created,
      });
      return { id: created.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("validation", {}, { userId: "courier_user_invalid" });
    throw e;
  }
}

/** Activates or deactivates a courier (a deactivated one gets no new orders); audited. */
export async function setCourierActive(actor: Actor, raw: SetActiveInput): Promise<void> {
  assertCan(actor, "delivery.partners.manage");
  const input = ZSetActiveInput.parse(raw);
  await db.$transaction(async (tx) => {
    const { count } = await tx.courier.updateMany({
      where: { id: input.id, isActive: !input.active },
      data: { isActive: input.active },
    });
    if (count !== 1) {
      if (!(await tx.courier.findUnique({ where: { id: input.id }, select: { id: true } })))
        throw new AppError("not_found");
      return;
    }
    await writeAudit(tx, auditContext(actor), {
      action: input.active ? "delivery.courier_activated" : "delivery.courier_deactivated",
      targetType: "Courier",
      targetId: input.id,
    });
  });
}
