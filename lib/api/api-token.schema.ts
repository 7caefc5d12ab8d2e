import { z } from "zod";

export const ZCreateApiTokenInput = z
  .object({ name: z.string().trim().min(2, "too_short").max(60, "too_long") })
  .strict();
export type CreateApiTokenInput = z.input<typeof ZCreateApiTokenInput>;

export const ZRevokeApiTokenInput = z.object({ id: z.string().min(1).max(64) }).strict();
export type RevokeApiTokenInput = z.input<typeof ZRevokeApiTokenInput>;

/** Active tokens per seller account. */
export const MAX_ACTIVE_TOKENS = 10;
