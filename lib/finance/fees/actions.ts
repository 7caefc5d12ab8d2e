"use server";
import { defineAction } from "@/lib/actions/action";
import { createFeeSchedule } from "@/lib/finance/fees/create-fee-schedule";
import { calculateOrderFee, editOrderFee } from "@/lib/finance/fees/edit-order-fee";
import { ZCalculateOrderFeeInput, ZCreateScheduleInput, ZEditOrderFeeInput } from "@/lib/finance/fees/fees.schema";

export const createFeeScheduleAction = defineAction({
  name: "fees.create_schedule",
  permission: "finance.fees.manage",
  schema: ZCreateScheduleInput,
  rateLimit: "finance.mutation",
  run: async (actor, input) => {
    const r = await createFeeSchedule(actor, input);
    return { id: r.id, effectiveFrom: r.effectiveFrom.toISOString() };
  },
});
export const editOrderFeeAction = defineAction({
  name: "fees.edit_order_fee",
  permission: "finance.fees.manage",
  schema: ZEditOrderFeeInput,
  rateLimit: "finance.mutation",
  run: editOrderFee,
});
export const calculateOrderFeeAction = defineAction({
  name: "fees.calculate_order_fee",
  permission: "finance.fees.manage",
  schema: ZCalculateOrderFeeInput,
  rateLimit: "finance.mutation",
  run: calculateOrderFee,
});
