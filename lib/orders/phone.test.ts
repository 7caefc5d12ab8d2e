import { describe, expect, it } from "vitest";
import { normalisePhone } from "./phone";

describe("normalisePhone", () => {
  it.each([
    ["050 123 4567", "+971501234567"],
    ["0501234567", "+971501234567"],
    ["+971 50 123 4567", "+971501234567"],
    ["00971-55-123-4567", "+971551234567"],
    ["971581234567", "+971581234567"],
    ["521234567", "+971521234567"],
    ["(04) 123 4567", "+97141234567"],
    ["02-6123456", "+97126123456"],
    ["٠٥٠١٢٣٤٥٦٧", "+971501234567"],
    ["۰۵۶۱۲۳۴۵۶۷", "+971561234567"],
    ["+966 55 123 4567", "+966551234567"],
    ["+974 3312 3456", "+97433123456"],
  ])("%s → %s", (raw, e164) => {
    expect(normalisePhone(raw)).toEqual({ ok: true, e164 });
  });

  it.each([
    ["051 123 4567", "phone_invalid"], // 51 is not a UAE mobile prefix
    ["050 123 456", "phone_invalid"], // one digit short
    ["050 123 45678", "phone_invalid"],
    ["+971 1 234 5678", "phone_invalid"],
    ["+966 55 123 456", "phone_invalid"],
    ["+44 20 7946 0958", "phone_not_supported"],
    ["call me", "phone_invalid"],
    ["", "phone_invalid"],
    ["0501234567; DROP TABLE", "phone_invalid"],
  ])("%s is refused (%s)", (raw, reason) => {
    expect(normalisePhone(raw)).toEqual({ ok: false, reason });
  });
});
