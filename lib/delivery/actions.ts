"use server";
import { defineAction } from "@/lib/actions/action";
import { filsToAedInput } from "@/lib/money/parse-aed";
import {
  ZBulkConfirmInput,
  ZConfirmAttemptInput,
  ZCorrectAttemptInput,
  ZCustomerReturnInput,
} from "@/lib/delivery/confirm.schema";
import { bulkConfirmAttempts, confirmAttempt, correctAttempt } from "@/lib/delivery/confirm-attempts";
import { startCustomerReturn } from "@/lib/delivery/customer-return";
import { ZDispatchAreaInput, ZDispatchOrdersInput, ZReassignInput } from "@/lib/delivery/dispatch.schema";
import { dispatchArea, dispatchOrders, reassignOrder } from "@/lib/delivery/dispatch-orders";
import { saveCompany, saveCourier, setCompanyArchived, setCourierActive } from "@/lib/delivery/manage-partners";
import { ZSaveCompanyInput, ZSaveCourierInput, ZSetActiveInput } from "@/lib/delivery/partners.schema";
import { searchCouriers } from "@/lib/delivery/search-couriers";
import { ZSearchCouriersInput } from "@/lib/delivery/search-couriers.schema";

// The use-cases re-parse their raw input, so the parsed (transformed) values are not passed on.
export const dispatchOrdersAction = defineAction({
  name: "delivery.dispatch",
  permission: "delivery.assign",
  schema: ZDispatchOrdersInput,
  rateLimit: "delivery.mutation",
  run: (actor, input) =>
    dispatchOrders(actor, { orderIds: input.orderIds, target: `${input.target.kind}:${input.target.id}` }),
});
export const dispatchAreaAction = defineAction({
  name: "delivery.dispatch_area",
  permission: "delivery.assign",
  schema: ZDispatchAreaInput,
  rateLimit: "delivery.mutation",
  run: (actor, input) => dispatchArea(actor, { ...input, target: `${input.target.kind}:${input.target.id}` }),
});
export const reassignAction = defineAction({
  name: "delivery.reassign",
  permission: "delivery.assign",
  schema: ZReassignInput,
  rateLimit: "delivery.mutation",
  run: (actor, input) => reassignOrder(actor, { ...input, target: `${input.target.kind}:${input.target.id}` }),
});
export const confirmAttemptAction = defineAction({
  name: "delivery.confirm",
  permission: "delivery.confirm",
  schema: ZConfirmAttemptInput,
  rateLimit: "delivery.mutation",
  run: confirmAttempt,
});
export const bulkConfirmAction = defineAction({
  name: "delivery.bulk_confirm",
  permission: "delivery.confirm",
  schema: ZBulkConfirmInput,
  rateLimit: "delivery.mutation",
  run: bulkConfirmAttempts,
});
export const correctAttemptAction = defineAction({
  name: "delivery.correct",
  permission: "delivery.confirm",
  schema: ZCorrectAttemptInput,
  rateLimit: "delivery.mutation",
  run: (actor, input) =>
    correctAttempt(actor, {
      attemptId: input.attemptId,
      version: input.version,
      outcome: input.outcome,
      codAed: filsToAedInput(input.codFils),
      note: input.note,
    }),
});
export const customerReturnAction = defineAction({
  name: "delivery.customer_return",
  permission: "delivery.confirm",
  schema: ZCustomerReturnInput,
  rateLimit: "delivery.mutation",
  run: (actor, input) =>
    startCustomerReturn(actor, {
      orderId: input.orderId,
      version: input.version,
      reason: input.reason,
      refundAed: input.refundFils ? filsToAedInput(input.refundFils) : undefined,
    }),
});
export const saveCompanyAction = defineAction({
  name: "delivery.save_company",
  permission: "delivery.partners.manage",
  schema: ZSaveCompanyInput,
  rateLimit: "delivery.mutation",
  run: (actor, input) =>
    saveCompany(actor, {
      ...input,
      nameAr: input.nameAr ?? undefined,
      contactName: input.contactName ?? undefined,
      phone: input.phone ?? undefined,
      email: input.email ?? undefined,
    }),
});
export const setCompanyArchivedAction = defineAction({
  name: "delivery.archive_company",
  permission: "delivery.partners.manage",
  schema: ZSetActiveInput,
  rateLimit: "delivery.mutation",
  run: setCompanyArchived,
});
export const saveCourierAction = defineAction({
  name: "delivery.save_courier",
  permission: "delivery.partners.manage",
  schema: ZSaveCourierInput,
  rateLimit: "delivery.mutation",
  run: (actor, input) =>
    saveCourier(actor, {
      ...input,
      userId: input.userId ?? undefined,
      companyId: input.companyId ?? undefined,
      phone: input.phone ?? undefined,
      vehicle: input.vehicle ?? undefined,
    }),
});
export const setCourierActiveAction = defineAction({
  name: "delivery.courier_active",
  permission: "delivery.partners.manage",
  schema: ZSetActiveInput,
  rateLimit: "delivery.mutation",
  run: setCourierActive,
});

// Courier picker (components/ui/entity-picker.tsx): the use-case checks the purpose's permission.
export const searchCouriersAction = defineAction({
  name: "delivery.search_couriers",
  permission: "signed_in",
  schema: ZSearchCouriersInput,
  rateLimit: "picker.search",
  run: searchCouriers,
});
