"use server";
import { definePublicAction } from "@/lib/actions/public-action";
import { registerSeller, type UploadedDocument } from "@/lib/sellers/register-seller";
import {
  REGISTER_DOCUMENTS,
  type RegisterDocument,
  type RegisterSellerInput,
} from "@/lib/sellers/register-seller.schema";
import { verifyEmail } from "@/lib/sellers/verify-email";
import type { VerifyEmailInput } from "@/lib/sellers/verify-email.schema";
import { defineAction } from "@/lib/actions/action";
import { approveSeller } from "@/lib/sellers/approve-seller";
import { rejectSeller } from "@/lib/sellers/reject-seller";
import { ZApproveSellerInput, ZRejectSellerInput } from "@/lib/sellers/decide-seller.schema";
import { searchSellers } from "@/lib/sellers/search-sellers";
import { ZSearchSellersInput } from "@/lib/sellers/search-sellers.schema";

// Public actions (no session yet): built with definePublicAction, see lib/actions/public-action.ts
// for why these cannot go through defineAction.

const TEXT_FIELDS = [
  "name",
  "email",
  "password",
  "confirmPassword",
  "companyName",
  "storeName",
  "storeLink",
  "phone",
  "emirate",
  "locale",
] as const;

async function documentFrom(form: FormData, name: RegisterDocument): Promise<UploadedDocument | null> {
  const value = form.get(name);
  if (!value || typeof value === "string" || value.size === 0) return null;
  return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
}

/** FormData (text fields + two files) → registerSeller. Only the listed fields are read. */
export const registerSellerAction = definePublicAction({
  name: "sellers.register",
  rateLimit: "register.ip",
  run: async (form: FormData, ctx) => {
    if (!(form instanceof FormData)) throw new TypeError("expected FormData");
    const text = Object.fromEntries(TEXT_FIELDS.map((k) => [k, String(form.get(k) ?? "")])) as RegisterSellerInput;
    const docs = Object.fromEntries(
      await Promise.all(REGISTER_DOCUMENTS.map(async (n) => [n, await documentFrom(form, n)] as const)),
    );
    return registerSeller(text, docs as Record<RegisterDocument, UploadedDocument | null>, ctx);
  },
});

export const verifyEmailAction = definePublicAction({
  name: "sellers.verify_email",
  rateLimit: "verify_email.ip",
  run: (input: VerifyEmailInput, ctx) => verifyEmail(input, ctx),
});

// Staff decisions on seller applications.
export const approveSellerAction = defineAction({
  name: "sellers.approve",
  permission: "users.approve",
  schema: ZApproveSellerInput,
  rateLimit: "admin.mutation",
  run: approveSeller,
});
export const rejectSellerAction = defineAction({
  name: "sellers.reject",
  permission: "users.approve",
  schema: ZRejectSellerInput,
  rateLimit: "admin.mutation",
  run: rejectSeller,
});

// Seller picker (components/ui/entity-picker.tsx): signed in here, the use-case checks the
// purpose's permissions and answers not_found to anyone else.
export const searchSellersAction = defineAction({
  name: "sellers.search",
  permission: "signed_in",
  schema: ZSearchSellersInput,
  rateLimit: "picker.search",
  run: searchSellers,
});
