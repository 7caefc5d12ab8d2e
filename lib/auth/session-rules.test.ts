import { describe, expect, it } from "vitest";
import { parseSettings } from "@/lib/settings/catalogue";
import { absoluteExpiry, sessionEndReason, type SessionTimes } from "./session-rules";

const settings = parseSettings([]); // idle 30 min, absolute 12 h, remember 30 days
const t0 = new Date("2026-03-01T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;
const HOUR = 60 * MIN;

function session(p: Partial<SessionTimes> = {}): SessionTimes {
  return {
    createdAt: t0,
    lastSeenAt: t0,
    expiresAt: absoluteExpiry(t0, p.remember ?? false, settings),
    revokedAt: null,
    remember: false,
    ...p,
  };
}

describe("session rules", () => {
  it("sets the absolute end from the settings", () => {
    expect(absoluteExpiry(t0, false, settings).getTime()).toBe(t0.getTime() + 12 * HOUR);
    expect(absoluteExpiry(t0, true, settings).getTime()).toBe(t0.getTime() + 30 * 24 * HOUR);
  });

  it("keeps an active session", () => {
    expect(sessionEndReason(session(), at(29 * MIN), settings)).toBeNull();
  });

  it("ends a session idle past idleMinutes", () => {
    expect(sessionEndReason(session(), at(30 * MIN), settings)).toBeNull();
    expect(sessionEndReason(session(), at(30 * MIN + 1), settings)).toBe("idle");
    expect(sessionEndReason(session({ lastSeenAt: at(2 * HOUR) }), at(2 * HOUR + 10 * MIN), settings)).toBeNull();
  });

  it("ends a session at its absolute expiry even when active", () => {
    const s = session({ lastSeenAt: at(12 * HOUR - MIN) });
    expect(sessionEndReason(s, at(12 * HOUR - 1), settings)).toBeNull();
    expect(sessionEndReason(s, at(12 * HOUR), settings)).toBe("expired");
  });

  it("ends a revoked session first", () => {
    expect(sessionEndReason(session({ revokedAt: at(MIN) }), at(2 * MIN), settings)).toBe("revoked");
    expect(sessionEndReason(session({ revokedAt: at(MIN) }), at(100 * HOUR), settings)).toBe("revoked");
  });

  it("lets a remembered session skip the idle rule until its absolute end", () => {
    const s = session({ remember: true });
    expect(sessionEndReason(s, at(10 * 24 * HOUR), settings)).toBeNull();
    expect(sessionEndReason(s, at(30 * 24 * HOUR), settings)).toBe("expired");
  });

  it("uses the configured idle timeout", () => {
    const s = parseSettings([{ key: "session.idleMinutes", value: 5 }]);
    expect(sessionEndReason(session(), at(6 * MIN), s)).toBe("idle");
  });
});
