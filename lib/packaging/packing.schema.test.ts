import { describe, expect, it } from "vitest";
import { idsFromQuery, ZOrderIds, ZPackingDetailsInput, ZQcInput } from "./packing.schema";

const ref = { orderId: "o1", version: 3 };

describe("packing schemas", () => {
  it("reads typed weight and dimensions as integers, empty as null, and rejects bad values", () => {
    const ok = ZPackingDetailsInput.parse({
      ...ref,
      materials: [{ material: "box_s", qty: "2" }],
      weightGrams: "1250",
      lengthMm: "",
      widthMm: 200,
    });
    expect(ok).toMatchObject({
      weightGrams: 1250,
      lengthMm: null,
      widthMm: 200,
      heightMm: null,
      materials: [{ material: "box_s", qty: 2 }],
    });
    const bad = ZPackingDetailsInput.safeParse({ ...ref, materials: [], weightGrams: "12.5", heightMm: "0" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["weightGrams", "packaging.weight_invalid"],
      ["heightMm", "packaging.dimension_invalid"],
    ]);
  });

  it("refuses a material listed twice or unknown", () => {
    expect(
      ZPackingDetailsInput.safeParse({
        ...ref,
        materials: [
          { material: "tape", qty: 1 },
          { material: "tape", qty: 1 },
        ],
      }).success,
    ).toBe(false);
    expect(ZPackingDetailsInput.safeParse({ ...ref, materials: [{ material: "crate", qty: 1 }] }).success).toBe(false);
  });

  it("needs a note when QC fails, not when it passes", () => {
    expect(ZQcInput.safeParse({ ...ref, passed: true }).success).toBe(true);
    expect(ZQcInput.safeParse({ ...ref, passed: false, notes: "" }).error?.issues[0].message).toBe(
      "packaging.qc_notes_required",
    );
    expect(ZQcInput.safeParse({ ...ref, passed: false, notes: "Box torn" }).success).toBe(true);
  });

  it("dedupes batch ids, needs one and caps the batch", () => {
    expect(ZOrderIds.parse({ orderIds: ["a", "b", "a"] }).orderIds).toEqual(["a", "b"]);
    expect(ZOrderIds.safeParse({ orderIds: [] }).success).toBe(false);
    expect(ZOrderIds.safeParse({ orderIds: Array.from({ length: 101 }, (_, i) => `o${i}`) }).success).toBe(false);
    expect(idsFromQuery("a, b,,c")).toEqual(["a", "b", "c"]);
    expect(idsFromQuery(undefined)).toEqual([]);
  });
});
