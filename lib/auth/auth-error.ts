// Sign-in errors travel from next-auth's authorize() to the login form as one string:
// `code` or `code?param=value`. Only codes from lib/errors and their params, never details.
import { ERROR_CODES, type ErrorCode } from "@/lib/errors";

export function encodeAuthError(code: ErrorCode, params: Record<string, string | number> = {}): string {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return qs ? `${code}?${qs}` : code;
}

export function decodeAuthError(raw: string | null | undefined): { code: ErrorCode; params: Record<string, string> } {
  const [code, qs] = (raw ?? "").split("?", 2);
  const known = (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : "invalid_credentials";
  return { code: known, params: Object.fromEntries(new URLSearchParams(qs ?? "")) };
}
