// Delivery partners: companies and couriers, shared by the forms and the server.
import { z } from "zod";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "too_long")
    .optional()
    .transform((v) => (v ? v : null));
const id = z.string().trim().min(1).max(64);

export const ZSaveCompanyInput = z.object({
  id: id.optional(),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,20}$/, "company_code_format"),
  name: z.string().trim().min(2, "too_short").max(120, "too_long"),
  nameAr: optionalText(120),
  contactName: optionalText(120),
  phone: z
    .string()
    .trim()
    .max(20, "too_long")
    .regex(/^(\+?[0-9 ]{7,20})?$/, "phone_invalid")
    .optional()
    .transform((v) => (v ? v.replace(/ /g, "") : null)),
  email: z
    .union([z.literal(""), z.email("invalid_email").max(200, "too_long")])
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null)),
});
export type SaveCompanyInput = z.input<typeof ZSaveCompanyInput>;

export const COURIER_KINDS = ["staff", "driver"] as const;

/**
 * A courier is own staff with a login (`staff`: a user who holds delivery.update_own, linked
 * once) or a partner company's driver without a login (`driver`: a company is required).
 * Staff may also belong to a company (a partner driver who was given an account).
 */
export const ZSaveCourierInput = z
  .object({
    id: id.optional(),
    kind: z.enum(COURIER_KINDS),
    userId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((v) => v || null),
    companyId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((v) => v || null),
    name: z.string().trim().min(2, "too_short").max(120, "too_long"),
    phone: z
      .string()
      .trim()
      .max(20, "too_long")
      .regex(/^(\+?[0-9 ]{7,20})?$/, "phone_invalid")
      .optional()
      .transform((v) => (v ? v.replace(/ /g, "") : null)),
    vehicle: optionalText(60),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "staff" && !v.id && !v.userId)
      ctx.addIssue({ code: "custom", path: ["userId"], message: "courier_user_required" });
    if (v.kind === "driver" && !v.companyId)
      ctx.addIssue({ code: "custom", path: ["companyId"], message: "courier_company_required" });
  });
export type SaveCourierInput = z.input<typeof ZSaveCourierInput>;

export const ZSetActiveInput = z.object({ id, active: z.boolean() });
export type SetActiveInput = z.input<typeof ZSetActiveInput>;
