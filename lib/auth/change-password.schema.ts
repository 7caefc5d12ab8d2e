import { z } from "zod";
import { ZNewPassword } from "./password-policy";

export const ZChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "required").max(256),
    newPassword: ZNewPassword,
    confirmPassword: z.string().max(256),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "password.mismatch" });
export type ChangePasswordInput = z.input<typeof ZChangePasswordInput>;
