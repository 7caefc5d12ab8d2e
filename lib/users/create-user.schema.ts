import { z } from "zod";

export const ZCreateUserInput = z.object({
  email: z.string().trim().toLowerCase().email("invalid_email").max(254),
  name: z.string().trim().min(2, "required").max(120),
  phone: z.string().trim().max(32).optional().or(z.literal("")),
  roleId: z.string().min(1, "required").max(64),
  locale: z.enum(["en", "ar"]).default("en"),
});
export type CreateUserInput = z.input<typeof ZCreateUserInput>;
