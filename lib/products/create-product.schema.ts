import { z } from "zod";
import { MAX_AED_FILS, parseAed } from "@/lib/money/parse-aed";
import { isValidEan13 } from "./barcode";

export const MAX_PRODUCT_IMAGES = 5;
export const MAX_WEIGHT_GRAMS = 100_000;

const text = (max: number) => z.string().trim().min(2, "required").max(max, "too_long");

/**
 * A typed AED amount ("12.5") → integer fils (1250); strict, no floats. A number is taken as
 * fils already: it is this schema's own output, so a use-case can parse again what the action
 * parsed (STYLE: the use-case re-validates its input).
 */
const aedAmount = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const fils =
    typeof v === "number" ? (Number.isSafeInteger(v) && v >= 0 && v <= MAX_AED_FILS ? v : null) : parseAed(v);
  if (fils === null) {
    ctx.addIssue({ code: "custom", message: "price_invalid" });
    return z.NEVER;
  }
  return fils;
});

const weightGrams = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const s = String(v).trim();
  const n = /^\d{1,6}$/.test(s) ? Number(s) : NaN;
  if (!(n >= 1 && n <= MAX_WEIGHT_GRAMS)) {
    ctx.addIssue({ code: "custom", message: "weight_invalid" });
    return z.NEVER;
  }
  return n;
});

/**
 * The product fields a seller edits, as typed (strings): the form (zodResolver, raw values
 * sent on), each CSV row and the server all parse them with this one schema. Only these
 * fields exist: SKU, seller, approval and prices' owner are never taken from input.
 */
export const ZProductFields = z.object({
  nameEn: text(160),
  nameAr: text(160),
  categoryId: z.string().trim().min(1, "category_invalid").max(64),
  sellingPrice: aedAmount,
  purchasePrice: aedAmount,
  weightGrams,
  /** Empty = the SKU is the barcode. */
  barcode: z
    .string()
    .trim()
    .max(13)
    .refine((v) => v === "" || isValidEan13(v), "barcode_invalid")
    .default(""),
});
export type ProductFieldsInput = z.input<typeof ZProductFields>;
export type ProductFields = z.output<typeof ZProductFields>;

/** A new image: the bytes and the name the browser gave (checked against the content). */
export const ZImageUpload = z.object({
  name: z.string().trim().min(1).max(200),
  file: z.instanceof(Blob),
});

export const ZCreateProductInput = ZProductFields.extend({
  images: z.array(ZImageUpload).max(MAX_PRODUCT_IMAGES, "too_many_images").default([]),
});
export type CreateProductInput = z.input<typeof ZCreateProductInput>;
