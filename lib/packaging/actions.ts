"use server";
import { defineAction } from "@/lib/actions/action";
import { completePacking } from "@/lib/packaging/complete-packing";
import { markLabelsPrinted } from "@/lib/packaging/mark-labels-printed";
import { markReady } from "@/lib/packaging/mark-ready";
import { ZOrderIds, ZOrderRef, ZPackingDetailsInput, ZQcInput, ZScanInput } from "@/lib/packaging/packing.schema";
import { recordPackingDetails } from "@/lib/packaging/record-packing-details";
import { recordQc } from "@/lib/packaging/record-qc";
import { scanItem } from "@/lib/packaging/scan-item";
import { startPacking } from "@/lib/packaging/start-packing";

export const startPackingAction = defineAction({
  name: "packaging.start",
  permission: "packaging.pack",
  schema: ZOrderRef,
  rateLimit: "packaging.mutation",
  run: startPacking,
});
export const scanItemAction = defineAction({
  name: "packaging.scan",
  permission: "packaging.pack",
  schema: ZScanInput,
  rateLimit: "packaging.mutation",
  run: scanItem,
});
export const recordPackingDetailsAction = defineAction({
  name: "packaging.details",
  permission: "packaging.pack",
  schema: ZPackingDetailsInput,
  rateLimit: "packaging.mutation",
  run: recordPackingDetails,
});
export const recordQcAction = defineAction({
  name: "packaging.qc",
  permission: "packaging.qc",
  schema: ZQcInput,
  rateLimit: "packaging.mutation",
  run: recordQc,
});
export const completePackingAction = defineAction({
  name: "packaging.complete",
  permission: "packaging.pack",
  schema: ZOrderRef,
  rateLimit: "packaging.mutation",
  run: completePacking,
});
export const markLabelsPrintedAction = defineAction({
  name: "packaging.mark_printed",
  permission: "labels.print",
  schema: ZOrderIds,
  rateLimit: "packaging.mutation",
  run: markLabelsPrinted,
});
export const markReadyAction = defineAction({
  name: "packaging.mark_ready",
  permission: "labels.print",
  schema: ZOrderIds,
  rateLimit: "packaging.mutation",
  run: markReady,
});
