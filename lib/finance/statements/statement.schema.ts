// Inputs of the statements desk: the seller + period chosen in the URL, and "generate invoice".
// No server imports: the client components validate with them too.
import { z } from "zod";
import { periodProblem } from "./period";

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "statements.period_invalid");

/** What the statements page reads from its URL; bad values are dropped (a person may edit URLs). */
export const ZStatementQuery = z.object({
  sellerId: z.string().trim().min(1).max(64).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});
export type StatementQuery = z.input<typeof ZStatementQuery>;

const periodRefine = (v: { from: string; to: string }, ctx: z.RefinementCtx) => {
  const problem = periodProblem(v);
  if (problem)
    ctx.addIssue({
      code: "custom",
      path: [problem === "period_invalid" ? "from" : "to"],
      message: `statements.${problem}`,
    });
};

/** One seller and an inclusive period of UAE days. */
export const ZStatementPeriod = z
  .object({ sellerId: z.string().trim().min(1).max(64), from: day, to: day })
  .superRefine(periodRefine);
export type StatementPeriodInput = z.input<typeof ZStatementPeriod>;

/**
 * Generate the invoice of the statement the finance user looked at: `fingerprint` is that
 * statement's hash; if anything changed since (a delivery, an edited fee, a refund, another
 * invoice), generation refuses with `statement_changed` instead of invoicing something unseen.
 */
export const ZGenerateInvoiceInput = z
  .object({
    sellerId: z.string().trim().min(1).max(64),
    from: day,
    to: day,
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .superRefine(periodRefine);
export type GenerateInvoiceInput = z.input<typeof ZGenerateInvoiceInput>;
