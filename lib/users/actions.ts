"use server";
import { defineAction } from "@/lib/actions/action";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { ZCreateUserInput } from "@/lib/users/create-user.schema";
import { ZChangeUserRoleInput, ZSetUserOverridesInput, ZSetUserStatusInput } from "@/lib/users/manage-user.schema";
import { setLocale, ZSetLocaleInput } from "@/lib/users/set-locale";
import { setUserOverrides } from "@/lib/users/set-user-overrides";
import { setUserStatus } from "@/lib/users/set-user-status";

export const setLocaleAction = defineAction({
  name: "account.set_locale",
  permission: "signed_in",
  schema: ZSetLocaleInput,
  allowWithTemporaryPassword: true,
  run: setLocale,
});

export const createUserAction = defineAction({
  name: "users.create",
  permission: "users.manage",
  schema: ZCreateUserInput,
  rateLimit: "admin.mutation",
  run: createUser,
});
export const setUserStatusAction = defineAction({
  name: "users.set_status",
  permission: "users.manage",
  schema: ZSetUserStatusInput,
  rateLimit: "admin.mutation",
  run: setUserStatus,
});
export const changeUserRoleAction = defineAction({
  name: "users.change_role",
  permission: "users.manage",
  schema: ZChangeUserRoleInput,
  rateLimit: "admin.mutation",
  run: changeUserRole,
});
export const setUserOverridesAction = defineAction({
  name: "users.set_overrides",
  permission: "roles.manage",
  schema: ZSetUserOverridesInput,
  rateLimit: "admin.mutation",
  run: setUserOverrides,
});
