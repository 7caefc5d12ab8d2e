import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { pageArgs, toPage, ZPage } from "@/lib/pagination";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const ZListNotificationsInput = z.object({ page: ZPage });
export type ListNotificationsInput = z.input<typeof ZListNotificationsInput>;

/** The actor's own notifications, newest first, a page at a time. Any signed-in user. */
export async function listNotifications(actor: Actor, raw: ListNotificationsInput) {
  const input = ZListNotificationsInput.parse(raw);
  const where = { userId: actor.userId };
  const [rows, total] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(input.page, NOTIFICATIONS_PAGE_SIZE),
      select: { id: true, type: true, params: true, link: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where }),
  ]);
  return toPage(rows, total, input.page, NOTIFICATIONS_PAGE_SIZE);
}

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>["rows"][number];

/** Unread notifications of the actor (served by the (userId, readAt, createdAt) index). */
export async function unreadCount(actor: Pick<Actor, "userId">): Promise<number> {
  return db.notification.count({ where: { userId: actor.userId, readAt: null } });
}
