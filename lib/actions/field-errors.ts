import type { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * zod issues → `{ field: messageKey }`. Schemas use translation keys as custom messages
 * (e.g. "password.too_short"); built-in issues fall back to a key named after their code.
 */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    if (out[field]) continue;
    out[field] = issueKey(issue);
  }
  return out;
}

export function issueKey(issue: { code: string; message: string }): string {
  if (/^[a-z_]+(\.[a-z_]+)*$/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small":
      return "too_short";
    case "too_big":
      return "too_long";
    case "invalid_format":
      return "invalid_format";
    default:
      return "invalid";
  }
}

/** Parses a use-case's input again (defence in depth) or throws `validation` with per-field keys. */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("validation", {}, zodFieldErrors(parsed.error));
  return parsed.data;
}
