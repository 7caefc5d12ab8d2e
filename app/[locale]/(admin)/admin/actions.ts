"use server";
import { defineAction } from "@/lib/actions/action";
import { createRole } from "@/lib/rbac/create-role";
import { ZCreateRoleInput, ZSavePermissionMatrixInput } from "@/lib/rbac/permission-matrix.schema";
import { savePermissionMatrix } from "@/lib/rbac/save-permission-matrix";
import { ZSettingsInput } from "@/lib/settings/catalogue";
import { updateSettings } from "@/lib/settings/update-settings";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { ZCreateUserInput } from "@/lib/users/create-user.schema";
import { ZChangeUserRoleInput, ZSetUserOverridesInput, ZSetUserStatusInput } from "@/lib/users/manage-user.schema";
import { setUserOverrides } from "@/lib/users/set-user-overrides";
import { setUserStatus } from "@/lib/users/set-user-status";

export const createUserAction = defineAction({
  name: "users.create", permission: "users.manage", schema: ZCreateUserInput, rateLimit: "admin.mutation", run: createUser,
});
export const setUserStatusAction = defineAction({
  name: "users.set_status", permission: "users.manage", schema: ZSetUserStatusInput, rateLimit: "admin.mutation", run: setUserStatus,
});
export const changeUserRoleAction = defineAction({
  name: "users.change_role", permission: "users.manage", schema: ZChangeUserRoleInput, rateLimit: "admin.mutation", run: changeUserRole,
});
export const setUserOverridesAction = defineAction({
  name: "users.set_overrides", permission: "roles.manage", schema: ZSetUserOverridesInput, rateLimit: "admin.mutation", run: setUserOverrides,
});
export const savePermissionMatrixAction = defineAction({
  name: "roles.save_matrix", permission: "roles.manage", schema: ZSavePermissionMatrixInput, rateLimit: "admin.mutation", run: savePermissionMatrix,
});
export const createRoleAction = defineAction({
  name: "roles.create", permission: "roles.manage", schema: ZCreateRoleInput, rateLimit: "admin.mutation", run: createRole,
});
export const updateSettingsAction = defineAction({
  name: "settings.update", permission: "settings.manage", schema: ZSettingsInput, rateLimit: "admin.mutation", run: updateSettings,
});
