import { describe, expect, it } from "vitest";
import { durationParts } from "./duration";

describe("durationParts", () => {
  it.each([
    [0, { unit: "minutes", days: 0, hours: 0, minutes: 0 }],
    [59_999, { unit: "minutes", days: 0, hours: 0, minutes: 0 }],
    [5 * 60_000, { unit: "minutes", days: 0, hours: 0, minutes: 5 }],
    [(2 * 60 + 15) * 60_000, { unit: "hours", days: 0, hours: 2, minutes: 15 }],
    [(3 * 1440 + 4 * 60 + 59) * 60_000, { unit: "days", days: 3, hours: 4, minutes: 59 }],
    [-10_000, { unit: "minutes", days: 0, hours: 0, minutes: 0 }],
  ])("%i ms", (ms, expected) => {
    expect(durationParts(ms)).toEqual(expected);
  });
});
