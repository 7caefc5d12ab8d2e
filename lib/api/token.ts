// Seller API tokens: `atl_` + 43 base64url characters (32 random bytes). Only the SHA-256 of
// the token is stored (a 256-bit random secret needs no slow hash); the first characters are
// kept as a display prefix so a seller can tell tokens apart.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "atl_";
const TOKEN_RE = /^atl_[A-Za-z0-9_-]{43}$/;

export function generateApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token), prefix: displayPrefix(token) };
}

export function isApiTokenFormat(value: string): boolean {
  return TOKEN_RE.test(value);
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** "atl_AbCd" — enough to recognise a token, far too little to guess it. */
export function displayPrefix(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + 4);
}

/** The token from an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return m && isApiTokenFormat(m[1]) ? m[1] : null;
}
