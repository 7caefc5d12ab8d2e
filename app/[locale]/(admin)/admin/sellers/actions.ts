"use server";
import { defineAction } from "@/lib/actions/action";
import { approveSeller } from "@/lib/sellers/approve-seller";
import { rejectSeller } from "@/lib/sellers/reject-seller";
import { ZApproveSellerInput, ZRejectSellerInput } from "@/lib/sellers/decide-seller.schema";

export const approveSellerAction = defineAction({
  name: "sellers.approve", permission: "users.approve", schema: ZApproveSellerInput, rateLimit: "admin.mutation", run: approveSeller,
});
export const rejectSellerAction = defineAction({
  name: "sellers.reject", permission: "users.approve", schema: ZRejectSellerInput, rateLimit: "admin.mutation", run: rejectSeller,
});
