"use server";
import { defineAction } from "@/lib/actions/action";
import { approveRefund } from "@/lib/finance/refunds/approve-refund";
import { cancelRefund } from "@/lib/finance/refunds/cancel-refund";
import { payRefund } from "@/lib/finance/refunds/pay-refund";
import { ZApproveRefundInput, ZCancelRefundInput, ZPayRefundInput } from "@/lib/finance/refunds/refund.schema";

export const approveRefundAction = defineAction({
  name: "refunds.approve",
  permission: "finance.payout.approve",
  schema: ZApproveRefundInput,
  rateLimit: "finance.mutation",
  run: approveRefund,
});
export const payRefundAction = defineAction({
  name: "refunds.pay",
  permission: "finance.payout.pay",
  schema: ZPayRefundInput,
  rateLimit: "finance.mutation",
  run: payRefund,
});
export const cancelRefundAction = defineAction({
  name: "refunds.cancel",
  permission: "finance.payout.approve",
  schema: ZCancelRefundInput,
  rateLimit: "finance.mutation",
  run: cancelRefund,
});
