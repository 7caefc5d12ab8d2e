import { describe, expect, it } from "vitest";
import { instantToUaeLocal, uaeDay, uaeDayEnd, uaeDayStart, uaeLocalToInstant, uaeIsoDay } from "./uae-day";

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

describe("UAE wall-clock datetime-local values", () => {
  it("reads the value as UTC+4", () => {
    expect(uaeLocalToInstant("2026-11-22T09:30")?.toISOString()).toBe("2026-11-22T05:30:00.000Z");
    expect(uaeLocalToInstant("2026-11-23T02:00")?.toISOString()).toBe("2026-11-22T22:00:00.000Z");
  });
  it("refuses malformed or rolled-over values", () => {
    for (const bad of [
      "",
      "2026-11-22",
      "2026-11-22 09:30",
      "2026-02-30T10:00",
      "2026-11-22T25:00",
      "x2026-11-22T09:30",
    ]) {
      expect(uaeLocalToInstant(bad), bad).toBeNull();
    }
  });
  it("round-trips through instantToUaeLocal", () => {
    const at = new Date("2026-11-22T21:15:00Z");
    expect(instantToUaeLocal(at)).toBe("2026-11-23T01:15");
    expect(uaeLocalToInstant(instantToUaeLocal(at))?.getTime()).toBe(at.getTime());
  });
});

describe("uaeIsoDay", () => {
  it("is the UAE date, which runs 4 hours ahead of UTC", () => {
    expect(uaeIsoDay(new Date("2026-11-22T19:59:59Z"))).toBe("2026-11-22");
    expect(uaeIsoDay(new Date("2026-11-22T20:00:00Z"))).toBe("2026-11-23");
  });
});
