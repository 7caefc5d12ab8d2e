import { z } from "zod";
import { ZPage } from "@/lib/pagination";
import { MOVEMENT_TYPES } from "./stock.schema";

const optional = (max = 100) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const ZListStockInput = z.object({ warehouseId: optional(64), q: optional(), page: ZPage });
export const STOCK_FILTER_KEYS = ["warehouseId", "q"] as const;

export const ZMovementFilter = z.object({
  type: z.enum(MOVEMENT_TYPES).optional().catch(undefined),
  binId: optional(64),
  from: day,
  to: day,
  page: ZPage,
});
export const MOVEMENT_FILTER_KEYS = ["type", "binId", "from", "to"] as const;

export const ZListBinsInput = z.object({ warehouseId: optional(64), page: ZPage });
export const ZListLowStockInput = z.object({ warehouseId: optional(64), page: ZPage });
