// The registration wizard's fields, shared by the client form (zodResolver, step by step) and
// the server (registerSeller parses again). No server imports.
import { z } from "zod";
import { passwordIssues, PASSWORD_MAX } from "@/lib/auth/password-policy";
import { EMIRATES } from "@/lib/geo/emirates";
import { normalisePhone } from "@/lib/orders/phone";
import { UPLOAD_POLICIES } from "@/lib/files/sniff";

export function isHttpsUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "https:" && u.hostname.includes(".") && !u.username && !u.password;
  } catch {
    return false;
  }
}

// Two parts joined, not one object with a refinement: zod skips an object's refinements
// while any of its fields is invalid, so on step 1 (business fields still empty) the
// password rules would never run. Each part's rules run on their own fields.
export const ZRegisterAccount = z
  .object({
    name: z.string().trim().min(2, "required").max(120, "too_long"),
    email: z.string().trim().toLowerCase().min(1, "required").email("invalid_email").max(254, "too_long"),
    password: z.string().max(PASSWORD_MAX, "password.too_long"),
    confirmPassword: z.string(),
  })
  .superRefine((v, ctx) => {
    // The policy needs the email (a password built from it is refused), so it runs here.
    for (const issue of passwordIssues(v.password, v.email)) {
      ctx.addIssue({ code: "custom", path: ["password"], message: `password.${issue}` });
    }
    if (v.password !== v.confirmPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "password.mismatch" });
  });

export const ZRegisterBusiness = z.object({
  companyName: z.string().trim().min(2, "required").max(160, "too_long"),
  storeName: z.string().trim().min(2, "required").max(120, "too_long"),
  storeLink: z
    .string()
    .trim()
    .max(300, "too_long")
    .refine((v) => v === "" || isHttpsUrl(v), "store_link_invalid"),
  phone: z
    .string()
    .trim()
    .min(1, "required")
    .max(32, "too_long")
    .superRefine((v, ctx) => {
      const r = normalisePhone(v);
      if (!r.ok) ctx.addIssue({ code: "custom", message: r.reason });
    }),
  emirate: z.enum(EMIRATES, { message: "emirate_invalid" }),
  locale: z.enum(["en", "ar"]).default("en"),
});

export const ZRegisterSellerInput = z.intersection(ZRegisterAccount, ZRegisterBusiness);
export type RegisterSellerInput = z.input<typeof ZRegisterSellerInput>;
export type RegisterSellerValues = z.output<typeof ZRegisterSellerInput>;

/** Which fields each wizard step validates before moving on. */
export const REGISTER_STEPS = {
  account: ["name", "email", "password", "confirmPassword"],
  business: ["companyName", "storeName", "storeLink", "phone", "emirate"],
} as const satisfies Record<string, ReadonlyArray<keyof RegisterSellerInput>>;

export const REGISTER_DOCUMENTS = ["tradeLicence", "idDocument"] as const;
export type RegisterDocument = (typeof REGISTER_DOCUMENTS)[number];

export const SELLER_DOCUMENT_EXTENSIONS = ["pdf", "jpg", "jpeg", "png", "webp"] as const;
export const SELLER_DOCUMENT_MAX_BYTES = UPLOAD_POLICIES.seller_document.maxBytes;

/**
 * A first, friendly check in the browser (name and size only). The server decides from the
 * bytes themselves (checkUpload: size, magic bytes, extension).
 */
export function documentIssue(file: { name: string; size: number } | null | undefined): string | null {
  if (!file) return "required";
  if (file.size === 0) return "file_empty";
  if (file.size > SELLER_DOCUMENT_MAX_BYTES) return "file_too_large";
  const ext = file.name.toLowerCase().split(".").pop() ?? "";
  if (!(SELLER_DOCUMENT_EXTENSIONS as readonly string[]).includes(ext)) return "file_type";
  return null;
}
