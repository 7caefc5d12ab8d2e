"use server";
import { defineAction } from "@/lib/actions/action";
import { adjustStock } from "@/lib/inventory/adjust-stock";
import { findProductByCode } from "@/lib/inventory/find-product";
import { receiveStock } from "@/lib/inventory/receive-stock";
import { saveBin } from "@/lib/inventory/save-bin";
import { saveZone } from "@/lib/inventory/save-zone";
import { setStockLevels } from "@/lib/inventory/set-stock-levels";
import {
  ZAdjustStockInput,
  ZFindProductInput,
  ZReceiveStockInput,
  ZSaveBinInput,
  ZSaveZoneInput,
  ZStockLevelsInput,
  ZTransferStockInput,
} from "@/lib/inventory/stock.schema";
import { transferBetweenBins } from "@/lib/inventory/transfer-stock";

export const findProductAction = defineAction({
  name: "inventory.find_product",
  permission: "inventory.view",
  schema: ZFindProductInput,
  rateLimit: "inventory.mutation",
  run: findProductByCode,
});
export const receiveStockAction = defineAction({
  name: "inventory.receive",
  permission: "inventory.receive",
  schema: ZReceiveStockInput,
  rateLimit: "inventory.mutation",
  run: receiveStock,
});
export const transferStockAction = defineAction({
  name: "inventory.transfer",
  permission: "inventory.transfer",
  schema: ZTransferStockInput,
  rateLimit: "inventory.mutation",
  run: transferBetweenBins,
});
export const adjustStockAction = defineAction({
  name: "inventory.adjust",
  permission: "inventory.adjust",
  schema: ZAdjustStockInput,
  rateLimit: "inventory.mutation",
  run: adjustStock,
});
export const setStockLevelsAction = defineAction({
  name: "inventory.levels",
  permission: "inventory.adjust",
  schema: ZStockLevelsInput,
  rateLimit: "inventory.mutation",
  run: setStockLevels,
});
export const saveBinAction = defineAction({
  name: "inventory.save_bin",
  permission: "inventory.adjust",
  schema: ZSaveBinInput,
  rateLimit: "inventory.mutation",
  run: saveBin,
});
export const saveZoneAction = defineAction({
  name: "inventory.save_zone",
  permission: "inventory.adjust",
  schema: ZSaveZoneInput,
  rateLimit: "inventory.mutation",
  run: saveZone,
});
