import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";

export const ZMarkReadInput = z.object({ id: z.string().trim().min(1).max(64) });
export type MarkReadInput = z.input<typeof ZMarkReadInput>;

/**
 * Marks one of the actor's own notifications read (again: no change, keeps the first time).
 * Someone else's id, or one that does not exist, is not_found and changes nothing.
 */
export async function markRead(actor: Actor, raw: MarkReadInput): Promise<{ id: string }> {
  const { id } = ZMarkReadInput.parse(raw);
  const { count } = await db.notification.updateMany({
    where: { id, userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
  if (count === 0) {
    const own = await db.notification.findFirst({ where: { id, userId: actor.userId }, select: { id: true } });
    if (!own) throw notFound();
  }
  return { id };
}

/** Marks every unread notification of the actor read; nobody else's. */
export async function markAllRead(actor: Actor): Promise<{ count: number }> {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
  return { count };
}
