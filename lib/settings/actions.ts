"use server";
import { defineAction } from "@/lib/actions/action";
import { ZSettingsInput } from "@/lib/settings/catalogue";
import { updateSettings } from "@/lib/settings/update-settings";

export const updateSettingsAction = defineAction({
  name: "settings.update",
  permission: "settings.manage",
  schema: ZSettingsInput,
  rateLimit: "admin.mutation",
  run: updateSettings,
});
