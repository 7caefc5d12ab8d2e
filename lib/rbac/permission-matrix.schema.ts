import { z } from "zod";
import { ALL_PERMISSIONS } from "./permissions";

const ZPermission = z.enum(ALL_PERMISSIONS as [string, ...string[]]);

export const ZSavePermissionMatrixInput = z.object({
  roles: z
    .array(
      z.object({
        roleId: z.string().min(1).max(64),
        /** The version the editor loaded; a newer one means someone saved in between. */
        version: z.number().int().min(0),
        permissions: z.array(ZPermission).max(ALL_PERMISSIONS.length),
      }),
    )
    .min(1)
    .max(200),
});
export type SavePermissionMatrixInput = z.input<typeof ZSavePermissionMatrixInput>;

export const ZCreateRoleInput = z.object({
  key: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_]{2,39}$/, "role_key_format"),
  nameEn: z.string().trim().min(2, "required").max(60),
  nameAr: z.string().trim().min(2, "required").max(60),
  copyFromRoleId: z.string().max(64).optional().or(z.literal("")),
});
export type CreateRoleInput = z.input<typeof ZCreateRoleInput>;
