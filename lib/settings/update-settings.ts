import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { ZSettingsInput, type Settings } from "./catalogue";
import { clearSettingsCache, getSettings } from "./get-settings";

/** Saves all settings at once, auditing the keys that changed. */
export async function updateSettings(actor: Actor, raw: unknown) {
  assertCan(actor, "settings.manage");
  const input = ZSettingsInput.parse(raw) as Settings;
  const result = await db.$transaction(async (tx) => {
    const before = await getSettings(tx);
    const changed = (Object.keys(input) as Array<keyof Settings>).filter((k) => before[k] !== input[k]);
    for (const key of changed) {
      await tx.setting.upsert({
        where: { key },
        create: { key, value: input[key], updatedById: actor.userId },
        update: { value: input[key], updatedById: actor.userId },
      });
    }
    if (changed.length) {
      await writeAudit(tx, auditContext(actor), {
        action: "settings.update",
        targetType: "settings",
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, input[k]])),
      });
    }
    return { changed: changed.length };
  });
  clearSettingsCache();
  return result;
}
