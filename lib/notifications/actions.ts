"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { markAllRead, markRead, ZMarkReadInput } from "@/lib/notifications/mark-read";

export const markNotificationReadAction = defineAction({
  name: "notifications.mark_read",
  permission: "signed_in",
  schema: ZMarkReadInput,
  run: markRead,
});

export const markAllNotificationsReadAction = defineAction({
  name: "notifications.mark_all_read",
  permission: "signed_in",
  schema: z.object({}),
  run: (actor) => markAllRead(actor),
});
