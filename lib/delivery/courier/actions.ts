"use server";
import { defineAction } from "@/lib/actions/action";
import { pickUpOrder } from "@/lib/delivery/courier/pick-up-order";
import { reportDelivery } from "@/lib/delivery/courier/report-delivery";
import { ZPickupInput, ZReportDeliveryInput } from "@/lib/delivery/courier/report-delivery.schema";

export const pickUpOrderAction = defineAction({
  name: "courier.pick_up",
  permission: "delivery.update_own",
  schema: ZPickupInput,
  rateLimit: "courier.mutation",
  run: pickUpOrder,
});
export const reportDeliveryAction = defineAction({
  name: "courier.report",
  permission: "delivery.update_own",
  schema: ZReportDeliveryInput,
  rateLimit: "courier.mutation",
  run: reportDelivery,
});
