import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { orderScope } from "@/lib/orders/scope";
import { API_ORDER_SELECT, serializeApiOrder } from "./serialize-order";

const ZCode = z
  .string()
  .trim()
  .regex(/^#?\d{9,12}$/);

/** GET /api/v1/orders/{code}: "#260131001" or "260131001"; outside the actor's scope = not_found. */
export async function getApiOrder(actor: Actor, raw: { code: string }) {
  assertCan(actor, "orders.view_own");
  const code = ZCode.safeParse(raw.code);
  if (!code.success) throw new AppError("not_found");
  const normalised = code.data.startsWith("#") ? code.data : `#${code.data}`;
  const row = await db.order.findFirst({
    where: { AND: [orderScope(actor), { code: normalised }] },
    select: API_ORDER_SELECT,
  });
  if (!row) throw new AppError("not_found");
  return serializeApiOrder(row);
}
