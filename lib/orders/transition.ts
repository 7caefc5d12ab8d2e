import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { canLeave, getTransition, sellerStatusOf, type OrderState, type TransitionId } from "./workflow";

/** The columns a transition is conditional on: the state and version the actor last saw. */
export type OrderVersion = { id: string; state: OrderState; version: number };

export type ApplyTransitionArgs = {
  order: OrderVersion;
  transition: TransitionId;
  /** null = the system (a sweep or a settings rule), which holds every permission. */
  actor: Actor | null;
  /** Extra columns written in the same conditional update. */
  patch?: Omit<Prisma.OrderUncheckedUpdateManyInput, "state" | "version" | "stateChangedAt">;
  /** Extra row conditions (e.g. `assignedAgentId: actor.userId`): fail as "order changed". */
  where?: Prisma.OrderWhereInput;
  note?: string | null;
  data?: Prisma.InputJsonObject;
  now?: Date;
};

/**
 * Applies one workflow transition (lib/orders/workflow.ts) as a conditional update:
 * `UPDATE "Order" … WHERE id AND state AND version [AND extra]`, then the history event, in
 * the caller's transaction. Zero rows updated means someone else changed the order since the
 * actor looked at it: `order_changed`, and the caller's transaction rolls back.
 * The event is shown to the seller only when the seller-facing status changes, and then
 * without its note (getOrder strips notes for sellers).
 */
export async function applyTransition(
  tx: Tx,
  args: ApplyTransitionArgs,
): Promise<{ state: OrderState; version: number }> {
  const t = getTransition(args.transition);
  if (args.actor && !can(args.actor, t.permission)) throw new AppError("not_found");
  if (!args.actor && !t.actors.includes("system")) throw new Error(`transition ${t.id} cannot be fired by the system`);
  if (!canLeave(t, args.order.state)) throw new AppError("order_changed");
  const now = args.now ?? new Date();
  const { count } = await tx.order.updateMany({
    where: { AND: [{ id: args.order.id, state: args.order.state, version: args.order.version }, args.where ?? {}] },
    data: {
      ...args.patch,
      state: t.to,
      version: { increment: 1 },
      ...(t.to !== args.order.state ? { stateChangedAt: now } : {}),
    },
  });
  if (count !== 1) throw new AppError("order_changed");
  await tx.orderEvent.create({
    data: {
      orderId: args.order.id,
      fromState: args.order.state,
      toState: t.to,
      type: "transition",
      actorId: args.actor?.userId ?? null,
      note: args.note ?? null,
      data: { transition: t.id, ...(args.data ?? {}) },
      visibleToSeller: sellerStatusOf(args.order.state) !== sellerStatusOf(t.to),
      createdAt: now,
    },
  });
  return { state: t.to, version: args.order.version + 1 };
}

/**
 * A change that is not a state transition (reassignment, an address correction, a
 * back-order note) under the same optimistic rule; the event repeats the current state.
 */
export async function applyOrderChange(
  tx: Tx,
  args: {
    order: OrderVersion;
    type: string;
    actor: Actor | null;
    patch?: Prisma.OrderUncheckedUpdateManyInput;
    where?: Prisma.OrderWhereInput;
    note?: string | null;
    data?: Prisma.InputJsonObject;
    now?: Date;
  },
): Promise<{ version: number }> {
  const { count } = await tx.order.updateMany({
    where: { AND: [{ id: args.order.id, state: args.order.state, version: args.order.version }, args.where ?? {}] },
    data: { ...args.patch, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("order_changed");
  await tx.orderEvent.create({
    data: {
      orderId: args.order.id,
      fromState: args.order.state,
      toState: args.order.state,
      type: args.type,
      actorId: args.actor?.userId ?? null,
      note: args.note ?? null,
      data: args.data ?? undefined,
      visibleToSeller: false,
      createdAt: args.now ?? new Date(),
    },
  });
  return { version: args.order.version + 1 };
}

/**
 * Locks the order row for the rest of the transaction and checks that it is still the
 * version the actor saw (and matches `where`, e.g. still assigned to this agent). Concurrent
 * actors queue here: the second one finds a new version and gets `order_changed` before
 * doing any work (a stock reservation, say) that would then have to be rolled back.
 */
export async function lockOrderVersion(tx: Tx, id: string, version: number): Promise<OrderVersion> {
  const rows = await tx.$queryRaw<Array<{ id: string; state: string; version: number }>>`
    SELECT id, state::text AS state, version FROM "Order" WHERE id = ${id} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("not_found");
  if (row.version !== version) throw new AppError("order_changed");
  return { id: row.id, state: row.state as OrderState, version: row.version };
}
