import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "@/lib/errors";
import { decodeAuthError, encodeAuthError } from "./auth-error";

describe("auth error codes", () => {
  it("round-trips a bare code", () => {
    expect(encodeAuthError("account_disabled")).toBe("account_disabled");
    expect(decodeAuthError("account_disabled")).toEqual({ code: "account_disabled", params: {} });
  });

  it("round-trips params, including characters that need escaping", () => {
    const raw = encodeAuthError("account_rejected", { reason: "Trade licence expired & unreadable? yes=no" });
    expect(raw.startsWith("account_rejected?")).toBe(true);
    expect(decodeAuthError(raw)).toEqual({
      code: "account_rejected",
      params: { reason: "Trade licence expired & unreadable? yes=no" },
    });
    expect(decodeAuthError(encodeAuthError("account_locked", { minutes: 15 }))).toEqual({
      code: "account_locked",
      params: { minutes: "15" },
    });
  });

  it("round-trips every known code", () => {
    for (const code of ERROR_CODES) expect(decodeAuthError(encodeAuthError(code)).code).toBe(code);
  });

  it("turns anything unknown into invalid_credentials", () => {
    expect(decodeAuthError("CredentialsSignin").code).toBe("invalid_credentials");
    expect(decodeAuthError("Error: stack trace at db.ts:12").code).toBe("invalid_credentials");
    expect(decodeAuthError("").code).toBe("invalid_credentials");
    expect(decodeAuthError(null)).toEqual({ code: "invalid_credentials", params: {} });
    expect(decodeAuthError(undefined).code).toBe("invalid_credentials");
  });
});
