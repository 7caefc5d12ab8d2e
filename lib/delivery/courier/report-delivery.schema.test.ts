import { describe, expect, it } from "vitest";
import { normalizeOrderCode, ZReportDeliveryInput } from "./report-delivery.schema";

const base = { orderId: "o1", version: 3 };
const fieldsOf = (raw: unknown) => {
  const r = ZReportDeliveryInput.safeParse(raw);
  return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("normalizeOrderCode", () => {
  it("accepts the code with or without '#' and surrounding spaces", () => {
    expect(normalizeOrderCode(" 261130001 ")).toBe("#261130001");
    expect(normalizeOrderCode("#261130001")).toBe("#261130001");
  });
});

describe("ZReportDeliveryInput", () => {
  it("delivered needs a valid AED amount and the proof its kind names", () => {
    expect(fieldsOf({ ...base, outcome: "delivered", cod: "150", proofKind: "otp", otp: "123456" })).toBeNull();
    expect(fieldsOf({ ...base, outcome: "delivered", cod: "1,50", proofKind: "otp", otp: "123456" })).toEqual({
      cod: "amount_invalid",
    });
    expect(fieldsOf({ ...base, outcome: "delivered", cod: "-1", proofKind: "otp", otp: "123456" })).toEqual({
      cod: "amount_invalid",
    });
    expect(fieldsOf({ ...base, outcome: "delivered", cod: "150", proofKind: "otp", otp: "12345" })).toEqual({
      otp: "otp_format",
    });
    expect(fieldsOf({ ...base, outcome: "delivered", cod: "150", proofKind: "photo" })).toEqual({
      photo: "proof_required",
    });
    expect(fieldsOf({ ...base, outcome: "delivered", cod: "150", proofKind: "signature" })).toEqual({
      signature: "proof_required",
    });
    expect(
      fieldsOf({
        ...base,
        outcome: "delivered",
        cod: "150",
        proofKind: "signature",
        signature: { name: "s.png", file: new Blob(["x"]) },
      }),
    ).toBeNull();
  });

  it("failed needs a listed reason, words for “other”, and a reschedule time", () => {
    expect(fieldsOf({ ...base, outcome: "failed", reason: "no_answer", rescheduleAt: "2026-12-01T10:00" })).toBeNull();
    expect(
      fieldsOf({ ...base, outcome: "failed", reason: "other", reasonText: "", rescheduleAt: "2026-12-01T10:00" }),
    ).toEqual({ reasonText: "reason_required" });
    expect(fieldsOf({ ...base, outcome: "failed", reason: "gone", rescheduleAt: "2026-12-01T10:00" })).toEqual({
      reason: "required",
    });
    expect(fieldsOf({ ...base, outcome: "failed", reason: "no_answer", rescheduleAt: "" })).toEqual({
      rescheduleAt: "required",
    });
  });

  it("refused needs a reason", () => {
    expect(fieldsOf({ ...base, outcome: "refused", reasonText: "no" })).toEqual({ reasonText: "reason_required" });
    expect(fieldsOf({ ...base, outcome: "refused", reasonText: "Ordered by mistake" })).toBeNull();
  });
});
