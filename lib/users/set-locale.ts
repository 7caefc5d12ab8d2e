import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

export const ZSetLocaleInput = z.object({ locale: z.enum(["en", "ar"]) });

/** Remembers the language per user; the next sign-in lands in it. */
export async function setLocale(actor: Actor, raw: z.input<typeof ZSetLocaleInput>) {
  const { locale } = ZSetLocaleInput.parse(raw);
  await db.user.update({ where: { id: actor.userId }, data: { locale } });
  return { locale };
}
