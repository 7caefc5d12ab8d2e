import { describe, expect, it } from "vitest";
import { PASSWORD_MAX, PASSWORD_MIN, ZNewPassword, passwordIssues } from "./password-policy";

describe("password policy", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordIssues("correct horse battery staple", "nour@example.ae")).toEqual([]);
    expect(passwordIssues("Tq7#vLm2!pZx")).toEqual([]);
  });

  it("rejects short passwords", () => {
    expect(passwordIssues("Tq7#vLm2!")).toContain("too_short");
    expect(passwordIssues("x".repeat(PASSWORD_MIN - 1))).toContain("too_short");
    expect(passwordIssues("Tq7#vLm2!pZ")).not.toContain("too_short");
  });

  it("counts characters, not UTF-16 units", () => {
    // 9 emoji = 18 UTF-16 units, still too short
    expect(passwordIssues("🔐".repeat(9))).toContain("too_short");
  });

  it("rejects overly long passwords", () => {
    expect(passwordIssues("a1B!".repeat(40))).toContain("too_long");
    expect(passwordIssues("Tq7#vLm2!p".padEnd(PASSWORD_MAX, "z"))).not.toContain("too_long");
  });

  it("rejects common passwords, also dressed up with case, symbols and trailing digits", () => {
    for (const pw of ["password123", "Password2024!", "Pass.word2024", "qwertyuiop", "1234567890", "LETMEIN!!!!"]) {
      expect(passwordIssues(pw), pw).toContain("too_common");
    }
  });

  it("rejects passwords built from the account's email", () => {
    expect(passwordIssues("Fatima.Ali#2026", "fatima.ali@example.ae")).toContain("contains_email");
    expect(passwordIssues("xx-fatima.ali-xx", "Fatima.Ali@Example.ae")).toContain("contains_email");
    // very short local parts are not a meaningful match
    expect(passwordIssues("Tq7#abLm2!pZx", "ab@example.ae")).not.toContain("contains_email");
  });

  it("exposes the issues as translation keys through zod", () => {
    const res = ZNewPassword.safeParse("Password1");
    expect(res.success).toBe(false);
    expect(res.error?.issues.map((i) => i.message).sort()).toEqual(["password.too_common", "password.too_short"]);
    expect(ZNewPassword.safeParse("Tq7#vLm2!pZx").success).toBe(true);
  });
});
