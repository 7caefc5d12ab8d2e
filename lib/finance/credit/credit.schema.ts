// Seller credit balance: finance records a prepayment (top-up received) or a signed adjustment.
// No server imports: the client form validates with it too.
import { z } from "zod";
import { ZPage } from "@/lib/pagination";
import { parseAed } from "@/lib/money/parse-aed";

/** Kinds finance enters by hand (payout offsets, fee charges and refunds come from their flows). */
export const MANUAL_CREDIT_KINDS = ["top_up", "adjustment"] as const;
export type ManualCreditKind = (typeof MANUAL_CREDIT_KINDS)[number];
/** AED 10,000,000: one manual entry above this is a typo. */
export const MAX_CREDIT_ENTRY_FILS = 1_000_000_000;

/** "-12.50" / "+12.50" / "12.50" → signed fils; null if malformed, zero or too large. */
export function parseSignedAed(input: string): number | null {
  const s = String(input).trim();
  const negative = s.startsWith("-") || s.startsWith("\u2212");
  const body = s.replace(/^[+\-\u2212]\s*/, "");
  const fils = parseAed(body, MAX_CREDIT_ENTRY_FILS);
  if (fils === null || fils === 0) return null;
  return negative ? -fils : fils;
}

export const ZCreditEntryInput = z
  .object({
    sellerId: z.string().trim().min(1).max(64),
    kind: z.enum(MANUAL_CREDIT_KINDS, { message: "required" }),
    /** Signed AED amount as typed ("-25.00" takes credit away). */
    amount: z.union([z.string(), z.number()]).transform((v, ctx) => {
      const fils = parseSignedAed(String(v));
      if (fils === null) {
        ctx.addIssue({ code: "custom", message: "credit.amount_invalid" });
        return z.NEVER;
      }
      return fils;
    }),
    reason: z.string().trim().min(3, "too_short").max(500, "too_long"),
  })
  .refine((v) => v.kind !== "top_up" || v.amount > 0, { path: ["amount"], message: "credit.top_up_positive" });
export type CreditEntryInput = z.input<typeof ZCreditEntryInput>;

export const ZCreditHistoryQuery = z.object({ sellerId: z.string().trim().min(1).max(64), page: ZPage });
export type CreditHistoryQuery = z.input<typeof ZCreditHistoryQuery>;
