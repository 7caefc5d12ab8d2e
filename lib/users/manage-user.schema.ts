import { z } from "zod";
import { ALL_PERMISSIONS } from "@/lib/rbac/permissions";

export const ZSetUserStatusInput = z.object({
  userId: z.string().min(1).max(64),
  status: z.enum(["active", "disabled"]),
});

export const ZChangeUserRoleInput = z.object({
  userId: z.string().min(1).max(64),
  roleId: z.string().min(1).max(64),
});

export const ZSetUserOverridesInput = z.object({
  userId: z.string().min(1).max(64),
  overrides: z
    .array(
      z.object({ permission: z.enum(ALL_PERMISSIONS as [string, ...string[]]), effect: z.enum(["grant", "revoke"]) }),
    )
    .max(ALL_PERMISSIONS.length),
});
