import { describe, expect, it } from "vitest";
import { uaeDay, uaeDayEnd, uaeDayStart } from "./uae-day";

describe("UAE calendar day", () => {
  it("uses the UAE calendar day (UTC+4)", () => {
    expect(uaeDay(new Date("2026-11-22T19:59:59Z"))).toBe("261122");
    expect(uaeDay(new Date("2026-11-22T20:00:00Z"))).toBe("261123");
    expect(uaeDay(new Date("2026-12-31T21:00:00Z"))).toBe("270101");
  });
  it("bounds a date-input day in UAE time: [start, end)", () => {
    expect(uaeDayStart("2026-11-22").toISOString()).toBe("2026-11-21T20:00:00.000Z");
    expect(uaeDayEnd("2026-11-22").toISOString()).toBe("2026-11-22T20:00:00.000Z");
    expect(uaeDay(uaeDayStart("2026-11-22"))).toBe("261122");
    expect(uaeDay(new Date(uaeDayEnd("2026-11-22").getTime() - 1))).toBe("261122");
  });
});
