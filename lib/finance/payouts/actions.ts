"use server";
import { defineAction } from "@/lib/actions/action";
import { createPayout } from "@/lib/finance/payouts/create-payout";
import { payPayout } from "@/lib/finance/payouts/pay-payout";
import {
  ZCancelPayoutInput,
  ZCreatePayoutInput,
  ZPayoutRef,
  ZPayPayoutInput,
} from "@/lib/finance/payouts/payout.schema";
import { approvePayout, cancelPayout } from "@/lib/finance/payouts/step-payout";

export const createPayoutAction = defineAction({
  name: "finance.payout.create",
  permission: "finance.payout.create",
  schema: ZCreatePayoutInput,
  rateLimit: "finance.mutation",
  run: createPayout,
});
export const approvePayoutAction = defineAction({
  name: "finance.payout.approve",
  permission: "finance.payout.approve",
  schema: ZPayoutRef,
  rateLimit: "finance.mutation",
  run: approvePayout,
});
export const payPayoutAction = defineAction({
  name: "finance.payout.pay",
  permission: "finance.payout.pay",
  schema: ZPayPayoutInput,
  rateLimit: "finance.mutation",
  run: payPayout,
});
// Cancel is open to whoever may request or approve payouts; the use-case checks exactly that.
export const cancelPayoutAction = defineAction({
  name: "finance.payout.cancel",
  permission: "signed_in",
  schema: ZCancelPayoutInput,
  rateLimit: "finance.mutation",
  run: cancelPayout,
});
