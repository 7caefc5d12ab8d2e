// Password rules (ASVS 6.2): length 10–128, not a known-common password, not built from the
// account's own email. Pure, so the form (client) and the use-case (server) share it.
import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export type PasswordIssue = "too_short" | "too_long" | "too_common" | "contains_email";

export function passwordIssues(password: string, email?: string | null): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  if ([...password].length < PASSWORD_MIN) issues.push("too_short");
  if ([...password].length > PASSWORD_MAX) issues.push("too_long");
  const folded = password.toLowerCase();
  const stripped = folded.replace(/[^a-z0-9]/g, "");
  if (
    COMMON_PASSWORDS.has(folded) ||
    COMMON_PASSWORDS.has(stripped) ||
    COMMON_PASSWORDS.has(stripped.replace(/\d+$/, ""))
  ) {
    issues.push("too_common");
  }
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && folded.includes(local)) issues.push("contains_email");
  return issues;
}

/** zod field for a new password; the message is a translation key under `validation.password`. */
export const ZNewPassword = z.string().superRefine((value, ctx) => {
  for (const issue of passwordIssues(value)) ctx.addIssue({ code: "custom", message: `password.${issue}` });
});
