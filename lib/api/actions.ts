"use server";
import { defineAction } from "@/lib/actions/action";
import { ZCreateApiTokenInput, ZRevokeApiTokenInput } from "@/lib/api/api-token.schema";
import { createApiToken } from "@/lib/api/create-api-token";
import { revokeApiToken } from "@/lib/api/revoke-api-token";

export const createApiTokenAction = defineAction({
  name: "api_tokens.create",
  permission: "api.tokens.manage_own",
  schema: ZCreateApiTokenInput,
  rateLimit: "api.tokens",
  run: createApiToken,
});
export const revokeApiTokenAction = defineAction({
  name: "api_tokens.revoke",
  permission: "api.tokens.manage_own",
  schema: ZRevokeApiTokenInput,
  rateLimit: "api.tokens",
  run: revokeApiToken,
});
