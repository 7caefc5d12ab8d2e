import { describe, expect, it } from "vitest";
import { SETTINGS, ZSettingsInput, parseSettings, settingChoices } from "./catalogue";

const defaults = {
  "session.idleMinutes": 30,
  "session.absoluteHours": 12,
  "session.rememberDays": 30,
  "auth.lockoutThreshold": 5,
  "auth.lockoutMinutes": 15,
  "orders.duplicateWindowHours": 72,
  "callcenter.maxAttempts": 3,
  "callcenter.retryMinutes": 30,
  "callcenter.afterFinalNoAnswer": "escalate",
  "callcenter.callbackMaxDays": 7,
  "callcenter.maxPostpones": 3,
  "callcenter.autoAssignMode": "least_loaded",
  "callcenter.maxOpenPerAgent": 40,
  "delivery.maxAttempts": 3,
};

describe("settings catalogue", () => {
  it("defaults everything when nothing is stored", () => {
    expect(parseSettings([])).toEqual(defaults);
    expect(Object.keys(SETTINGS).sort()).toEqual(Object.keys(defaults).sort());
  });

  it("uses stored values within bounds", () => {
    const s = parseSettings([
      { key: "session.idleMinutes", value: 45 },
      { key: "auth.lockoutThreshold", value: 3 },
    ]);
    expect(s["session.idleMinutes"]).toBe(45);
    expect(s["auth.lockoutThreshold"]).toBe(3);
    expect(s["session.absoluteHours"]).toBe(12);
  });

  it("falls back to the default for out-of-bounds or mistyped values", () => {
    const s = parseSettings([
      { key: "session.idleMinutes", value: 1 }, // below min 5
      { key: "session.rememberDays", value: 365 }, // above max 90
      { key: "auth.lockoutThreshold", value: "7" }, // string
      { key: "auth.lockoutMinutes", value: 2.5 }, // not an integer
      { key: "session.absoluteHours", value: null },
    ]);
    expect(s).toEqual(defaults);
  });

  it("ignores unknown keys", () => {
    expect(parseSettings([{ key: "evil.flag", value: true }])).toEqual(defaults);
  });

  it("validates admin input strictly", () => {
    expect(ZSettingsInput.safeParse({ ...defaults, "session.idleMinutes": 60 }).success).toBe(true);
    expect(ZSettingsInput.safeParse({ ...defaults, "session.idleMinutes": 4 }).success).toBe(false);
    expect(ZSettingsInput.safeParse({ ...defaults, extra: 1 }).success).toBe(false);
  });

  it("refuses an enum setting outside its choices and lists the choices for the form", () => {
    expect(ZSettingsInput.safeParse({ ...defaults, "callcenter.autoAssignMode": "random" }).success).toBe(false);
    expect(
      parseSettings([{ key: "callcenter.afterFinalNoAnswer", value: "delete" }])["callcenter.afterFinalNoAnswer"],
    ).toBe("escalate");
    expect(settingChoices("callcenter.autoAssignMode")).toEqual(["least_loaded", "round_robin"]);
    expect(settingChoices("callcenter.maxAttempts")).toBeNull();
  });
});
