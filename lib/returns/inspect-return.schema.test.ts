import { describe, expect, it } from "vitest";
import { ZInspectionFields, ZInspectReturnInput } from "./inspect-return.schema";

const base = {
  returnId: "r1",
  version: 0,
  result: "sellable",
  notes: "",
  locationId: "bin1",
  refund: "",
  refundStatus: "none",
} as const;
const issues = (input: unknown) => {
  const r = ZInspectReturnInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("ZInspectReturnInput", () => {
  it("turns the typed AED refund into integer fils, empty = 0", () => {
    expect(ZInspectReturnInput.parse(base).refund).toBe(0);
    expect(ZInspectReturnInput.parse({ ...base, refund: "12.5", refundStatus: "pending" }).refund).toBe(1250);
    expect(ZInspectReturnInput.parse({ ...base, refund: "0.29", refundStatus: "pending" }).refund).toBe(29);
    // Its own output (fils) parses to the same value: the use-case re-parses what the action parsed.
    const once = ZInspectReturnInput.parse({ ...base, refund: "7.05", refundStatus: "pending" });
    expect(ZInspectReturnInput.parse(once).refund).toBe(705);
  });

  it("requires notes for damaged goods", () => {
    expect(issues({ ...base, result: "damaged" })).toEqual(["notes:damage_notes_required"]);
    expect(issues({ ...base, result: "damaged", notes: "  a " })).toEqual(["notes:damage_notes_required"]);
    expect(issues({ ...base, result: "damaged", notes: "Crushed box" })).toEqual([]);
  });

  it("keeps amount and refund status consistent, and refuses bad amounts", () => {
    expect(issues({ ...base, refundStatus: "pending" })).toEqual(["refund:refund_amount_required"]);
    expect(issues({ ...base, refund: "5" })).toEqual(["refundStatus:refund_status_required"]);
    for (const bad of ["-1", "1.234", "abc", "1e3"])
      expect(issues({ ...base, refund: bad, refundStatus: "pending" })).toEqual(["refund:amount_invalid"]);
    expect(issues({ ...base, refund: -100, refundStatus: "pending" })).toEqual(["refund:amount_invalid"]);
  });

  it("refuses statuses finance owns and a missing bin or result", () => {
    expect(issues({ ...base, refund: "5", refundStatus: "approved" }).length).toBeGreaterThan(0);
    expect(issues({ ...base, locationId: "" })).toEqual(["locationId:bin_required"]);
    expect(issues({ ...base, result: undefined })).toEqual(["result:required"]);
  });

  it("is the same rule set as the form's schema", () => {
    const { returnId: _r, version: _v, ...fields } = base;
    expect(ZInspectionFields.safeParse({ ...fields, result: "damaged" }).success).toBe(false);
    expect(ZInspectionFields.safeParse(fields).success).toBe(true);
  });
});
