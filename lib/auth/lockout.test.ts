import { describe, expect, it } from "vitest";
import { DEFAULT_LOCKOUT, afterFailure, afterSuccess, isLocked, minutesLeft, type LockoutState } from "./lockout";

const now = new Date("2026-01-01T12:00:00Z");
const MIN = 60_000;
const fresh: LockoutState = { failedLoginCount: 0, lockedUntil: null };

function fail(times: number, state = fresh, policy = DEFAULT_LOCKOUT): LockoutState {
  let s = state;
  for (let i = 0; i < times; i++) s = afterFailure(s, now, policy);
  return s;
}

describe("lockout", () => {
  it("does not lock below the threshold", () => {
    const s = fail(DEFAULT_LOCKOUT.threshold - 1);
    expect(s.failedLoginCount).toBe(4);
    expect(s.lockedUntil).toBeNull();
    expect(isLocked(s, now)).toBe(false);
  });

  it("locks for `minutes` at the threshold", () => {
    const s = fail(5);
    expect(s.lockedUntil?.getTime()).toBe(now.getTime() + 15 * MIN);
    expect(isLocked(s, now)).toBe(true);
    expect(minutesLeft(s, now)).toBe(15);
  });

  it("doubles the lock with each further failure", () => {
    expect(fail(6).lockedUntil?.getTime()).toBe(now.getTime() + 30 * MIN);
    expect(fail(7).lockedUntil?.getTime()).toBe(now.getTime() + 60 * MIN);
    expect(fail(8).lockedUntil?.getTime()).toBe(now.getTime() + 120 * MIN);
  });

  it("caps the lock at one day", () => {
    expect(fail(20).lockedUntil?.getTime()).toBe(now.getTime() + 24 * 60 * MIN);
    expect(fail(200).lockedUntil?.getTime()).toBe(now.getTime() + 24 * 60 * MIN);
  });

  it("honours a custom policy", () => {
    const s = fail(3, fresh, { threshold: 3, minutes: 1 });
    expect(s.lockedUntil?.getTime()).toBe(now.getTime() + MIN);
    expect(fail(2, fresh, { threshold: 3, minutes: 1 }).lockedUntil).toBeNull();
  });

  it("unlocks once lockedUntil has passed", () => {
    const s = fail(5);
    expect(isLocked(s, new Date(now.getTime() + 15 * MIN - 1))).toBe(true);
    expect(isLocked(s, new Date(now.getTime() + 15 * MIN))).toBe(false);
  });

  it("reports at least one minute left while locked, rounding up", () => {
    const s = { failedLoginCount: 5, lockedUntil: new Date(now.getTime() + 61_000) };
    expect(minutesLeft(s, now)).toBe(2);
    expect(minutesLeft({ failedLoginCount: 5, lockedUntil: new Date(now.getTime() + 1000) }, now)).toBe(1);
    expect(minutesLeft(fresh, now)).toBe(0);
  });

  it("resets on success", () => {
    expect(afterSuccess()).toEqual({ failedLoginCount: 0, lockedUntil: null });
    const again = fail(4, afterSuccess());
    expect(again.lockedUntil).toBeNull();
  });
});
