import { z } from "zod";

// 32 random bytes in base64url are 43 characters; anything else is not one of our tokens.
export const ZVerifyEmailInput = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{43}$/, "invalid"),
});
export type VerifyEmailInput = z.input<typeof ZVerifyEmailInput>;
