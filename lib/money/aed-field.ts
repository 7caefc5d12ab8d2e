// A typed AED amount as a zod field: the string a person typed → integer fils (parseAed), with
// the translated "required" / "amount_invalid" messages. Client-safe: forms and use-cases share it.
import { z } from "zod";
import { MAX_AED_FILS, parseAed } from "./parse-aed";

/** "12.50" → 1250; empty = "required", unparsable or above `max` fils = "amount_invalid". */
export function zAedFils(max = MAX_AED_FILS) {
  return z
    .string()
    .trim()
    .min(1, "required")
    .max(20)
    .transform((v, ctx) => {
      const fils = parseAed(v, max);
      if (fils === null) {
        ctx.addIssue({ code: "custom", message: "amount_invalid" });
        return z.NEVER;
      }
      return fils;
    });
}
