"use server";
import { defineAction } from "@/lib/actions/action";
import { createRole } from "@/lib/rbac/create-role";
import { ZCreateRoleInput, ZSavePermissionMatrixInput } from "@/lib/rbac/permission-matrix.schema";
import { savePermissionMatrix } from "@/lib/rbac/save-permission-matrix";

export const savePermissionMatrixAction = defineAction({
  name: "roles.save_matrix",
  permission: "roles.manage",
  schema: ZSavePermissionMatrixInput,
  rateLimit: "admin.mutation",
  run: savePermissionMatrix,
});
export const createRoleAction = defineAction({
  name: "roles.create",
  permission: "roles.manage",
  schema: ZCreateRoleInput,
  rateLimit: "admin.mutation",
  run: createRole,
});
