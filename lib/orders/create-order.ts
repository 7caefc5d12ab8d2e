import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { getSettings } from "@/lib/settings/get-settings";
import { ZCreateOrderInput, type CreateOrderInput } from "./create-order.schema";
import { insertOrder, type CreatedOrder, type OrderSource } from "./insert-order";
import { getTransition } from "./workflow";

export type { CreatedOrder, OrderSource } from "./insert-order";

/**
 * Creates an order in `seller_submitted` for the actor's own seller account (the seller is
 * never taken from the input), from approved, active products of that seller only. Used by
 * the form, each CSV row and the REST API; `tx` lets a caller add its own writes (e.g. the
 * API's idempotency record) to the same transaction.
 */
export async function createOrder(
  actor: Actor,
  raw: CreateOrderInput,
  opts: { source?: OrderSource; tx?: Tx; now?: Date } = {},
): Promise<CreatedOrder> {
  assertCan(actor, getTransition("submit").permission);
  if (!actor.sellerId) throw new AppError("not_found");
  const input = parseOrThrow(ZCreateOrderInput, raw);
  const sellerId = actor.sellerId;
  const now = opts.now ?? new Date();
  const settings = await getSettings();

  const run = (tx: Tx) =>
    insertOrder(tx, { sellerId, createdById: actor.userId, input, source: opts.source ?? "form", now, settings });
  // Bursts (CSV chunks, API clients) queue on the per-day code counter: allow them to wait
  // for a connection and the counter lock longer than Prisma's 2 s / 5 s defaults.
  return opts.tx ? run(opts.tx) : db.$transaction(run, { maxWait: 10_000, timeout: 15_000 });
}
