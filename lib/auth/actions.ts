"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { changePassword } from "@/lib/auth/change-password";
import { ZChangePasswordInput } from "@/lib/auth/change-password.schema";
import { signOut } from "@/lib/auth/sign-out";

export const signOutAction = defineAction({
  name: "auth.sign_out",
  permission: "signed_in",
  schema: z.object({}),
  allowWithTemporaryPassword: true,
  run: (actor) => signOut(actor),
});

export const changePasswordAction = defineAction({
  name: "auth.change_password",
  permission: "signed_in",
  schema: ZChangePasswordInput,
  rateLimit: "password.change",
  allowWithTemporaryPassword: true,
  run: changePassword,
});
